import { BadUserInput } from '@careplan/domain';
import { DEFAULT_PAGE, MAX_PAGE } from '@careplan/runtime';

export { DEFAULT_PAGE, MAX_PAGE };

export interface Cursor {
  createdAt: string;
  id: string;
}

/** Opaque cursor: base64url of the sort key (created at, id), so pages stay stable under inserts. */
export function encodeCursor(row: { createdAt: Date; id: string }): string {
  return Buffer.from(JSON.stringify([row.createdAt.toISOString(), row.id])).toString('base64url');
}

export function decodeCursor(cursor: string, field = 'after'): Cursor {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    if (typeof createdAt !== 'string' || typeof id !== 'string' || Number.isNaN(Date.parse(createdAt))) throw new Error();
    return { createdAt, id };
  } catch {
    throw new BadUserInput(field, `${field} is not a cursor this API issued`);
  }
}

export function pageSize(first: number | null | undefined, field = 'first', max = MAX_PAGE): number {
  const n = first ?? DEFAULT_PAGE;
  if (!Number.isInteger(n) || n < 1 || n > max) throw new BadUserInput(field, `${field} must be between 1 and ${max}`);
  return n;
}

/** A Relay connection of rows paged by (created at, id). */
export function toConnection<T extends { createdAt: Date; id: string }>(page: { rows: T[]; hasNextPage: boolean }, cursorOf: (row: T) => string = encodeCursor) {
  const edges = page.rows.map((node) => ({ cursor: cursorOf(node), node }));
  return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
}
