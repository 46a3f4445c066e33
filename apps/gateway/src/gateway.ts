import { randomUUID } from 'node:crypto';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLError } from 'graphql';
import { DomainError } from '@careplan/domain';
import { TokenVerifier, isProduction } from '@careplan/identity';
import {
  ANSWERING_HEADER,
  DEFAULT_PORTS,
  GraphQLRequests,
  MAX_OPERATION_TOKENS,
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
  isMaskedAsInternal,
  listen,
  type Logger,
} from '@careplan/runtime';
import { explorer, explorerEnabled } from './explorer';
import { SubgraphCallCounter, SubgraphDataSource } from './authenticated-data-source';
import { subgraphFetcher } from './subgraph-fetcher';
import { NodeTypeDocument, type NodeTypeQuery, type NodeTypeQueryVariables } from './graph/generated';
import { NODE_SUBGRAPH, nodeDataSource } from './node-subgraph';
import type { GatewayContext } from './context';
import { serveDataReturns } from './data-returns';
import { SubgraphMetrics } from './subgraph-metrics';

export interface GatewayOptions {
  supergraphSdl: string;
  /** Subgraph name → URL, overriding the URLs composed into the supergraph. */
  subgraphUrls: Record<string, string>;
  host?: string;
  port?: number;
  verifier?: TokenVerifier;
  logger?: Logger;
  limits?: QueryLimits;
  /** GraphiQL on `GET /graphql`, served from this gateway; off in production unless asked for. */
  explorer?: boolean;
}

export interface RunningGateway {
  url: string;
  subgraphCalls: SubgraphCallCounter;
  close(): Promise<void>;
}

/**
 * Which subgraphs answer their own /ready. The gateway stays ready while some do not: it answers the rest
 * of every query with a clear error for the missing part, and one bad subgraph must not take every gateway
 * out of the load balancer. The degraded ones are reported for operations to see.
 */
export async function subgraphReadiness(urls: Record<string, string>): Promise<{ degraded: string[] }> {
  const answers = await Promise.all(
    Object.entries(urls).map(async ([name, url]) => {
      try {
        const res = await fetch(url.replace(/\/graphql$/, '/ready'), { signal: AbortSignal.timeout(2_000) });
        return res.ok ? null : name;
      } catch {
        return name;
      }
    }),
  );
  return { degraded: answers.filter((name): name is string => name !== null) };
}

export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  process.env.APOLLO_TELEMETRY_DISABLED = '1';
  const logger = options.logger ?? createLogger('gateway');
  const verifier = options.verifier ?? (await TokenVerifier.fromEnv());
  const metrics = createMetricsRegistry('gateway');
  const requests = new GraphQLRequests(metrics, logger);
  const subgraphMetrics = new SubgraphMetrics(metrics);
  const subgraphCalls = new SubgraphCallCounter();
  // `node(id)` asks the whole graph, as the caller, which type holds the id: the server below, once started.
  const nodes = nodeDataSource(async (id, contextValue) => {
    const { body } = await server.executeOperation<NodeTypeQuery, NodeTypeQueryVariables>({ query: NodeTypeDocument, variables: { id } }, { contextValue });
    if (body.kind !== 'single') throw new Error('node: NodeType answered incrementally');
    return body.singleResult;
  });
  const subgraphDataSource = (name: string, url: string) =>
    new SubgraphDataSource(url, subgraphCalls, (way) => subgraphMetrics.timed(name, subgraphFetcher(url, way)));
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) =>
      name === NODE_SUBGRAPH ? nodes : subgraphDataSource(name, options.subgraphUrls[name] ?? url!),
  });
  const server = new ApolloServer<GatewayContext>({
    // Our own shutdown (onShutdown) owns SIGTERM: it drains, then closes everything in order. Apollo's would stop
    // the server at once and then kill the process with the signal again, cutting that short.
    stopOnTerminationSignals: false,
    gateway,
    formatError,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: MAX_OPERATION_TOKENS },
    introspection: !isProduction(),
    plugins: [
      queryLimitsPlugin(options.limits ?? DEFAULT_LIMITS),
      // Apollo's own landing page loads its code from the internet: ours is served from here (see explorer.ts).
      ApolloServerPluginLandingPageDisabled(),
      {
        async contextCreationDidFail({ error }) {
          requests.observe({ operationName: undefined, operationType: undefined, errors: [error as GraphQLError], requestId: undefined, durationMs: undefined });
        },
        async requestDidStart() {
          const started = performance.now();
          return {
            // The client is told only "internal" and a request id; the log says where and why (no values).
            async didEncounterErrors({ contextValue, errors }) {
              for (const e of errors) {
                const service = e.extensions?.serviceName;
                if (typeof service === 'string') subgraphMetrics.error(service, e.extensions?.code);
              }
              for (const e of errors.filter(isMaskedAsInternal)) {
                const service = e.extensions?.serviceName;
                logger.error({ requestId: contextValue.requestId, path: e.path, service, code: e.extensions?.code, err: e.originalError ?? e }, 'internal error cause');
              }
            },
            async willSendResponse(requestContext) {
              const { contextValue, response } = requestContext;
              const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
              if (body?.errors?.some(isInternal)) {
                logger.error({ requestId: contextValue.requestId }, 'internal error answered');
                body.errors = body.errors.map((e) => (isInternal(e) ? { ...e, extensions: { ...e.extensions, requestId: contextValue.requestId } } : e));
              }
              if (contextValue?.requestId) response.http.headers.set('x-request-id', contextValue.requestId);
              requests.observe({ operationName: requestContext.operationName, operationType: requestContext.operation?.operation, errors: body?.errors, requestId: contextValue?.requestId, answering: contextValue?.answering, durationMs: performance.now() - started });
            },
          };
        },
      },
    ],
  });
  await server.start();

  installTracing();
  const app = createHttpApp({ ready: () => subgraphReadiness(options.subgraphUrls) }, metrics);
  if (options.explorer ?? explorerEnabled()) app.use(explorer());
  const graphqlHandler = traced(
    'gateway',
    graphqlRequests(server, {
      limitBytes: 256 * 1024,
      context: async (req): Promise<GatewayContext> => {
        try {
          const identity = await verifier.verify(req.headers.authorization);
          const answering = req.headers[ANSWERING_HEADER];
          return {
            requestId: randomUUID(),
            identity,
            token: req.headers.authorization!.replace(/^Bearer\s+/i, ''),
            answering: typeof answering === 'string' ? answering.slice(0, 64) : undefined,
          };
        } catch (e) {
          if (e instanceof DomainError) throw domainToGraphQLError(e);
          throw new GraphQLError('the token could not be verified', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
        }
      },
    }),
  );
  serveDataReturns(app, server, verifier);
  const listening = await listen(app, options.port ?? DEFAULT_PORTS.gateway, options.host ?? '127.0.0.1', '/graphql', graphqlHandler);
  logger.info({ url: listening.url }, 'gateway listening');
  return {
    url: listening.url,
    subgraphCalls,
    async close() {
      await listening.close();
      await server.stop();
    },
  };
}
