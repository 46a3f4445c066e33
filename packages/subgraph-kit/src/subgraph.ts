import { randomUUID } from 'node:crypto';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { DomainError } from '@careplan/domain';
import { TokenVerifier, isProduction } from '@careplan/identity';
import {
  DEFAULT_PORTS,
  GraphClient,
  INTERNAL_MESSAGE,
  MAX_OPERATION_TOKENS,
  GraphQLRequests,
  createHttpApp,
  graphqlRequests,
  DEFAULT_LIMITS,
  queryLimitsPlugin,
  type QueryLimits,
  installTracing,
  traced,
  createLogger,
  createMetricsRegistry,
  domainToGraphQLError,
  formatError,
  isInternal,
  listen,
  type Logger,
  type SubgraphName,
} from '@careplan/runtime';
import { createDataSource } from './database/data-source';
import { registerPoolMetrics } from './database/pool-metrics';
import type { QueryCounter } from './database/query-counter';
import { buildFederatedSchema, type AfterMutation, type ClassType, type SchemaParts } from './graphql/federated-schema';
import { malformedInputPlugin } from './graphql/malformed-input';
import { AccessAudit, AuditWriter } from './request/access-audit';
import type { SubgraphContext } from './request/context';
import { LoaderCache } from './request/loaders';
import { RequestDb } from './request/request-db';
import { Outbox } from './outbox/outbox';
import { OutboxRelay } from './outbox/relay';
import { withUser } from './database/provision';
import { domainEventsQueue, redisConnection } from './outbox/queue';

/** What a subgraph app declares about itself; the kit does the rest. */
export interface SubgraphDefinition extends SchemaParts {
  /** Service name as composed into the supergraph; also picks its default port. */
  name: SubgraphName;
  /** Its Postgres schema. */
  schema: string;
  entities: ClassType[];
  migrations: ClassType[];
}

export interface SubgraphOptions {
  databaseUrl: string;
  /** The outbox relay's own login; by default the same server as careplan_relay. */
  relayDatabaseUrl?: string;
  redisUrl: string;
  queuePrefix: string;
  /** Where the graph is, to check references on the caller's behalf; a function when known only later (tests). */
  graphUrl: string | (() => string);
  host?: string;
  port?: number;
  verifier?: TokenVerifier;
  logger?: Logger;
  counter?: QueryCounter;
  /** Depth and cost limits, the gateway's by default: a subgraph reached directly is no weaker. */
  limits?: QueryLimits;
  /** Relay poll interval; 0 disables the poll (requests still kick it). */
  relayIntervalMs?: number;
}

export interface RunningSubgraph {
  name: string;
  url: string;
  dataSource: DataSource;
  relay: OutboxRelay;
  /** Writes reads' audit rows in batches; `flush()` stores what is pending now. */
  audit: AuditWriter;
  queue: Queue;
  close(): Promise<void>;
}

function requestPlugin(schema: string, relay: OutboxRelay, auditWriter: AuditWriter, logger: Logger, requests: GraphQLRequests): ApolloServerPlugin<SubgraphContext> {
  return {
    async contextCreationDidFail({ error }) {
      requests.observe({ operationName: undefined, operationType: undefined, errors: [error as GraphQLError], requestId: undefined, durationMs: undefined });
    },
    async requestDidStart() {
      const started = performance.now();
      return {
        async didResolveOperation({ operation, contextValue }) {
          contextValue.db.readOnly = operation?.operation === 'query';
        },
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            if (!(error.originalError instanceof DomainError) && !error.extensions?.code) {
              logger.error({ requestId: contextValue.requestId, err: error.originalError ?? error }, 'internal error');
            }
          }
        },
        async willSendResponse({ contextValue: ctx, response, operation, operationName }) {
          const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const failed = Boolean(body?.errors?.length);
          const isMutation = operation?.operation === 'mutation';
          try {
            // A mutation that raised any error changes nothing more; reads still record their audit row.
            const row = ctx.audit.touched
              ? ctx.audit.row({ identity: ctx.identity, requestId: ctx.requestId, operation: operation?.operation ?? 'unknown', operationName })
              : undefined;
            // A change's audit row commits with the change; reads' rows are written in batches.
            const withChange = row?.changed && isMutation;
            await ctx.db.finish(!(isMutation && failed), withChange ? (m) => ctx.audit.writeWith(m, schema, row) : undefined);
            if (row && !withChange) auditWriter.add(row);
            if (ctx.outbox.hasEvents && !(isMutation && failed)) relay.kick();
          } catch (err) {
            logger.error({ requestId: ctx.requestId, err }, 'could not commit request');
            if (body) {
              body.data = null;
              body.errors = [{ message: INTERNAL_MESSAGE, extensions: { code: 'INTERNAL_SERVER_ERROR' } }];
            }
          }
          if (body?.errors) {
            body.errors = body.errors.map((e: GraphQLFormattedError) =>
              isInternal(e) ? { ...e, extensions: { ...e.extensions, requestId: ctx.requestId } } : e,
            );
          }
          response.http.headers.set('x-request-id', ctx.requestId);
          // Last, once the commit has settled what the answer is.
          requests.observe({ operationName, operationType: operation?.operation, errors: body?.errors, requestId: ctx.requestId, durationMs: performance.now() - started });
        },
      };
    },
  };
}

/**
 * Commits a mutation's change, with its audit row, as soon as its root field has returned: the answer is
 * then read like any read, in a transaction of its own, so an answer's field may ask the graph (which may
 * call back into this subgraph) without holding a connection that has written.
 */
function changeCommitter(schema: string, relay: OutboxRelay): AfterMutation {
  return async (ctx: SubgraphContext, operationName: string | null) => {
    const row = ctx.audit.touched ? ctx.audit.row({ identity: ctx.identity, requestId: ctx.requestId, operation: 'mutation', operationName }) : undefined;
    await ctx.db.finish(true, row ? (m) => ctx.audit.writeWith(m, schema, row) : undefined);
    ctx.audit = new AccessAudit();
    if (ctx.outbox.hasEvents) relay.kick();
  };
}

/** Builds and starts one subgraph: schema, database, relay, HTTP server with /graphql, /health, /ready and /metrics. */
export async function startSubgraph(def: SubgraphDefinition, options: SubgraphOptions): Promise<RunningSubgraph> {
  const logger = options.logger ?? createLogger(def.name);
  const metrics = createMetricsRegistry(def.name);
  const requests = new GraphQLRequests(metrics, logger);
  const verifier = options.verifier ?? (await TokenVerifier.fromEnv());
  const dataSource = createDataSource({
    url: options.databaseUrl,
    schema: def.schema,
    entities: def.entities,
    applicationName: `careplan-${def.name}`,
    logger,
    counter: options.counter,
  });
  await dataSource.initialize();
  registerPoolMetrics(metrics, dataSource);
  const redis: Redis = redisConnection(options.redisUrl);
  redis.on('error', (err) => logger.warn({ err: err.message }, 'redis connection error'));
  const queue = domainEventsQueue(redis, options.queuePrefix);
  const relay = new OutboxRelay(options.relayDatabaseUrl ?? withUser(options.databaseUrl, 'careplan_relay'), def.schema, queue, logger);
  const graph = new GraphClient(options.graphUrl);
  const audit = new AuditWriter({ databaseUrl: options.databaseUrl, applicationName: `careplan-${def.name}` }, def.schema, logger);
  const { schema } = await buildFederatedSchema(def, changeCommitter(def.schema, relay));

  const server = new ApolloServer<SubgraphContext>({
    // Our own shutdown (onShutdown) owns SIGTERM: it drains, then closes everything in order. Apollo's would stop
    // the server at once and then kill the process with the signal again, cutting that short.
    stopOnTerminationSignals: false,
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: MAX_OPERATION_TOKENS },
    introspection: !isProduction(),
    plugins: [queryLimitsPlugin(options.limits ?? DEFAULT_LIMITS), malformedInputPlugin(), requestPlugin(def.schema, relay, audit, logger, requests), ApolloServerPluginLandingPageDisabled(), ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled()],
  });
  await server.start();

  installTracing();
  const app = createHttpApp({ ready: async () => void (await dataSource.query('SELECT 1')) }, metrics);
  const graphqlHandler = traced(
    def.name,
    graphqlRequests(server, {
      limitBytes: 1024 * 1024,
      context: async (req): Promise<SubgraphContext> => {
        const requestId = (req.headers['x-request-id'] as string | undefined)?.slice(0, 64) || randomUUID();
        const authorization = req.headers.authorization;
        let identity;
        try {
          // Every subgraph verifies the token again: reached directly or through _entities, it trusts nothing.
          identity = await verifier.verify(authorization);
        } catch (e) {
          if (e instanceof DomainError) throw domainToGraphQLError(e);
          throw new GraphQLError('the token could not be verified', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
        }
        const db = new RequestDb(dataSource, identity.authority);
        return {
          requestId,
          identity,
          token: authorization!.replace(/^Bearer\s+/i, ''),
          db,
          loaders: new LoaderCache(),
          audit: new AccessAudit(),
          auditLog: audit,
          outbox: new Outbox(db, def.schema, identity.authority),
          graph,
          logger: logger.child({ requestId }),
        };
      },
    }),
  );
  const listening = await listen(app, options.port ?? DEFAULT_PORTS[def.name], options.host ?? '127.0.0.1', '/graphql', graphqlHandler);
  if ((options.relayIntervalMs ?? 1_000) > 0) relay.start(options.relayIntervalMs ?? 1_000);
  logger.info({ url: listening.url }, 'subgraph listening');

  return {
    name: def.name,
    url: listening.url,
    dataSource,
    relay,
    audit,
    queue,
    async close() {
      await listening.close();
      await server.stop();
      await audit.close();
      await relay.stop();
      await queue.close();
      redis.disconnect();
      await dataSource.destroy();
      logger.info('subgraph closed');
    },
  };
}
