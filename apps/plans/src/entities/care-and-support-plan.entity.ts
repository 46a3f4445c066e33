import { Column, Entity } from 'typeorm';
import type { AgreementParty, BestInterestsDecision, ApprovalRoute, ChildConsentBasis, OtherPlanType, PlanClosureReason, PlanKind, PlanStatus, PlanWithdrawalReason } from '@careplan/domain';
import { PersonRecord, type InvolvementType } from '@careplan/subgraph-kit';

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

  /** 1 for the first plan; a revision is a new row with the next number (R-versioned plans). */
  @Column({ type: 'integer', default: 1 })
  planVersion!: number;

  @Column({ type: 'uuid', nullable: true })
  previousVersionId!: string | null;

  @Column({ type: 'date', nullable: true })
  proposedOn!: string | null;

  /** R9: the person has until this day to consider the proposed plan. */
  @Column({ type: 'date', nullable: true })
  considerationEnds!: string | null;

  @Column({ type: 'date', nullable: true })
  submittedOn!: string | null;

  /** Flagged unusual: the plan goes to the panel whatever it costs (R8). */
  @Column({ type: 'boolean', default: false })
  unusual!: boolean;

  /** The annual cost approval was sought for, in pence (R8). */
  @Column({ type: 'bigint', nullable: true, transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) } })
  annualCostPence!: number | null;

  @Column({ type: 'text', nullable: true })
  approvalRoute!: ApprovalRoute | null;

  @Column({ type: 'text', nullable: true })
  approvedBy!: string | null;

  /** The annual limit the approval was given within; null for the panel, which has none (R8). */
  @Column({ type: 'bigint', nullable: true, transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) } })
  approverLimitPence!: number | null;

  @Column({ type: 'date', nullable: true })
  approvedOn!: string | null;

  @Column({ type: 'text', nullable: true })
  returnedReason!: string | null;

  @Column({ type: 'date', nullable: true })
  agreedOn!: string | null;

  @Column({ type: 'text', nullable: true })
  agreedBy!: AgreementParty | null;

  /** R2: when agreed as a best-interests decision, who was consulted and why. */
  @Column({ type: 'jsonb', nullable: true })
  bestInterests!: BestInterestsDecision | null;

  /** R9, R7: how the other person of a joint plan agreed it, and their best-interests decision if that is how. */
  @Column({ type: 'text', nullable: true })
  jointAgreedBy!: AgreementParty | null;

  @Column({ type: 'jsonb', nullable: true })
  jointBestInterests!: BestInterestsDecision | null;

  @Column({ type: 'date', nullable: true })
  activatedOn!: string | null;

  @Column({ type: 'date', nullable: true })
  closedOn!: string | null;

  @Column({ type: 'text', nullable: true })
  closedReason!: string | null;

  /** R17: why it closed: after a review, the person's death, or a move to another council. */
  @Column({ type: 'text', nullable: true })
  closureReason!: PlanClosureReason | null;

  /** R17: the completed review (outcome CLOSE) that closed it. */
  @Column({ type: 'uuid', nullable: true })
  closedAfterReviewId!: string | null;

  /** R9: the day a plan agreed since replaced this one (REVISED); null for plans revised before this was recorded. */
  @Column({ type: 'date', nullable: true })
  revisedOn!: string | null;

  /** R9: the day a plan never agreed was withdrawn, why, in words, and by whom (a sign-in, or the service). */
  @Column({ type: 'date', nullable: true })
  withdrawnOn!: string | null;

  @Column({ type: 'text', nullable: true })
  withdrawalReason!: PlanWithdrawalReason | null;

  @Column({ type: 'text', nullable: true })
  withdrawalDetails!: string | null;

  @Column({ type: 'text', nullable: true })
  withdrawnBy!: string | null;

  /** The status it had when it ended (closed, withdrawn or revised), to return to if what ended it was recorded in error. */
  @Column({ type: 'text', nullable: true })
  endedFrom!: PlanStatus | null;

  /** The day a plan a death recorded in error had ended came back, and what happened, in words. */
  @Column({ type: 'date', nullable: true })
  reinstatedOn!: string | null;

  @Column({ type: 'text', nullable: true })
  reinstatedReason!: string | null;

  /** The practitioner (sign-in) responsible for the plan: who drafted it, unless handed on. */
  @Column({ type: 'text', nullable: true })
  responsibleUserId!: string | null;

  /** R7: the carer (or other person) whose plan this is jointly, with both consents. */
  @Column({ type: 'uuid', nullable: true })
  jointPersonId!: string | null;

  /** R7: the other plan this one is combined with, and who leads. */
  @Column({ type: 'text', nullable: true })
  combinedWith!: OtherPlanType | null;

  @Column({ type: 'text', nullable: true })
  combinedReference!: string | null;

  @Column({ type: 'text', nullable: true })
  leadOrganisation!: string | null;

  @Column({ type: 'text', nullable: true })
  leadProfessional!: string | null;

  @Column({ type: 'text', nullable: true })
  childConsentBasis!: ChildConsentBasis | null;

  /** Who took part in planning, how and when (R1). */
  @Column({ type: 'jsonb', default: [] })
  involved!: InvolvementType[];

  /** R22: the handover whose move this plan meets needs for from the day of arrival, continuing another council's plan. */
  @Column({ type: 'uuid', nullable: true })
  continuesHandoverId!: string | null;

  @Column({ type: 'text', nullable: true })
  continuesAuthorityCode!: string | null;

  @Column({ type: 'uuid', nullable: true })
  continuesPlanId!: string | null;

  /** The weekly personal budget of the plan it continues, in pence. */
  @Column({ type: 'bigint', nullable: true, transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) } })
  continuityWeeklyBudgetPence!: number | null;
}
