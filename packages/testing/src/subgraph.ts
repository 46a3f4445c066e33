import { startSubgraph, type RunningSubgraph, type SubgraphDefinition, type SubgraphOptions } from '@careplan/subgraph-kit';
import type { TestDatabase } from './database';
import { redisUrl } from './redis';

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
