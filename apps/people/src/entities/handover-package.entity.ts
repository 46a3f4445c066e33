import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { HandoverPackagePart, SharedCost, SupportContent } from '@careplan/domain';

/** What the package holds: copies of the sending council's records at the moment it shared them (R21). */
export interface PackageContent {
  plan: SharedPlan | null;
  assessment: SharedAssessment | null;
  carerPlan: SharedPlan | null;
}

export interface SharedPlan {
  planId: string;
  planVersion: number;
  kind: string;
  status: string;
  agreedOn: string | null;
  sections: Array<{ key: string; heading: string; text: string }>;
  outcomes: string[];
  /** Each with the cost line the sending council's budget gave it (R22), absent in packages shared before costs were. */
  supportItems: Array<SupportContent & { cost?: SharedCost | null }>;
  weeklyBudgetPence: number | null;
}

export interface SharedAssessment {
  assessmentId: string;
  kind: string;
  completedOn: string | null;
  eligibleNeeds: string[];
  needs: Array<{ outcome: string; inOwnWords: string; metByCarer: boolean }>;
  rationale: string | null;
}

/**
 * The information package of one handover: immutable (the runtime role may only insert it), readable by
 * the two councils of the handover while it is not withdrawn.
 */
@Entity({ name: 'handover_package', schema: 'people' })
export class HandoverPackage {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  handoverId!: string;

  @Column({ type: 'text' })
  fromAuthorityCode!: string;

  @Column({ type: 'text' })
  toAuthorityCode!: string;

  @Column({ type: 'text', array: true })
  include!: HandoverPackagePart[];

  @Column({ type: 'jsonb' })
  content!: PackageContent;

  /** R21: the sending council's advice on the notice terms of the person's direct-payment contracts. */
  @Column({ type: 'text', nullable: true })
  directPaymentAdvice!: string | null;

  /** Anything else the receiving council asked for, in the sending council's words. */
  @Column({ type: 'text', nullable: true })
  otherInformation!: string | null;

  @Column({ type: 'text' })
  sharedBy!: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  sharedAt!: Date;
}
