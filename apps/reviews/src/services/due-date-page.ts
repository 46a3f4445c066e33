import { type Keyset } from '@careplan/subgraph-kit';
import type { Review } from '../entities/review.entity';

/** Reviews aliased `r`, earliest due first, paged by (due date, id). */
export const DUE_DATE_ORDER: Keyset<Review> = { keys: [{ sql: 'r.due_date', of: (review) => review.dueDate, kind: 'date' }], id: 'r.id' };
