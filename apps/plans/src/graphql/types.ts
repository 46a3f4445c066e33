import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ApprovalRoute, OtherPlanType, PlanClosureReason, PlanKind, PlanStatus, PlanWithdrawalReason, AgreementParty } from '@careplan/domain';
import { InvolvementType, PenceScalar, LocalDateScalar, connectionOf } from '@careplan/subgraph-kit';
import { BestInterestsDecisionType } from './lifecycle.types';

registerEnumType(PlanKind, {
  name: 'PlanKind',
  description: 'Whose needs the plan meets: an adult’s care and support plan, or a carer’s support plan.',
  valuesConfig: {
    CARE_AND_SUPPORT: { description: 'A care and support plan meeting an adult’s eligible needs.' },
    CARER_SUPPORT: { description: 'A carer’s support plan meeting the carer’s own eligible needs; it also records the carer’s wishes about caring, work, education and recreation (R5(d)).' },
  },
});
registerEnumType(PlanStatus, {
  name: 'PlanStatus',
  description: 'Where a plan version is in its journey; each change of status is one mutation, and a step out of order is a CONFLICT.',
  valuesConfig: {
    DRAFT: { description: 'Being written with the person; its content can be changed.' },
    PROPOSED: { description: 'Proposed to the person, who has until considerationEnds to consider it (R9).' },
    AWAITING_APPROVAL: { description: 'Submitted for approval, waiting for an approver or the panel (R8).' },
    APPROVED: { description: 'Approved (R8); waiting for the person or their representative to agree it.' },
    RETURNED: { description: 'Sent back for changes (see returnedReason); its content can be changed, then it is proposed again.' },
    AGREED: { description: 'Agreed by the person or their representative and signed off (R9): in force.' },
    ACTIVE: { description: 'In force, with the support arranged.' },
    UNDER_REVIEW: { description: 'In force and being reviewed; it can then be revised or closed (R17).' },
    REVISED: { description: 'Replaced by a plan agreed since: its revision, or a new plan of the same kind after a new assessment (such as the receiving council’s own after a move); kept as history and still readable.' },
    CLOSED: { description: 'Closed (R17): after a review, or without one when the person died or moved to another council; kept as history.' },
    WITHDRAWN: { description: 'Withdrawn before it was agreed (R9): the person declined it, it was no longer needed, the person died or moved away, or the version it revised closed; kept as history, never current.' },
  },
});

/** The people subgraph's Person, to which this subgraph adds `plans` and `currentPlan`. */
@ObjectType('Person')
@Directive('@key(fields: "id")')
export class PersonRef {
  @Field(() => ID)
  id!: string;
}

/** The assessments subgraph's NeedsAssessment, to which this subgraph adds `plan`. */
@ObjectType('NeedsAssessment')
@Directive('@key(fields: "id")')
export class NeedsAssessmentRef {
  @Field(() => ID)
  id!: string;
}

/** The reviews subgraph's Review: the completed review a plan closed after (R17). */
@ObjectType('Review')
@Directive('@key(fields: "id")')
export class ReviewRef {
  @Field(() => ID)
  id!: string;
}

@ObjectType('CareAndSupportPlan', {
  description:
    'One version of a care and support plan (or a carer’s support plan): how the council and the person agreed the person’s eligible needs will be met (Care Act s.25; in Wales, SSWBA 2014). A revision is a new version with its own id; older versions stay readable.',
})
@Directive('@key(fields: "id")')
export class CareAndSupportPlanType {
  @Field(() => ID, { description: 'This plan version’s id; every version has its own.' })
  id!: string;

  @Field(() => PersonRef, { description: 'The person whose plan it is (for a carer’s support plan, the carer).' })
  person!: PersonRef;

  @Field(() => NeedsAssessmentRef, { nullable: true, description: 'The assessment whose eligible needs the plan meets; null when the plan was drafted without one.' })
  assessment!: NeedsAssessmentRef | null;

  @Field(() => PlanKind, { description: 'An adult’s care and support plan or a carer’s support plan.' })
  kind!: PlanKind;

  @Field(() => PlanStatus, { description: 'Where this version is in its journey.' })
  status!: PlanStatus;

  @Field(() => String, { nullable: true, description: 'Strengths and assets: family, friends, community and the person’s own skills (R5); null until written.' })
  strengthsAndAssets!: string | null;

  @Field(() => String, { nullable: true, description: 'Advice and information to reduce, prevent or delay needs (R5(f)); null until written.' })
  adviceAndInformation!: string | null;

  @Field(() => String, { nullable: true, description: 'What happens if needs fluctuate or there is a crisis (R5); null until written.' })
  contingencyPlan!: string | null;

  @Field(() => String, { nullable: true, description: 'Who coordinates the plan, as written in it (R5); null until written.' })
  namedCoordinator!: string | null;

  @Field(() => String, { nullable: true, description: 'How and when the plan will be reviewed, in words (R5, R5w, R13); null until written.' })
  reviewArrangements!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Months between planned reviews after the first, when the plan agrees reviews more often than the council’s usual gap (1 to 12); null for the usual gap of at most 12 months (R13).',
  })
  reviewEveryMonths!: number | null;

  @Field(() => String, { nullable: true, description: 'For a carer’s support plan: the carer’s outcomes and wishes about caring, work, education and recreation (R5(d)); null until written.' })
  carerWishes!: string | null;

  @Field(() => String, { nullable: true, description: 'The needs a carer meets, so the council can step in if the carer stops (R3d); null until written.' })
  needsMetByCarer!: string | null;

  @Field(() => String, { nullable: true, description: 'For needs met by a direct payment: which needs, the amount and how often (R5(g), R5w); null until written.' })
  directPaymentDetails!: string | null;

  @Field(() => String, { nullable: true, description: 'Wales: the actions the council and others will take (R5w); null until written.' })
  actionsByOthers!: string | null;

  @Field(() => String, { nullable: true, description: 'Wales: how progress towards the personal outcomes will be monitored (R5w); null until written.' })
  progressMonitoring!: string | null;

  @Field(() => [InvolvementType], { description: 'Who took part in planning, how and when (R1).' })
  involved!: InvolvementType[];

  @Field(() => PersonRef, { nullable: true, description: 'For a joint plan, the other person (usually a carer), who consented to it (R7); null otherwise.' })
  jointPerson!: PersonRef | null;

  @Field(() => OtherPlanType, { nullable: true, description: 'The kind of other plan this one is combined with (R7); null when not combined.' })
  combinedWith!: OtherPlanType | null;

  @Field(() => String, { nullable: true, description: 'The combined plan’s reference at the other organisation (R7); null when not combined or not given.' })
  combinedReference!: string | null;

  @Field(() => String, { nullable: true, description: 'The organisation leading a combined plan (R7); null when not combined.' })
  leadOrganisation!: string | null;

  @Field(() => String, { nullable: true, description: 'The lead professional of a combined plan (R7); null when not combined.' })
  leadProfessional!: string | null;

  @Field(() => Int, { description: 'Which version of the plan this is: 1, then one more for each revision. Not the edit counter `version`.' })
  planVersion!: number;

  @Field(() => ID, { nullable: true, description: 'The id of the version this one revises; null for the first version.' })
  previousVersionId!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Day the plan was last proposed to the person, YYYY-MM-DD (Europe/London); null until proposed.' })
  proposedOn!: string | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Last day of the person’s time to consider the proposed plan, YYYY-MM-DD: the council’s consideration period (default 14 days) after proposal (R9); null until proposed.',
  })
  considerationEnds!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Day the plan was last submitted for approval, YYYY-MM-DD; null until submitted.' })
  submittedOn!: string | null;

  @Field({ description: 'Flagged unusual when submitted: it goes to the panel whatever it costs (R8).' })
  unusual!: boolean;

  @Field(() => PenceScalar, {
    nullable: true,
    description: 'Annual cost approval was sought for, in whole pence: the weekly budget (final, else indicative) × 52, fixed at submission (R8); null until submitted.',
  })
  annualCostPence!: number | null;

  @Field(() => ApprovalRoute, {
    nullable: true,
    description: 'How approval was sought, chosen at submission from the annual cost and the unusual flag: an individual approver or the panel (R8); null until submitted.',
  })
  approvalRoute!: ApprovalRoute | null;

  @Field(() => String, { nullable: true, description: 'Who approved: the approver’s sign-in (token subject), or "panel"; null until approved (R8).' })
  approvedBy!: string | null;

  @Field(() => PenceScalar, {
    nullable: true,
    description: 'The approver’s annual approval limit when they approved, in whole pence: the approval was within it (R8). Null until approved, and for the panel, which has no limit.',
  })
  approverLimitPence!: number | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Day the plan was approved, YYYY-MM-DD; null until approved (R8).' })
  approvedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Why the plan was returned for changes; cleared when it is proposed again.' })
  returnedReason!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Day the plan was agreed and signed off, YYYY-MM-DD (R9); null until then.' })
  agreedOn!: string | null;

  @Field(() => AgreementParty, { nullable: true, description: 'Who agreed the plan: the person, or their representative for them (R9); null until agreed.' })
  agreedBy!: AgreementParty | null;

  @Field(() => BestInterestsDecisionType, { nullable: true, description: 'When the plan was agreed as a best-interests decision for someone who lacked capacity to agree it: who was consulted and why (R2).' })
  bestInterests!: BestInterestsDecisionType | null;

  @Field(() => AgreementParty, { nullable: true, description: 'For a joint plan: who agreed it for its other person — they themselves, or their representative or a best-interests decision for them (R9, R7, R2); null until agreed, and for a plan of one person.' })
  jointAgreedBy!: AgreementParty | null;

  @Field(() => BestInterestsDecisionType, { nullable: true, description: 'For a joint plan agreed as a best-interests decision for its other person: who was consulted and why (R2).' })
  jointBestInterests!: BestInterestsDecisionType | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Day the plan became active, YYYY-MM-DD; null until then.' })
  activatedOn!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Day the plan was closed, YYYY-MM-DD (R17); null unless closed.' })
  closedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Why the plan was closed, in words: the review’s written reasons, or what happened (R17); null unless closed.' })
  closedReason!: string | null;

  @Field(() => PlanClosureReason, { nullable: true, description: 'Why the plan was closed: after a review, the person’s death or a move to another council (R17); null unless closed (and for plans closed before this was recorded).' })
  closureReason!: PlanClosureReason | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Day the plan was replaced by a plan agreed since (REVISED), YYYY-MM-DD (R9): the day that one was agreed; null unless revised, and for plans revised before this was recorded.' })
  revisedOn!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Day the plan was withdrawn before it was agreed, YYYY-MM-DD (R9): for a death, the date of death; null unless withdrawn.' })
  withdrawnOn!: string | null;

  @Field(() => PlanWithdrawalReason, { nullable: true, description: 'Why the plan was withdrawn before it was agreed (R9); null unless withdrawn.' })
  withdrawalReason!: PlanWithdrawalReason | null;

  @Field(() => String, { nullable: true, description: 'What happened, in words: the practitioner’s, or what the system recorded (a death, a move, the closure of the version it revised); null unless withdrawn.' })
  withdrawalDetails!: string | null;

  @Field(() => String, { nullable: true, description: 'Who withdrew it: their sign-in (token subject), or the service for a withdrawal the system made; null unless withdrawn.' })
  withdrawnBy!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Day the plan came back after a death recorded in error had ended it, YYYY-MM-DD (R17): the day the date of death was removed; null unless so.' })
  reinstatedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'How it had ended and why it came back, in words; null unless reinstated.' })
  reinstatedReason!: string | null;

  @Field({ description: 'Wales: an adult-at-risk enquiry was made, so the plan must record its conclusion (R5w).' })
  adultAtRiskEnquiry!: boolean;

  @Field(() => String, { nullable: true, description: 'Wales: the conclusion of the adult-at-risk enquiry (R5w); null until written.' })
  adultAtRiskConclusion!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The practitioner responsible for the plan: their sign-in (token subject), who drafted it unless it was handed on; the plan is in their activePlans. Null for plans drafted before this was recorded.',
  })
  responsibleUserId!: string | null;

  @Field(() => Int, { description: 'Edit counter: state it when changing the plan, which bumps it; a stale one is a CONFLICT. Not the plan’s planVersion.' })
  version!: number;
}

export const CareAndSupportPlanConnection = connectionOf(CareAndSupportPlanType, 'CareAndSupportPlan', 'plans', 'in the order the list asked for promises');

@InputType('CreatePlanInput', { description: 'A new draft plan for a person.' })
export class CreatePlanInput {
  @Field(() => ID, { description: 'The person the plan is for (for a carer’s support plan, the carer), in your council.' })
  personId!: string;

  @Field(() => ID, { nullable: true, description: 'The assessment the plan is drawn from; it must be an assessment of the same person.' })
  assessmentId?: string | null;

  @Field(() => PlanKind, { defaultValue: PlanKind.CARE_AND_SUPPORT, description: 'An adult’s care and support plan (the default) or a carer’s support plan.' })
  kind!: PlanKind;

  @Field(() => ID, { nullable: true, description: 'For a joint plan: the other person (usually a carer); both must have given standing consent to a joint plan (R7).' })
  jointPersonId?: string | null;
}
