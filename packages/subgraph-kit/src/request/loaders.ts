import DataLoader from 'dataloader';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { keyedSelect, keyedSelectThrough, type ParentsExcept } from '../database/keyed-select';
import type { TenantEntity } from '../database/tenant-entity';
import type { SubgraphContext } from './context';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** Per-request DataLoaders, created on first use; a new request starts with an empty cache. */
export class LoaderCache {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  /** `batch` answers each key with its value, or an Error for that key alone. */
  get<K, V>(key: string, batch: (keys: readonly K[]) => Promise<ReadonlyArray<V | Error>>): DataLoader<K, V> {
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { maxBatchSize: 1000 }) as DataLoader<unknown, unknown>;
      this.loaders.set(key, loader);
    }
    return loader as DataLoader<K, V>;
  }
}

function entityName(target: EntityTarget<ObjectLiteral>): string {
  return typeof target === 'function' ? target.name : String(target);
}

/**
 * One SQL statement per entity type per request, however many rows the gateway asks for.
 * Filters by the caller's authority as well as relying on RLS.
 */
export function byId<T extends TenantEntity>(ctx: SubgraphContext, target: EntityTarget<T>): DataLoader<string, T | null> {
  return ctx.loaders.get<string, T | null>(`byId:${entityName(target)}`, async (ids) => {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return ids.map(() => null);
    const rows = await keyedSelect(ctx.db.dataSource, target, 'id').run(ctx.db, valid);
    const found = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** Children in the order they were made: `manyBy`'s own, and so the order a through-read primes them in. */
const OLDEST_FIRST = { createdAt: 'ASC' } as const;

/** Rows grouped by a reference column (e.g. every plan of each person), one statement per request. */
export function manyBy<T extends TenantEntity>(
  ctx: SubgraphContext,
  target: EntityTarget<T>,
  column: keyof T & string,
  order: Partial<Record<keyof T & string, 'ASC' | 'DESC'>> = OLDEST_FIRST as never,
): DataLoader<string, T[]> {
  return ctx.loaders.get<string, T[]>(`manyBy:${entityName(target)}:${column}`, async (keys) => {
    const valid = keys.filter(isUuid);
    if (valid.length === 0) return keys.map(() => []);
    const rows = await keyedSelect(ctx.db.dataSource, target, column, order as Record<string, 'ASC' | 'DESC'>).run(ctx.db, valid);
    const grouped = new Map<string, T[]>();
    for (const row of rows) {
      const key = row[column] as unknown as string;
      const group = grouped.get(key);
      if (group) group.push(row);
      else grouped.set(key, [row]);
    }
    return keys.map((k) => grouped.get(k) ?? []);
  });
}

/**
 * The children of the `parent` rows whose `key` is the one asked for (the cost lines of a plan's budget, by
 * plan), read before the parents are known: one statement per request, joining the two tables. Each
 * parent found has its children primed into `manyBy(child, column)`, so a field resolver asking
 * for them there finds them without another read. Started beside the parents' own read (`withReadAhead`),
 * parents and children go to Postgres in one pipeline instead of one after the other.
 */
export function childrenThrough<P extends TenantEntity, C extends TenantEntity>(
  ctx: SubgraphContext,
  parent: EntityTarget<P>,
  key: keyof P & string,
  child: EntityTarget<C>,
  column: keyof C & string,
  /** Parents whose children are not wanted: a person's revised and closed plans, when only the current one is asked for. */
  except?: ParentsExcept & { column: keyof P & string },
): DataLoader<string, void> {
  const name = `through:${entityName(parent)}:${key}:${entityName(child)}:${column}${except ? `:except:${except.column}=${except.values.join(',')}` : ''}`;
  return ctx.loaders.get<string, void>(name, async (keys) => {
    const valid = keys.filter(isUuid);
    if (valid.length > 0) {
      // In manyBy's own (default) order, as the field resolvers that find them there read them.
      const children = manyBy(ctx, child, column);
      const found = await keyedSelectThrough(ctx.db.dataSource, child, column, parent, key, OLDEST_FIRST, except).run(ctx.db, valid);
      for (const p of found) children.prime(p.parentId, p.children);
    }
    return keys.map(() => undefined);
  });
}
