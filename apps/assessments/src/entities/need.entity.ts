import { Column, Entity } from 'typeorm';
import type { UnableReason } from '@careplan/domain';
import { TenantEntity } from '@careplan/subgraph-kit';

/** One need recorded in an assessment: an outcome (or Welsh need area) and the facts eligibility turns on. */
@Entity({ name: 'need', schema: 'assessments' })
export class Need extends TenantEntity {
  @Column({ type: 'uuid' })
  assessmentId!: string;

  @Column({ type: 'text' })
  outcome!: string;

  @Column({ type: 'text', array: true })
  unableReasons!: UnableReason[];

  @Column({ type: 'boolean', nullable: true })
  cannotMeetAlone!: boolean | null;

  @Column({ type: 'boolean', nullable: true })
  onlyWithCouncilHelp!: boolean | null;

  /** The need described in the person's own words. */
  @Column({ type: 'text' })
  inOwnWords!: string;

  @Column({ type: 'boolean' })
  fluctuates!: boolean;

  /** For fluctuating needs: the period observed, long enough to see the whole pattern. */
  @Column({ type: 'text', nullable: true })
  observedOver!: string | null;

  @Column({ type: 'boolean' })
  metByCarer!: boolean;

  @Column({ type: 'boolean' })
  metByOtherService!: boolean;

  @Column({ type: 'text', nullable: true })
  otherService!: string | null;
}
