import type { SelectQueryBuilder } from 'typeorm';
import { decodeCursor, encodeCursor } from '@careplan/subgraph-kit';
import type { Review } from '../entities/review.entity';

/** Reviews page by (due date, id); the cursor holds the due date as UTC midnight in the usual cursor format. */
export const dueDateCursor = (review: { dueDate: string; id: string }): string => encodeCursor({ createdAt: new Date(`${review.dueDate}T00:00:00Z`), id: review.id });

/** Limits a query on reviews aliased `r` to those after the cursor. */
export function afterDueDate(q: SelectQueryBuilder<Review>, after: string | null | undefined): void {
  if (!after) return;
  const cursor = decodeCursor(after);
  q.andWhere('(r.due_date, r.id) > (:afterDue, :afterId)', { afterDue: cursor.createdAt.slice(0, 10), afterId: cursor.id });
}
