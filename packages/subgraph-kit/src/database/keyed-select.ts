import { createHash } from 'node:crypto';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import type { RequestDb } from '../request/request-db';

/**
 * `SELECT <columns> FROM <table> WHERE <key> = ANY($1) AND authority_code = $2 [ORDER BY …]`, its text built
 * once per entity, key and order from TypeORM's metadata, and its rows hydrated as TypeORM would (each
 * column's type and transformer). A loader sends the same text whatever its batch's size, as a named
 * prepared statement, so Postgres parses and plans it once per connection (`RequestDb.read`). The request
 * pays neither for TypeORM building the text again nor for its general-purpose result transformer.
 */
export interface KeyedSelect<T> {
  /** The rows with these keys in the request's council (`db.authority`). */
  run(db: RequestDb, keys: readonly string[]): Promise<T[]>;
}

/** Compiled once per data source, entity, key and order; looked up by the entity's class (or name) on each batch. */
const compiled = new WeakMap<DataSource, Map<EntityTarget<ObjectLiteral>, Map<string, KeyedSelect<unknown>>>>();

export function keyedSelect<T extends ObjectLiteral>(
  dataSource: DataSource,
  target: EntityTarget<T>,
  key: string,
  order: Record<string, 'ASC' | 'DESC'> = {},
): KeyedSelect<T> {
  let forSource = compiled.get(dataSource);
  if (!forSource) compiled.set(dataSource, (forSource = new Map()));
  let forEntity = forSource.get(target);
  if (!forEntity) forSource.set(target, (forEntity = new Map()));
  const cacheKey = `${key}|${Object.entries(order).flat().join(',')}`;
  let select = forEntity.get(cacheKey);
  if (!select) forEntity.set(cacheKey, (select = compile(dataSource.getMetadata(target), key, order, dataSource)));
  return select as KeyedSelect<T>;
}

function compile<T>(metadata: EntityMetadata, key: string, order: Record<string, 'ASC' | 'DESC'>, dataSource: DataSource): KeyedSelect<T> {
  const column = (property: string): ColumnMetadata => {
    const found = metadata.findColumnWithPropertyPath(property);
    if (!found) throw new Error(`${metadata.name} has no column ${property}`);
    return found;
  };
  const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
  const columns = metadata.columns.filter((c) => c.isSelect && !c.isVirtual);
  const orderBy = Object.entries(order).map(([property, direction]) => `${quote(column(property).databaseName)} ${direction}`);
  const sql = [
    `SELECT ${columns.map((c) => quote(c.databaseName)).join(', ')}`,
    `FROM ${metadata.schema ? `${quote(metadata.schema)}.` : ''}${quote(metadata.tableName)}`,
    `WHERE ${quote(column(key).databaseName)} = ANY($1) AND ${quote(column('authorityCode').databaseName)} = $2`,
    ...(orderBy.length ? [`ORDER BY ${orderBy.join(', ')}`] : []),
  ].join(' ');
  const statement = { name: `keyed_${createHash('sha256').update(sql).digest('hex').slice(0, 24)}`, text: sql };
  const driver = dataSource.driver;
  return {
    async run(db, keys) {
      const rows = await db.read(statement, [keys, db.authority]);
      return rows.map((row) => {
        const entity = metadata.create(undefined, { fromDeserializer: true }) as T & ObjectLiteral;
        for (const c of columns) c.setEntityValue(entity, driver.prepareHydratedValue(row[c.databaseName], c));
        return entity;
      });
    },
  };
}

