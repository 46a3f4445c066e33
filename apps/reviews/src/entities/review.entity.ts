import { Column, Entity } from 'typeorm';
import type { ReviewKind, ReviewState } from '@careplan/domain';
import { PersonRecord } from '@careplan/subgraph-kit';

@Entity({ name: 'review', schema: 'reviews' })
export class Review extends PersonRecord {
  @Column({ type: 'uuid' })
  planId!: string;

  @Column({ type: 'text' })
  kind!: ReviewKind;

  /** Calendar date in Europe/London, YYYY-MM-DD. */
  @Column({ type: 'date' })
  dueDate!: string;

  @Column({ type: 'text' })
  state!: ReviewState;
}
