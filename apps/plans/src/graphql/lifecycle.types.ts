import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AgreementParty, ApprovalRoute, PlanClosureReason, PlanWithdrawalReason, Specialism } from '@careplan/domain';
import { IssuedLetterFields, LocalDateScalar } from '@careplan/subgraph-kit';
import { PlanDecisionKind } from '../entities/plan-decision.entity';

registerEnumType(ApprovalRoute, {
  name: 'ApprovalRoute',
  description: 'R8: how a submitted plan is approved, chosen from its annual cost.',
  valuesConfig: {
    APPROVER: { description: 'An individual approver whose approval limit covers the annual cost.' },
    PANEL: { description: 'The panel: the plan is flagged unusual, or costs more a year than anyone may approve alone.' },
  },
});
registerEnumType(AgreementParty, {
  name: 'AgreementParty',
  description: 'Who agrees or disagrees with a proposed plan (R9).',
  valuesConfig: {
    PERSON: { description: 'The person the plan is for.' },
    REPRESENTATIVE: {
      description: 'Someone representing the person and agreeing or disagreeing for them; when the person lacks capacity to agree the plan, an attorney or deputy for health and welfare (R2).',
    },
    BEST_INTERESTS: {
      description: 'For a person who lacks capacity to agree the plan and has no attorney or deputy for health and welfare: agreed as a best-interests decision, recording who was consulted and why (R2).',
    },
    COUNCIL: { description: 'The council; it may record a disagreement (which signposts the complaints procedure) but never agrees a plan for the person.' },
  },
});
@InputType('BestInterestsInput', { description: 'A best-interests decision to agree a plan for someone who lacks capacity to agree it (R2).' })
export class BestInterestsInput {
  @Field(() => [String], { description: 'Who was consulted about the person’s best interests: their carer, family, advocate, others interested in their welfare.' })
  consulted!: string[];

  @Field({ description: 'Why agreeing this plan is in the person’s best interests, 20 to 4000 characters.' })
  reasons!: string;
}

@ObjectType('BestInterestsDecision', { description: 'How a plan was agreed for someone who lacked capacity to agree it (R2).' })
export class BestInterestsDecisionType {
  @Field(() => [String], { description: 'Who was consulted.' })
  consulted!: string[];

  @Field({ description: 'Why agreeing the plan was in the person’s best interests.' })
  reasons!: string;
}

/** What happened to a review of the plan, as the worker reports it. */
export enum ReviewProgress {
  STARTED = 'STARTED',
  UNCHANGED = 'UNCHANGED',
}
registerEnumType(ReviewProgress, {
  name: 'ReviewProgress',
  description: 'What happened to a review of a plan, so the plan follows it.',
  valuesConfig: {
    STARTED: { description: 'A review of the plan has started: the plan is under review.' },
    UNCHANGED: { description: 'A review was completed with no change (England) or confirmed the plan (Wales): the plan is active again.' },
  },
});

registerEnumType(PlanDecisionKind, {
  name: 'PlanDecisionKind',
  description: 'What a recorded decision on a plan was.',
  valuesConfig: {
    PANEL_APPROVED: { description: 'The panel approved the plan (R8).' },
    PANEL_RETURNED: { description: 'The panel returned the plan for changes (R8).' },
    DISAGREEMENT: { description: 'The person, their representative or the council disagreed with the proposed plan (R9).' },
  },
});

@InputType('PanelMemberInput', { description: 'A member of the panel that decided.' })
export class PanelMemberInput {
  @Field({ description: 'The member’s name.' })
  name!: string;

  @Field({ description: 'Their role, e.g. "Head of adult social care".' })
  role!: string;

  @Field(() => [Specialism], { defaultValue: [], description: 'Their specialisms; a deafblind person’s panel needs a member who is a DEAFBLIND_ASSESSOR (R2c).' })
  specialisms!: Specialism[];
}

@InputType('PanelDecisionInput', { description: 'The panel’s decision on a plan sent to it (R8).' })
export class PanelDecisionInput {
  @Field(() => ID, { description: 'The plan, AWAITING_APPROVAL and sent to the panel.' })
  planId!: string;

  @Field(() => Int, { description: 'The plan’s edit counter `version` as you read it; a stale one is a CONFLICT.' })
  version!: number;

  @Field({ description: 'True approves the plan; false returns it for changes with the reasons.' })
  approved!: boolean;

  @Field(() => [PanelMemberInput], { description: 'Everyone on the panel, at least two; for a deafblind person, including a deafblind specialist (R2c).' })
  members!: PanelMemberInput[];

  @Field({ description: 'The panel’s reasons (at least 10 characters).' })
  reasons!: string;
}

@ObjectType('PanelMember', { description: 'A member of the panel that decided, as recorded.' })
export class PanelMemberType {
  @Field({ description: 'The member’s name.' })
  name!: string;

  @Field({ description: 'Their role.' })
  role!: string;

  @Field(() => [Specialism], { description: 'Their specialisms as recorded with the decision, e.g. DEAFBLIND_ASSESSOR for a deafblind person’s panel (R2c); empty when none were given.' })
  specialisms!: Specialism[];
}

@ObjectType('PlanDecision', { description: 'A panel decision (R8) or a disagreement (R9), as recorded; never edited.' })
export class PlanDecisionType {
  @Field(() => ID, { description: 'The decision’s id.' })
  id!: string;

  @Field(() => PlanDecisionKind, { description: 'A panel’s approval or return, or a disagreement.' })
  kind!: PlanDecisionKind;

  @Field(() => AgreementParty, { nullable: true, description: 'Who disagreed; null for a panel decision.' })
  party!: AgreementParty | null;

  @Field({ description: 'For a disagreement with a joint plan: it was its other person’s (or their representative’s), not the person’s (R7).' })
  byJointPerson!: boolean;

  @Field(() => [PanelMemberType], { description: 'The panel’s members; empty for a disagreement.' })
  members!: PanelMemberType[];

  @Field({ description: 'The panel’s reasons, or the reasons for disagreeing.' })
  reasons!: string;

  @Field(() => Int, { nullable: true, description: 'Days the plan waited from submission to the panel’s decision (R8); null for a disagreement.' })
  waitedDays!: number | null;

  @Field({ description: 'The council disagreed, so the complaints procedure was signposted (R9).' })
  signpostComplaints!: boolean;

  @Field(() => LocalDateScalar, { description: 'Day it was recorded, YYYY-MM-DD (Europe/London).' })
  decidedOn!: string;

  @Field({ description: 'Who recorded it: their sign-in (token subject).' })
  recordedBy!: string;
}

registerEnumType(PlanClosureReason, {
  name: 'PlanClosureReason',
  description: 'Why a plan in force was closed (R17).',
  valuesConfig: {
    AFTER_REVIEW: {
      description: 'A review concluded the plan should close (outcome CLOSE): the plan is closed when that review is completed, with the review’s reasons and a closure letter. closePlan refuses it (RULE_VIOLATION R17).',
    },
    DIED: { description: 'The person died: the plan closes without a review.' },
    MOVED_TO_ANOTHER_COUNCIL: { description: 'The person moved to another council’s area, which now meets their needs: the plan closes without a review.' },
  },
});

@InputType('ClosePlanInput', { description: 'Closing a plan in force without a review: only when the person died or moved to another council (R17).' })
export class ClosePlanInput {
  @Field(() => ID, { description: 'The plan: AGREED, ACTIVE or UNDER_REVIEW (CONFLICT otherwise).' })
  id!: string;

  @Field(() => Int, { description: 'The plan’s edit counter `version` as you read it; a stale one is a CONFLICT.' })
  version!: number;

  @Field(() => PlanClosureReason, { description: 'DIED or MOVED_TO_ANOTHER_COUNCIL. AFTER_REVIEW is RULE_VIOLATION R17: completing the review with outcome CLOSE closes the plan.' })
  reason!: PlanClosureReason;

  @Field({ description: 'What happened, in words (at least 10 characters), e.g. who told the council of the death, or the council the person moved to.' })
  details!: string;
}

registerEnumType(PlanWithdrawalReason, {
  name: 'PlanWithdrawalReason',
  description: 'Why a plan was withdrawn before it was agreed (R9).',
  valuesConfig: {
    PERSON_DECLINED: { description: 'The person (or their representative) decided not to go ahead with the plan.' },
    NO_LONGER_NEEDED: { description: 'Their needs changed, so the plan is no longer wanted: e.g. they are now met another way, or a revision turned out not to be needed.' },
    DIED: { description: 'The person died: recorded by the system when the date of death is recorded; withdrawPlan refuses it (RULE_VIOLATION R9).' },
    MOVED_TO_ANOTHER_COUNCIL: { description: 'The person moved to another council’s area: recorded by the system on the move date of a move made through a handover; by hand for one made otherwise (a council elsewhere, or not using this system).' },
    REVISED_PLAN_ENDED: { description: 'A revision whose plan in force ended — closed, or replaced by another plan agreed for the person: recorded by the system then; withdrawPlan refuses it (RULE_VIOLATION R9).' },
  },
});

@InputType('WithdrawPlanInput', { description: 'Withdrawing a plan that was never agreed (R9).' })
export class WithdrawPlanInput {
  @Field(() => ID, { description: 'The plan: DRAFT, PROPOSED, AWAITING_APPROVAL, APPROVED or RETURNED (CONFLICT otherwise: a plan in force is closed, not withdrawn).' })
  id!: string;

  @Field(() => Int, { description: 'The plan’s edit counter `version` as you read it; a stale one is a CONFLICT.' })
  version!: number;

  @Field(() => PlanWithdrawalReason, { description: 'PERSON_DECLINED, NO_LONGER_NEEDED or MOVED_TO_ANOTHER_COUNCIL; DIED and REVISED_PLAN_ENDED are recorded by the system (RULE_VIOLATION R9 here).' })
  reason!: PlanWithdrawalReason;

  @Field({ description: 'What happened, in words (at least 10 characters), e.g. what the person said.' })
  details!: string;
}

@InputType('ClosePlansOnDeathInput', { description: 'The person whose death is recorded (R17).' })
export class ClosePlansOnDeathInput {
  @Field(() => ID, { description: 'A person of your authority whose record holds a date of death.' })
  personId!: string;
}

@InputType('CorrectPlansEndedByDeathInput', { description: 'The person whose date of death was corrected on their record (R17).' })
export class CorrectPlansEndedByDeathInput {
  @Field(() => ID, { description: 'A person of your authority.' })
  personId!: string;
}

@InputType('ReinstatePlansEndedByDeathInput', { description: 'The person whose date of death was removed from their record as recorded in error (R17).' })
export class ReinstatePlansEndedByDeathInput {
  @Field(() => ID, { description: 'A person of your authority.' })
  personId!: string;
}

@InputType('ClosePlanAfterReviewInput', { description: 'The plan to close and the completed review (outcome CLOSE) it closes after (R17).' })
export class ClosePlanAfterReviewInput {
  @Field(() => ID, { description: 'The plan the review is of.' })
  planId!: string;

  @Field(() => ID, { description: 'The review: COMPLETED with outcome CLOSE, of this plan (RULE_VIOLATION R17 otherwise).' })
  reviewId!: string;
}

@ObjectType('PlanClosureLetter', { description: 'The letter telling the person their plan closed after a review, with the reasons and other help available (in Wales, the closure statement), as issued in their format (R17, R2b).' })
export class PlanClosureLetterType extends IssuedLetterFields {}

/** The plan a lifecycle step moves, at the version read. */
@InputType()
abstract class PlanStepInput {
  @Field(() => ID, { description: 'The plan’s id.' })
  id!: string;

  @Field(() => Int, { description: 'The plan’s edit counter `version` as you read it; a stale one is a CONFLICT.' })
  version!: number;
}

@InputType('ProposePlanInput', { description: 'A DRAFT or RETURNED plan to propose to the person (R9).' })
export class ProposePlanInput extends PlanStepInput {}

@InputType('SubmitPlanForApprovalInput', { description: 'A PROPOSED (or APPROVED) plan to submit for approval (R8).' })
export class SubmitPlanForApprovalInput extends PlanStepInput {
  @Field({ defaultValue: false, description: 'Flag the plan as unusual: it goes to the panel whatever it costs (R8).' })
  unusual!: boolean;
}

@InputType('ApprovePlanInput', { description: 'A plan AWAITING_APPROVAL to approve within your limit (R8).' })
export class ApprovePlanInput extends PlanStepInput {}

@InputType('ReturnPlanInput', { description: 'A plan AWAITING_APPROVAL or APPROVED to return for changes (R8, R9).' })
export class ReturnPlanInput extends PlanStepInput {
  @Field({ description: 'What needs to change (at least 10 characters).' })
  reasons!: string;
}

@InputType('AgreePlanInput', { description: 'An APPROVED plan to sign off, and who agrees it (R9, R2).' })
export class AgreePlanInput extends PlanStepInput {
  @Field(() => AgreementParty, {
    description: 'PERSON, or REPRESENTATIVE; for a person who lacks capacity to agree it, REPRESENTATIVE (an attorney or deputy for health and welfare) or BEST_INTERESTS (R2). The council cannot agree for the person.',
  })
  party!: AgreementParty;

  @Field(() => BestInterestsInput, { nullable: true, description: 'Required with BEST_INTERESTS: who was consulted and why (R2).' })
  bestInterests?: BestInterestsInput | null;

  @Field(() => AgreementParty, {
    nullable: true,
    description: 'Required for a joint plan, and not allowed otherwise: how its other person agrees it, as for the person — PERSON or REPRESENTATIVE; lacking capacity to agree it, REPRESENTATIVE or BEST_INTERESTS (R9, R7, R2).',
  })
  jointParty?: AgreementParty | null;

  @Field(() => BestInterestsInput, { nullable: true, description: 'Required with jointParty BEST_INTERESTS: who was consulted about the other person’s best interests and why (R2).' })
  jointBestInterests?: BestInterestsInput | null;
}

@InputType('ActivatePlanInput', { description: 'An AGREED plan whose support is arranged.' })
export class ActivatePlanInput extends PlanStepInput {}

@InputType('RevisePlanInput', { description: 'An ACTIVE or UNDER_REVIEW plan to start a revision of (R9).' })
export class RevisePlanInput extends PlanStepInput {}

@InputType('RecordPlanDisagreementInput', { description: 'A disagreement with a proposed plan, with reasons (R9).' })
export class RecordPlanDisagreementInput {
  @Field(() => ID, { description: 'The plan: PROPOSED, AWAITING_APPROVAL or APPROVED.' })
  planId!: string;

  @Field(() => AgreementParty, { description: 'Who disagrees.' })
  party!: AgreementParty;

  @Field({ defaultValue: false, description: 'For a joint plan: it is its other person who disagrees (or their representative, as party says), not the person (R7).' })
  byJointPerson!: boolean;

  @Field({ description: 'Why (at least 10 characters).' })
  reasons!: string;
}

@InputType('FollowReviewInput', { description: 'What happened to a review of a plan, so the plan follows it.' })
export class FollowReviewInput {
  @Field(() => ID, { description: 'The plan whose review started or ended.' })
  planId!: string;

  @Field(() => ReviewProgress, { description: 'What happened to the review.' })
  review!: ReviewProgress;
}
