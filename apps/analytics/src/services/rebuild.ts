import type { DataSource } from 'typeorm';
import { rebuildReadModel } from './projection';

/**
 * Rebuilds one council's read model in one transaction, as the runtime role with the council set for
 * row-level security: readers see the old model until the new one is complete. Returns the events replayed.
 */
export async function rebuildCouncil(ds: DataSource, authority: string): Promise<number> {
  return ds.transaction(async (m) => {
    await m.query(`SELECT set_config('app.authority', $1, true)`, [authority]);
    return rebuildReadModel(m, authority);
  });
}
