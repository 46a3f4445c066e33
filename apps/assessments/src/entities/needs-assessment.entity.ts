import { Column, Entity } from 'typeorm';
import type { AssessmentEventOutcome, AssessmentKind, AssessmentMethod, AssessmentStatus } from '@careplan/domain';
import { PersonRecord, type InvolvementType } from '@careplan/subgraph-kit';


@Entity({ name: 'needs_assessment', schema: 'assessments' })
export class NeedsAssessment extends PersonRecord {
  @Column({ type: 'text' })
  kind!: AssessmentKind;

  @Column({ type: 'text' })
  status!: AssessmentStatus;

  @Column({ type: 'date' })
  requestedOn!: string;

  @Column({ type: 'date', nullable: true })
  startedOn!: string | null;

  @Column({ type: 'date', nullable: true })
  completedOn!: string | null;

  @Column({ type: 'date', nullable: true })
  withdrawnOn!: string | null;

  @Column({ type: 'text', nullable: true })
  withdrawnReason!: string | null;

  /** The status it had when the person's death withdrew it (null if withdrawn by hand), to return to if that was in error. */
  @Column({ type: 'text', nullable: true })
  withdrawnFrom!: AssessmentStatus | null;

  /** The assessor's practitioner record in the people subgraph. */
  @Column({ type: 'uuid', nullable: true })
  assessorPractitionerId!: string | null;

  @Column({ type: 'text', nullable: true })
  method!: AssessmentMethod | null;

  @Column({ type: 'jsonb' })
  involved!: InvolvementType[];

  /** The other person of a joint assessment (with both people's consent). */
  @Column({ type: 'uuid', nullable: true })
  jointPersonId!: string | null;

  @Column({ type: 'text', nullable: true })
  eventOutcome!: AssessmentEventOutcome | null;
}
