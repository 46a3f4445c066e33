import { startSubgraph, type RunningSubgraph, type SubgraphDefinition, type SubgraphOptions } from '@careplan/subgraph-kit';
import { createTestDatabase, type TestDatabase } from './database';
import { redisUrl, removePrefix, uniquePrefix } from './redis';

/**
 * A subgraph on an ephemeral port over a test database and the test's own queue prefix. The relay does
 * not poll (requests still kick it), and the graph is unreachable unless the test says where it is.
 */
export function startTestSubgraph(
  def: SubgraphDefinition,
  db: TestDatabase,
  options: Pick<SubgraphOptions, 'queuePrefix'> & Partial<SubgraphOptions>,
): Promise<RunningSubgraph> {
  return startSubgraph(def, { databaseUrl: db.appUrl, redisUrl: redisUrl(), graphUrl: 'http://127.0.0.1:9/unreachable', port: 0, relayIntervalMs: 0, ...options });
}

/** A suite's running subgraph, with the test database under it. */
export type SuiteSubgraph = RunningSubgraph & { db: TestDatabase };

/**
 * A subgraph over a test database of its own for one suite: started before its tests, its database and
 * queue prefix removed after them. Read it inside tests and hooks; it has nothing to give before.
 */
export function suiteSubgraph(def: SubgraphDefinition, seed?: Parameters<typeof createTestDatabase>[1]): SuiteSubgraph {
  let running: { db: TestDatabase; subgraph: RunningSubgraph } | undefined;
  const queuePrefix = uniquePrefix();
  beforeAll(async () => {
    const db = await createTestDatabase([def], seed);
    running = { db, subgraph: await startTestSubgraph(def, db, { queuePrefix }) };
  });
  afterAll(async () => {
    await running?.subgraph.close();
    await running?.db.drop();
    await removePrefix(queuePrefix);
  });
  return new Proxy({} as SuiteSubgraph, {
    get(_target, key) {
      if (!running) throw new Error('the suite subgraph is read before the suite started');
      if (key === 'db') return running.db;
      const value: unknown = Reflect.get(running.subgraph, key);
      return typeof value === 'function' ? value.bind(running.subgraph) : value;
    },
  });
}
