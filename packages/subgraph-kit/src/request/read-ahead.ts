import type { GraphQLResolveInfo } from 'graphql';
import { selectedFields } from '../graphql/selection';

/** For each field that may be selected under a resolved field, the read its resolver will make. */
export type ReadsAhead = Record<string, () => Promise<unknown>>;

/**
 * A field's own read, with the reads of the fields selected under it started beside it, in the same turn:
 * they go to Postgres in one pipeline (`RequestDb.read`) instead of one after the other, and the selected
 * fields' resolvers then find their rows in the request's loaders. Answers once all have answered; a read
 * ahead that fails does not fail this field: the field it was for reports the error when it resolves.
 */
export async function withReadAhead<T>(info: GraphQLResolveInfo, reads: ReadsAhead, read: () => Promise<T>): Promise<T> {
  const selected = selectedFields(info);
  const ahead = new Set(Object.keys(reads).flatMap((field) => (selected.has(field) ? [reads[field]] : [])));
  const [value] = await Promise.all([read(), Promise.allSettled([...ahead].map((start) => start()))]);
  return value;
}
