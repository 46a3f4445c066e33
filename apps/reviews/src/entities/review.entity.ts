import { Column, Entity } from 'typeorm';
import type { ReviewKind, ReviewOutcome, ReviewState } from '@careplan/domain';
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

  /** Set when a review is scheduled in reaction to an event: the same event never schedules twice. */
  @Column({ type: 'text', nullable: true })
  scheduleKey!: string | null;

  @Column({ type: 'date', nullable: true })
  completedOn!: string | null;

  @Column({ type: 'text', nullable: true })
  outcome!: ReviewOutcome | null;

  /** What the outcome recorded (R17): reasons, other help, the new plan version, the reassessment. */
  @Column({ type: 'jsonb', nullable: true })
  outcomeDetails!: Record<string, string | boolean | null> | null;
}
