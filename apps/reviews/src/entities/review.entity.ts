import { Column, Entity } from 'typeorm';
import type { RequestDecision, ReviewContent, ReviewKind, ReviewMethod, ReviewOutcome, ReviewRequester, ReviewState, UnplannedTrigger } from '@careplan/domain';
import { PersonRecord, type InvolvementType } from '@careplan/subgraph-kit';

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

  /** R14: the change an unplanned review follows. */
  @Column({ type: 'text', nullable: true })
  trigger!: UnplannedTrigger | null;

  /** What prompted the review: the change (R14) or what was asked for (R15). */
  @Column({ type: 'text', nullable: true })
  details!: string | null;

  /** R14: the person whose recorded death prompted this unplanned review; it goes if that date is removed in error. */
  @Column({ type: 'uuid', nullable: true })
  promptedByDeathOf!: string | null;

  /** R15: who asked, when, and the decision on the request. */
  @Column({ type: 'text', nullable: true })
  requestedBy!: ReviewRequester | null;

  @Column({ type: 'text', nullable: true })
  requesterName!: string | null;

  @Column({ type: 'date', nullable: true })
  requestedOn!: string | null;

  @Column({ type: 'text', nullable: true })
  requestDecision!: RequestDecision | null;

  @Column({ type: 'date', nullable: true })
  decidedOn!: string | null;

  @Column({ type: 'text', nullable: true })
  decidedBy!: string | null;

  @Column({ type: 'text', nullable: true })
  decisionReasons!: string | null;

  /** R16: how the review is carried out, as agreed with the person, and when it started. */
  @Column({ type: 'text', nullable: true })
  method!: ReviewMethod | null;

  @Column({ type: 'date', nullable: true })
  startedOn!: string | null;

  /** R1: who took part, how and when (the shared involvement record). */
  @Column({ type: 'jsonb', default: [] })
  involved!: InvolvementType[];

  /** R16: what the review found, recorded as it goes; complete before the review is. */
  @Column({ type: 'jsonb', nullable: true })
  content!: ReviewContent | null;
}
