import { DEMO_AUTHORITIES, onboardAuthorities, type AuthorityRecord } from '@careplan/people';
import { createLogger, type Logger } from '@careplan/runtime';
import { QueryCounter, type RunningSubgraph } from '@careplan/subgraph-kit';
import { AUTHORITY_A, createTestDatabase, redisUrl, removePrefix, startTestSubgraph, uniquePrefix, type TestDatabase } from '@careplan/testing';
import { handlers, startWorker, type RunningWorker, type WorkerOptions } from '@careplan/worker';
import { startGateway, type RunningGateway } from '../../src/gateway';
import type { QueryLimits } from '@careplan/runtime';
import { readSupergraph } from '../../src/supergraph';
import { SUBGRAPHS } from './subgraphs';

export interface Stack {
  /** The gateway's /graphql URL. */
  url: string;
  db: TestDatabase;
  queuePrefix: string;
  gateway: RunningGateway;
  subgraphs: Record<string, RunningSubgraph>;
  /** The worker, when the suite asked for one. */
  worker?: RunningWorker;
  /** SQL statements sent by every subgraph so far. */
  sqlStatements(): number;
  /** Waits until every outbox relay is idle and every batch of audit rows is written. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The whole graph on real HTTP, real Postgres and real Redis, in this process: every subgraph on
 * ephemeral ports behind the gateway serving the committed supergraph.
 */
export async function startStack(
  authorities: AuthorityRecord[] = DEMO_AUTHORITIES,
  options: {
    limits?: QueryLimits;
    /** Each process's logger, by service name, for a suite that reads the logs. */
    loggerFor?: (service: string) => Logger;
    /** A worker beside the graph: every handler, sweeping council A unless told otherwise. */
    worker?: true | Partial<WorkerOptions>;
  } = {},
): Promise<Stack> {
  const db = await createTestDatabase(SUBGRAPHS, (owner) => onboardAuthorities(owner, authorities));
  const queuePrefix = uniquePrefix();
  const counter = new QueryCounter();
  let gatewayUrl = '';
  const subgraphs: Record<string, RunningSubgraph> = {};
  for (const def of SUBGRAPHS) {
    subgraphs[def.name] = await startTestSubgraph(def, db, { queuePrefix, graphUrl: () => gatewayUrl, limits: options.limits, counter, logger: options.loggerFor?.(def.name) });
  }
  const gateway = await startGateway({
    supergraphSdl: readSupergraph(),
    subgraphUrls: Object.fromEntries(Object.values(subgraphs).map((s) => [s.name, s.url])),
    port: 0,
    limits: options.limits,
    logger: options.loggerFor?.('gateway'),
  });
  gatewayUrl = gateway.url;
  const worker = options.worker
    ? await startWorker({ redisUrl: redisUrl(), queuePrefix, graphUrl: gateway.url, handlers, authorities: [AUTHORITY_A], port: 0, logger: createLogger('worker-e2e'), ...(options.worker === true ? {} : options.worker) })
    : undefined;
  return {
    url: gateway.url,
    db,
    queuePrefix,
    gateway,
    subgraphs,
    worker,
    sqlStatements: () => counter.count,
    settle: async () => {
      await Promise.all(Object.values(subgraphs).map(async (s) => Promise.all([s.relay.settle(), s.audit.flush()])));
    },
    async close() {
      await worker?.close();
      await gateway.close();
      for (const s of Object.values(subgraphs)) await s.close();
      await db.drop();
      await removePrefix(queuePrefix);
    },
  };
}

/**
 * The suite's stack, started before its tests and closed after them. Use it inside tests and hooks, as
 * a `Stack`; it has nothing to give before the suite starts.
 */
export function suiteStack(...args: Parameters<typeof startStack>): Stack {
  let running: Stack | undefined;
  beforeAll(async () => {
    running = await startStack(...args);
  });
  afterAll(async () => {
    await running?.close();
  });
  return new Proxy({} as Stack, {
    get(_target, key) {
      if (!running) throw new Error('the suite stack is read before the suite started');
      return Reflect.get(running, key);
    },
  });
}

