import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { BadUserInput } from '@careplan/domain';
import { DEFAULT_PAGE, MAX_PAGE } from '@careplan/runtime';
import { PageInfo } from './shared-types';

export { DEFAULT_PAGE, MAX_PAGE };

/** What a sort key holds, so a cursor is checked before it reaches SQL (a bad one is BAD_USER_INPUT, never a SQL error). */
export type KeyKind = 'timestamp' | 'date' | 'text' | 'uuid' | 'bigint';

const KEY_PATTERNS: Record<KeyKind, RegExp> = {
  timestamp: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
  text: /^[^\0]{0,1000}$/,
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  bigint: /^[0-9]{1,18}$/,
};

/**
 * Opaque cursor: base64url of a row's sort key values followed by its id, so pages stay stable under
 * inserts. A key given as a Date is written as its ISO instant.
 */
export function encodeCursor(...values: Array<Date | string>): string {
  return Buffer.from(JSON.stringify(values.map((v) => (v instanceof Date ? v.toISOString() : v)))).toString('base64url');
}

/** The values of a cursor this API issued, checked against the kinds of the keys it pages by (a row's id last). */
export function decodeCursor(cursor: string, kinds: readonly KeyKind[] = ['timestamp', 'uuid'], field = 'after'): string[] {
  const refuse = () => new BadUserInput(field, `${field} is not a cursor this API issued`);
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw refuse();
  }
  if (!Array.isArray(values) || values.length !== kinds.length) throw refuse();
  values.forEach((v, i) => {
    const kind = kinds[i]!;
    if (typeof v !== 'string' || !KEY_PATTERNS[kind].test(v)) throw refuse();
    if ((kind === 'timestamp' || kind === 'date') && Number.isNaN(Date.parse(v))) throw refuse();
  });
  return values as string[];
}

export function pageSize(first: number | null | undefined, field = 'first', max = MAX_PAGE): number {
  const n = first ?? DEFAULT_PAGE;
  if (!Number.isInteger(n) || n < 1 || n > max) throw new BadUserInput(field, `${field} must be between 1 and ${max}`);
  return n;
}

/** A page of rows with the cursor of each. Paging runs forward only, so something comes before whenever `after` was given. */
export interface Page<T> {
  rows: T[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  cursorOf: (row: T) => string;
}

/** Rows paged by when they were made (created at, id), the usual order. */
export const byCreatedAt = (row: { createdAt: Date; id: string }): string => encodeCursor(row.createdAt, row.id);

/** A page from rows fetched one beyond its size: that extra row says more follow. */
export function pageOf<T>(fetched: T[], size: number, after: string | null | undefined, cursorOf: (row: T) => string): Page<T> {
  return { rows: fetched.slice(0, size), hasNextPage: fetched.length > size, hasPreviousPage: Boolean(after), cursorOf };
}

/** A Relay connection of a page. */
export function toConnection<T>(page: Page<T>): { edges: Array<{ cursor: string; node: T }>; pageInfo: PageInfo } {
  const edges = page.rows.map((node) => ({ cursor: page.cursorOf(node), node }));
  return {
    edges,
    pageInfo: { hasNextPage: page.hasNextPage, hasPreviousPage: page.hasPreviousPage, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

/** `first` and `after` of a Relay connection. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `How many to return: 1 to ${MAX_PAGE}; ${DEFAULT_PAGE} when left out. More than ${MAX_PAGE} is BAD_USER_INPUT.` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The `endCursor` of the page before, to continue after it; leave out for the first page. A cursor this API did not issue is BAD_USER_INPUT.' })
  after?: string | null;
}

/** One sort key of a keyset: its SQL, its value in a row, and what it holds. */
export interface SortKey<T> {
  sql: string;
  of: (row: T) => Date | string;
  kind: KeyKind;
}

/** A stable order to page a list by: sort keys, then the row's id to break ties, all one direction. */
export interface Keyset<T> {
  keys: ReadonlyArray<SortKey<T>>;
  /** The SQL of the row's id (a uuid). */
  id: string;
  descending?: boolean;
}

/** Rows made one after another, paged by (created at, id) of the entity aliased `alias`. */
export function createdOrder<T extends { createdAt: Date; id: string }>(alias: string, descending = false): Keyset<T> {
  return { keys: [{ sql: `${alias}.created_at`, of: (row) => row.createdAt, kind: 'timestamp' }], id: `${alias}.id`, descending };
}

/** The cursor of a row in a keyset's order. */
export const keysetCursor =
  <T extends { id: string }>(keyset: Keyset<T>) =>
  (row: T): string =>
    encodeCursor(...keyset.keys.map((k) => k.of(row)), row.id);

/** Orders a query by a keyset and keeps only the rows after a cursor (none given: from the start). */
export function orderByKeyset<T extends ObjectLiteral>(q: SelectQueryBuilder<T>, keyset: Keyset<T>, after: string | null | undefined): SelectQueryBuilder<T> {
  const columns = [...keyset.keys.map((k) => k.sql), keyset.id];
  if (after) {
    const values = decodeCursor(after, [...keyset.keys.map((k) => k.kind), 'uuid']);
    const names = values.map((_, i) => `after${i}`);
    q.andWhere(`(${columns.join(', ')}) ${keyset.descending ? '<' : '>'} (${names.map((n) => `:${n}`).join(', ')})`, Object.fromEntries(names.map((n, i) => [n, values[i]])));
  }
  const direction = keyset.descending ? 'DESC' : 'ASC';
  columns.forEach((column, i) => (i === 0 ? q.orderBy(column, direction) : q.addOrderBy(column, direction)));
  return q;
}

/**
 * One page of a query in a keyset's order, after a cursor: one statement, served by an index on
 * (filters…, keys…, id) since the rows after the cursor are found by row comparison.
 */
export async function keysetPage<T extends ObjectLiteral & { id: string }>(q: SelectQueryBuilder<T>, keyset: Keyset<T>, args: { first?: number | null; after?: string | null }, max = MAX_PAGE): Promise<Page<T>> {
  const size = pageSize(args.first, 'first', max);
  const fetched = await orderByKeyset(q, keyset, args.after).limit(size + 1).getMany();
  return pageOf(fetched, size, args.after, keysetCursor(keyset));
}

/**
 * The GraphQL types of a connection of `node`: `<name>Connection` with `<name>Edge`s and the shared
 * PageInfo. `many` names the items ("plans"), `order` how they are ordered ("oldest first").
 */
export function connectionOf<N extends object>(node: ClassType<N>, name: string, many: string, order: string) {
  @ObjectType(`${name}Edge`, { description: `One item in a page of ${many}.` })
  class Edge {
    @Field({ description: 'This item’s place in the list: pass it as `after` to continue after it.' })
    cursor!: string;

    @Field(() => node, { description: 'The item.' })
    node!: N;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${many}, ${order}.` })
  class Connection {
    @Field(() => [Edge], { description: `The ${many} on this page, each with its cursor.` })
    edges!: Edge[];

    @Field(() => PageInfo, { description: `Where this page starts and ends, and whether more ${many} follow.` })
    pageInfo!: PageInfo;
  }
  return Connection;
}
