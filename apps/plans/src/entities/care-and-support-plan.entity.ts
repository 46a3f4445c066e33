import { Column, Entity } from 'typeorm';
import type { PlanKind, PlanStatus } from '@careplan/domain';
import { PersonRecord } from '@careplan/subgraph-kit';

@Entity({ name: 'care_and_support_plan', schema: 'plans' })
export class CareAndSupportPlan extends PersonRecord {
  @Column({ type: 'uuid', nullable: true })
  assessmentId!: string | null;

  @Column({ type: 'text' })
  kind!: PlanKind;

  @Column({ type: 'text' })
  status!: PlanStatus;

  // The plan's sections in words (R5, R5w); null until written.
  @Column({ type: 'text', nullable: true })
  strengthsAndAssets!: string | null;

  @Column({ type: 'text', nullable: true })
  adviceAndInformation!: string | null;

  @Column({ type: 'text', nullable: true })
  contingencyPlan!: string | null;

  @Column({ type: 'text', nullable: true })
  namedCoordinator!: string | null;

  @Column({ type: 'text', nullable: true })
  reviewArrangements!: string | null;

  /** Agreed review frequency when more often than yearly (R13). */
  @Column({ type: 'integer', nullable: true })
  reviewEveryMonths!: number | null;

  @Column({ type: 'text', nullable: true })
  carerWishes!: string | null;

  @Column({ type: 'text', nullable: true })
  needsMetByCarer!: string | null;

  @Column({ type: 'text', nullable: true })
  directPaymentDetails!: string | null;

  @Column({ type: 'text', nullable: true })
  actionsByOthers!: string | null;

  @Column({ type: 'text', nullable: true })
  progressMonitoring!: string | null;

  @Column({ type: 'boolean', default: false })
  adultAtRiskEnquiry!: boolean;

  @Column({ type: 'text', nullable: true })
  adultAtRiskConclusion!: string | null;
}
