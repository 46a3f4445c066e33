import { BadUserInput } from '@careplan/domain';
import { MAX_PAGE } from '@careplan/runtime';
import { isUuid } from '@careplan/subgraph-kit';

/** What the worker sends in one call is at most a page: it bounds each request's work and memory. */
export function assertBatch<T>(items: readonly T[], field: string, ids: (item: T) => string): void {
  if (items.length > MAX_PAGE) throw new BadUserInput(field, `${field}: at most ${MAX_PAGE} at once`);
  if (!items.every((item) => isUuid(ids(item)))) throw new BadUserInput(field, `${field} must name ids this API issued`);
}
