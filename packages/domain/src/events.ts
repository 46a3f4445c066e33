import type { EligibilityFramework } from './eligibility/outcomes';
import type { AgreementParty } from './plan/agreement';
import type { CapacityDecision } from './people/capacity';
import type { ConsentPurpose } from './people/consent';
import type { RelationshipKind } from './people/relationships';
import type { ReviewKind } from './enums';
import type { DecisionLetterKind } from './assessment/decision-letter';
import type { ReviewMethod } from './review/conduct';
import type { ReviewOutcome } from './review/outcome';

/** A calendar date as `YYYY-MM-DD` (Europe/London), the way events carry legal dates. */
type IsoDate = string;

interface PersonEvent {
  personId: string;
}
interface PlanEvent extends PersonEvent {
  planId: string;
}
interface PlanStepEvent extends PlanEvent {
  planVersion: number;
}
interface AssessmentEvent extends PersonEvent {
  assessmentId: string;
}
interface BudgetEvent extends PlanEvent {
  budgetId: string;
}
interface ReviewEvent extends PlanEvent {
  reviewId: string;
}
interface DirectPaymentEvent extends PersonEvent {
  directPaymentId: string;
}
/** A move between councils; `personId` is the record of the council that records the event. */
interface HandoverEvent {
  handoverId: string;
}

/**
 * Every domain event, by name, with the one payload type it carries. Subgraphs record them through
 * their outbox and the worker's handlers consume them: both are checked against this catalogue by the
 * compiler. Payloads carry ids, codes and dates only — never personal data (they travel through Redis).
 */
export interface DomainEvents {
  // people
  PersonRegistered: PersonEvent;
  PersonUpdated: PersonEvent & { version: number };
  /** A date of death was recorded where there was none: the person's care ends on that day (R17, R12a). */
  PersonDied: PersonEvent;
  /** The date of death recorded was removed, as recorded in error: what the death ended comes back (R17, R12a). */
  DateOfDeathRemoved: PersonEvent;
  /** The date of death recorded was changed: what the death ended, ended on the day it now holds (R17, R12a). */
  DateOfDeathCorrected: PersonEvent;
  PersonAllocated: PersonEvent & { practitionerId: string | null; teamId: string | null };
  CapacityAssessed: PersonEvent & { capacityAssessmentId: string; decision: CapacityDecision };
  ConsentGiven: PersonEvent & { consentId: string; purpose: ConsentPurpose };
  ConsentWithdrawn: PersonEvent & { consentId: string; purpose: ConsentPurpose };
  RelationshipRecorded: PersonEvent & { relationshipId: string; kind: RelationshipKind };
  /** `forDeathOf`: the related person whose recorded death ended the relationship, when that is what changed it. */
  RelationshipChanged: PersonEvent & { relationshipId: string; kind: RelationshipKind; forDeathOf?: string };
  /** An unpaid carer is no longer willing and able, or stopped caring (R14: an unplanned review follows); `forDeathOf` as above. */
  CarerStoppedCaring: PersonEvent & { relationshipId: string; forDeathOf?: string };
  CommunicationNeedsSet: PersonEvent;
  AdvocacyFactsRecorded: PersonEvent & { advocateRequired: boolean };
  // people: moves between councils (R20–R22)
  HandoverStarted: HandoverEvent & PersonEvent & { fromAuthority: string; moveDate: IsoDate };
  HandoverMatched: HandoverEvent & PersonEvent;
  HandoverDeclined: HandoverEvent;
  HandoverPackageShared: HandoverEvent & PersonEvent & { toAuthority: string };
  HandoverAssessmentRecorded: HandoverEvent & PersonEvent & { assessmentId: string };
  HandoverMoveDateChanged: HandoverEvent & { moveDate: IsoDate };
  HandoverWithdrawn: HandoverEvent;
  HandoverReinstated: HandoverEvent;
  HandoverArrived: HandoverEvent & PersonEvent & { fromAuthority: string; continuityPlanId: string | null };
  // assessments
  AssessmentRequested: AssessmentEvent;
  AssessmentCompleted: AssessmentEvent & { eligible: boolean; framework: EligibilityFramework };
  AssessmentWithdrawn: AssessmentEvent;
  AssessmentReopened: AssessmentEvent;
  /** An assessment a death recorded in error had withdrawn is back as it was. */
  AssessmentReinstated: AssessmentEvent;
  DecisionLetterIssued: AssessmentEvent & { letterId: string; kind: DecisionLetterKind };
  // plans
  PlanDrafted: PlanEvent & { planVersion?: number };
  PlanProposed: PlanStepEvent;
  PlanSubmittedForApproval: PlanStepEvent;
  PlanApproved: PlanStepEvent;
  PlanReturned: PlanStepEvent;
  PlanActivated: PlanStepEvent;
  PlanReviewStarted: PlanStepEvent;
  PlanReviewEnded: PlanStepEvent;
  PlanClosed: PlanStepEvent;
  PlanWithdrawn: PlanStepEvent;
  PlanRevised: PlanStepEvent;
  /** A plan a death recorded in error had ended is back as it was: its budget, payments and reviews follow. */
  PlanReinstated: PlanStepEvent;
  /** The day a plan closed or was withdrawn for a death moved with the date of death corrected: its budget follows. */
  PlanEndDateCorrected: PlanStepEvent;
  PlanSignedOff: PlanEvent & { agreedOn: IsoDate; reviewEveryMonths: number | null };
  PlanDisagreementRecorded: PlanEvent & { party: AgreementParty; byJointPerson: boolean };
  PlanCopyIssued: PlanEvent & { copyId: string; toPerson: boolean };
  ContinuityPlanStarted: PlanEvent & HandoverEvent;
  // budgets
  FinancialAssessmentRecorded: PersonEvent & { financialAssessmentId: string };
  BudgetProposed: BudgetEvent;
  BudgetFinalised: BudgetEvent & { finalWeeklyPence: number };
  BudgetReopened: BudgetEvent & { supportItemId: string };
  BudgetChanged: BudgetEvent & { fromWeeklyPence: number; toWeeklyPence: number };
  DirectPaymentStarted: DirectPaymentEvent & { budgetId: string; planId: string; firstPaymentOn: IsoDate; firstReviewDue: IsoDate };
  DirectPaymentSuspended: DirectPaymentEvent;
  DirectPaymentResumed: DirectPaymentEvent;
  DirectPaymentEnded: DirectPaymentEvent;
  DirectPaymentReinstated: DirectPaymentEvent;
  DirectPaymentEndDateCorrected: DirectPaymentEvent;
  // reviews
  ReviewScheduled: ReviewEvent & { dueDate: IsoDate };
  ReviewCancelled: ReviewEvent;
  ReviewReinstated: ReviewEvent;
  ReviewStarted: ReviewEvent & { method: ReviewMethod };
  ReviewCompleted: ReviewEvent & { kind: ReviewKind; outcome: ReviewOutcome; completedOn: IsoDate };
  ReviewRequestAccepted: ReviewEvent & { dueDate: IsoDate };
  ReviewRequestRefused: ReviewEvent & { letterId: string };
  // analytics
  ClientLevelDataReturnRequested: { returnId: string };
}

export type DomainEventName = keyof DomainEvents;

/** The plan steps that record a `PlanStepEvent` when they succeed. */
export type PlanStepEventName = {
  [N in DomainEventName]: DomainEvents[N] extends PlanStepEvent ? (PlanStepEvent extends DomainEvents[N] ? N : never) : never;
}[DomainEventName];

/**
 * A domain event as it travels on the queue; `id` is the outbox row's id and the job id. Without a name
 * it is the union of every event, narrowed by `type`.
 */
export type DomainEvent<N extends DomainEventName = DomainEventName> = N extends DomainEventName
  ? { id: string; type: N; authority: string; occurredAt: string; data: DomainEvents[N] }
  : never;
