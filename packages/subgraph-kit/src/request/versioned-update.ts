import { Conflict, NotFound } from '@careplan/domain';
import type { EntityTarget, QueryDeepPartialEntity } from 'typeorm';
import type { TenantEntity } from '../database/tenant-entity';
import type { SubgraphContext } from './context';
import { isUuid } from './loaders';

/**
 * Optimistic concurrency: applies `changes` only if the row is still at `version`, and bumps it. Two
 * edits of one version race on the row lock; the loser re-reads the version, matches nothing and gets
 * CONFLICT, so exactly one wins. Returns the row as it now is.
 */
export async function updateVersioned<T extends TenantEntity>(
  ctx: SubgraphContext,
  target: EntityTarget<T>,
  what: string,
  id: string,
  version: number,
  changes: QueryDeepPartialEntity<T>,
): Promise<T> {
  const manager = await ctx.db.manager();
  const result = await manager
    .createQueryBuilder()
    .update(target)
    .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' } as QueryDeepPartialEntity<T>)
    .where('id = :id AND version = :version AND authority_code = :authority', { id, version, authority: ctx.identity.authority })
    .execute();
  if (!result.affected) {
    const current = isUuid(id) ? await manager.findOneBy(target, { id } as never) : null;
    if (!current) throw new NotFound(what, id);
    throw new Conflict(`${what} ${id} was changed by someone else (now version ${current.version}, you edited ${version}); reload and try again`);
  }
  return manager.findOneByOrFail(target, { id } as never);
}
