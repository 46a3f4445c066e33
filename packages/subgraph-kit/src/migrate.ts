import type { Logger } from '@careplan/runtime';
import { createDataSource } from './database/data-source';
import type { SubgraphDefinition } from './subgraph';

/** Runs a subgraph's pending migrations as the schema owner (never `synchronize`). */
export async function migrateSubgraph(def: SubgraphDefinition, ownerUrl: string, logger: Logger): Promise<string[]> {
  const ds = createDataSource({
    url: ownerUrl,
    schema: def.schema,
    entities: def.entities,
    migrations: def.migrations,
    applicationName: `careplan-${def.name}-migrate`,
    poolSize: 1,
    logger,
  });
  await ds.initialize();
  try {
    const ran = await ds.runMigrations({ transaction: 'each' });
    // The services read which migrations ran; only migrations may change that.
    await ds.query(`REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON "${def.schema}".migrations FROM careplan_app`);
    return ran.map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}
