import type { EntityTarget } from 'typeorm';
import type { PersonRecord } from '../database/person-record';
import { BadUserInput } from '@careplan/domain';
import { assertCanSeePerson, canSeePerson, type SubgraphContext } from './context';
import { byId, manyBy } from './loaders';

/** A person's record by id, batched; checks the caller may see that person and audits the read. */
export async function loadVisible<T extends PersonRecord>(ctx: SubgraphContext, target: EntityTarget<T>, id: string): Promise<T | null> {
  const row = await byId(ctx, target).load(id);
  if (!row) return null;
  assertCanSeePerson(ctx.identity, row.personId);
  ctx.audit.read(row.personId);
  return row;
}

/** Rows by a reference column (every plan of a person, every review of a plan), batched, visible ones only. */
export async function loadVisibleBy<T extends PersonRecord>(
  ctx: SubgraphContext,
  target: EntityTarget<T>,
  column: keyof T & string,
  key: string,
): Promise<T[]> {
  const rows = (await manyBy(ctx, target, column).load(key)).filter((r) => canSeePerson(ctx.identity, r.personId));
  ctx.audit.read(...rows.map((r) => r.personId));
  return rows;
}

/**
 * The record a change is about: visible to the caller and audited as changed, or BAD_USER_INPUT on
 * `field` (never saying whether it exists in another authority).
 */
export async function loadForChange<T extends PersonRecord>(ctx: SubgraphContext, target: EntityTarget<T>, id: string, field: string, what: string): Promise<T> {
  const row = await loadVisible(ctx, target, id);
  if (!row) throw new BadUserInput(field, `${field} is not ${what} in your authority`);
  ctx.audit.wrote(row.personId);
  return row;
}
