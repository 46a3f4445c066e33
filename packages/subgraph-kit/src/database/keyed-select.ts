import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import type { RequestDb } from '../request/request-db';
import { namedStatement } from './authorised-read';

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

/** A parent row found by its key, with its children (none for a parent without any). */
export interface ParentWithChildren<T> {
  parentId: string;
  children: T[];
}

/**
 * The same for children found through their parent's key (the cost lines of the budget of a plan, by
 * plan): the parent table LEFT JOINed to the child's, so every parent found is answered, with or without
 * children.
 */
export interface ThroughSelect<T> {
  run(db: RequestDb, keys: readonly string[]): Promise<ParentWithChildren<T>[]>;
}

type Order = Record<string, 'ASC' | 'DESC'>;

/** Compiled once per data source, entity and shape; looked up by the entity's class (or name) on each batch. */
const compiled = new WeakMap<DataSource, Map<EntityTarget<ObjectLiteral>, Map<string, unknown>>>();

function cached<S>(dataSource: DataSource, target: EntityTarget<ObjectLiteral>, shape: string, build: () => S): S {
  let forSource = compiled.get(dataSource);
  if (!forSource) compiled.set(dataSource, (forSource = new Map()));
  let forEntity = forSource.get(target);
  if (!forEntity) forSource.set(target, (forEntity = new Map()));
  let select = forEntity.get(shape);
  if (!select) forEntity.set(shape, (select = build()));
  return select as S;
}

const orderKey = (order: Order) => Object.entries(order).flat().join(',');

export function keyedSelect<T extends ObjectLiteral>(dataSource: DataSource, target: EntityTarget<T>, key: string, order: Order = {}): KeyedSelect<T> {
  return cached(dataSource, target, `${key}|${orderKey(order)}`, () => {
    const table = new Table(dataSource, dataSource.getMetadata(target), '');
    const { statement, hydrate } = table.compile(
      [`SELECT ${table.selectList()}`, `FROM ${table.from()}`, `WHERE ${table.column(key)} = ANY($1) AND ${table.column('authorityCode')} = $2`, table.orderBy(order)],
    );
    return {
      async run(db: RequestDb, keys: readonly string[]) {
        return (await db.read(statement, [keys, db.authority])).map(hydrate) as T[];
      },
    };
  });
}

/** Parents left out of a through-read: those whose `column` holds one of `values`. */
export interface ParentsExcept {
  column: string;
  values: readonly string[];
}

export function keyedSelectThrough<T extends ObjectLiteral>(
  dataSource: DataSource,
  target: EntityTarget<T>,
  column: string,
  parentTarget: EntityTarget<ObjectLiteral>,
  parentKey: string,
  order: Order = {},
  except?: ParentsExcept,
): ThroughSelect<T> {
  const parentName = typeof parentTarget === 'function' ? parentTarget.name : String(parentTarget);
  return cached(dataSource, target, `${column}|${orderKey(order)}|${parentName}.${parentKey}|${except?.column ?? ''}`, () => {
    const child = new Table(dataSource, dataSource.getMetadata(target), 'c');
    const parent = new Table(dataSource, dataSource.getMetadata(parentTarget), 'p');
    const { statement, hydrate } = child.compile([
      `SELECT ${parent.column('id')} AS "__parent", ${child.selectList()}`,
      `FROM ${parent.from()} LEFT JOIN ${child.from()} ON ${child.column(column)} = ${parent.column('id')} AND ${child.column('authorityCode')} = $2`,
      `WHERE ${parent.column(parentKey)} = ANY($1) AND ${parent.column('authorityCode')} = $2`,
      except ? `AND NOT (${parent.column(except.column)}::text = ANY($3))` : '',
      child.orderBy(order),
    ]);
    const childId = child.metadata.primaryColumns[0].databaseName;
    return {
      async run(db: RequestDb, keys: readonly string[]) {
        const parents = new Map<string, ParentWithChildren<T>>();
        for (const row of await db.read(statement, except ? [keys, db.authority, except.values] : [keys, db.authority])) {
          let found = parents.get(row.__parent as string);
          if (!found) parents.set(row.__parent as string, (found = { parentId: row.__parent as string, children: [] }));
          if (row[childId] !== null) found.children.push(hydrate(row) as T);
        }
        return [...parents.values()];
      },
    };
  });
}

/** One entity's table in a compiled select, its columns qualified by an alias when joined. */
class Table {
  private readonly columns: ColumnMetadata[];

  constructor(
    private readonly dataSource: DataSource,
    readonly metadata: EntityMetadata,
    private readonly alias: string,
  ) {
    this.columns = metadata.columns.filter((c) => c.isSelect && !c.isVirtual);
  }

  private property(name: string): ColumnMetadata {
    const found = this.metadata.findColumnWithPropertyPath(name);
    if (!found) throw new Error(`${this.metadata.name} has no column ${name}`);
    return found;
  }

  private qualified(databaseName: string): string {
    return this.alias ? `${this.alias}.${quote(databaseName)}` : quote(databaseName);
  }

  column(property: string): string {
    return this.qualified(this.property(property).databaseName);
  }

  selectList(): string {
    return this.columns.map((c) => this.qualified(c.databaseName)).join(', ');
  }

  from(): string {
    const name = `${this.metadata.schema ? `${quote(this.metadata.schema)}.` : ''}${quote(this.metadata.tableName)}`;
    return this.alias ? `${name} ${this.alias}` : name;
  }

  orderBy(order: Order): string {
    const terms = Object.entries(order).map(([property, direction]) => `${this.column(property)} ${direction}`);
    return terms.length ? `ORDER BY ${terms.join(', ')}` : '';
  }

  /** The statement, named by its text, and the hydration of this table's columns from one of its rows. */
  compile(parts: string[]) {
    const text = parts.filter(Boolean).join(' ');
    const driver = this.dataSource.driver;
    return {
      statement: namedStatement(text),
      hydrate: (row: Record<string, unknown>): ObjectLiteral => {
        const entity = this.metadata.create(undefined, { fromDeserializer: true }) as ObjectLiteral;
        for (const c of this.columns) c.setEntityValue(entity, driver.prepareHydratedValue(row[c.databaseName], c));
        return entity;
      },
    };
  }
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
