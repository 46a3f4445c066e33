import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ReviewKind, ReviewMethod, ReviewOutcome, ReviewStatus, UnplannedTrigger } from '@careplan/domain';
import { InvolvementType, PageInfo, LocalDateScalar } from '@careplan/subgraph-kit';
import { ReviewContentType } from './review-conduct.types';

export enum ScheduleAfter {
  SIGN_OFF = 'SIGN_OFF',
  REVIEW = 'REVIEW',
}

registerEnumType(ReviewKind, {
  name: 'ReviewKind',
  description: 'Why a review is held: planned (R13), after a change (R14), asked for (R15), or of a direct payment (R12a).',
  valuesConfig: {
    PLANNED: {
      description: 'A planned review (R13): the first a few weeks after sign-off (the council’s firstReviewWeeks, default 8), then at least every 12 months, or more often where the plan agrees.',
    },
    UNPLANNED: { description: 'An unplanned review after a change, such as a hospital admission or a safeguarding concern (R14); see trigger and details.' },
    REQUESTED: { description: 'A review asked for by the person, a carer or an advocate (R15); see request. It cannot start until the request is accepted.' },
    DIRECT_PAYMENT: { description: 'A review of the direct-payment arrangement, due 6 months after the first payment (R12a).' },
  },
});
registerEnumType(ReviewOutcome, {
  name: 'ReviewOutcome',
  description:
    'What a completed review concluded (R17). England uses NO_CHANGE, REVISE and CLOSE; Wales uses CONFIRM, REVISE and CLOSE. The council’s nation decides; the other nation’s value is BAD_USER_INPUT.',
  valuesConfig: {
    NO_CHANGE: { description: 'England: the plan continues as it is. After a planned review, the next planned review is scheduled (R13).' },
    CONFIRM: { description: 'Wales: the plan is confirmed as it is. After a planned review, the next planned review is scheduled (R13).' },
    REVISE: {
      description:
        'The plan is to be revised: the review links the new plan version and, where needs changed, the reassessment (R17); any cut to the budget needs that reassessment (R12). The new version gets its own first review when signed off.',
    },
    CLOSE: {
      description: 'The plan is to be closed: the review records written reasons and information about other help, and in Wales a closure statement evaluating how far the outcomes were achieved (R17).',
    },
  },
});
registerEnumType(ScheduleAfter, {
  name: 'ScheduleAfter',
  description: 'What a planned review is scheduled after (R13).',
  valuesConfig: {
    SIGN_OFF: { description: 'The plan was agreed and signed off: the first planned review is due the council’s firstReviewWeeks (default 8) weeks later.' },
    REVIEW: {
      description:
        'A planned review was completed: the next is due after the plan’s agreed review frequency when that is shorter than the council’s longest gap, else after that gap (at most 12 months).',
    },
  },
});
registerEnumType(ReviewStatus, {
  name: 'ReviewStatus',
  description: 'Where a review stands today (Europe/London), worked out from its state and due date whenever it is read, so it never goes stale.',
  valuesConfig: {
    SCHEDULED: { description: 'Not started; due more than 28 days from today.' },
    DUE_SOON: { description: 'Not started; due within the next 28 days.' },
    DUE: { description: 'Not started; due today.' },
    OVERDUE: { description: 'Not started; its due date has passed.' },
    IN_PROGRESS: { description: 'Started and not yet completed, whatever its due date.' },
    COMPLETED: { description: 'Completed with an outcome (R17).' },
    REFUSED: { description: 'A requested review whose request was refused with written reasons (R15).' },
    CANCELLED: { description: 'Cancelled before it was completed, e.g. because its plan was closed or replaced by an agreed revision.' },
  },
});
registerEnumType(UnplannedTrigger, {
  name: 'UnplannedTrigger',
  description: 'The change an unplanned review follows (R14).',
  valuesConfig: {
    HOSPITAL_ADMISSION: { description: 'The person was admitted to hospital.' },
    CARER_CHANGE: { description: 'A change in who cares for the person unpaid, or in whether their carer is willing and able to go on caring.' },
    SAFEGUARDING_CONCERN: { description: 'A safeguarding concern was raised: a risk of abuse or neglect.' },
    PROVIDER_FAILURE: { description: 'A provider of the person’s support failed or stopped providing it.' },
    CHANGE_IN_NEED_REPORTED: { description: 'Someone reported that the person’s needs have changed.' },
    OTHER: { description: 'Another change; details must say what changed.' },
  },
});
registerEnumType(ReviewMethod, {
  name: 'ReviewMethod',
  description: 'How a review is carried out, as agreed with the person (R16, R1).',
  valuesConfig: {
    FACE_TO_FACE: { description: 'Face to face, in person.' },
    PHONE: { description: 'By phone.' },
    VIDEO: { description: 'By video call.' },
    SUPPORTED_SELF_REVIEW: { description: 'The person reviews their own plan, with support.' },
  },
});

/** The people subgraph's Person, to which this subgraph adds `reviews`. */
@ObjectType('Person')
@Directive('@key(fields: "id")')
export class PersonRef {
  @Field(() => ID)
  id!: string;
}

/** The plans subgraph's plan, to which this subgraph adds `reviews` and `nextReview`. */
@ObjectType('CareAndSupportPlan')
@Directive('@key(fields: "id")')
export class PlanRef {
  @Field(() => ID)
  id!: string;
}

/** The assessments subgraph's assessment: a revision's reassessment (R17). */
@ObjectType('NeedsAssessment')
@Directive('@key(fields: "id")')
export class AssessmentRef {
  @Field(() => ID)
  id!: string;
}

const VERSION = 'The review’s edit counter `version` as you read it; a stale one is a CONFLICT.';
const IN_COUNCIL = 'The plan to review: a plan version you can see in your council (BAD_USER_INPUT otherwise).';

@ObjectType('Review', {
  description: 'A review of a care and support plan, or of its direct-payment arrangement (R12a, R13 to R17): when it is due, how it is carried out, who took part, what it found and its outcome.',
})
@Directive('@key(fields: "id")')
export class ReviewType {
  @Field(() => ID, { description: 'The review’s id.' })
  id!: string;

  @Field(() => PlanRef, { description: 'The plan version under review.' })
  plan!: PlanRef;

  @Field(() => ReviewKind, { description: 'Why the review is held: planned, unplanned, requested or of a direct payment.' })
  kind!: ReviewKind;

  @Field(() => LocalDateScalar, {
    description:
      'The day the review is due, YYYY-MM-DD (Europe/London). For a requested review, 28 days after the request until the request is decided; accepting it may set another day.',
  })
  dueDate!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The day the review was completed, YYYY-MM-DD (Europe/London); null unless completed.' })
  completedOn!: string | null;

  @Field(() => ReviewOutcome, { nullable: true, description: 'What the review concluded (R17); null unless completed.' })
  outcome!: ReviewOutcome | null;

  @Field(() => ReviewStatus, { description: 'Where the review stands today, from its state and due date.' })
  status!: ReviewStatus;

  @Field(() => PlanRef, { nullable: true, description: 'REVISE: the new version of the plan the review linked, a revision of the plan reviewed (R17); null for other outcomes.' })
  newPlan!: PlanRef | null;

  @Field(() => AssessmentRef, { nullable: true, description: 'REVISE: the reassessment of the person’s needs the review linked (R17); null when none was, and for other outcomes.' })
  reassessment!: AssessmentRef | null;

  @Field(() => Boolean, { nullable: true, description: 'REVISE: whether the person’s needs had changed (R17); null for other outcomes.' })
  needsChanged!: boolean | null;

  @Field(() => String, { nullable: true, description: 'CLOSE: the written reasons for closing the plan (R17); null for other outcomes.' })
  closureReasons!: string | null;

  @Field(() => String, { nullable: true, description: 'CLOSE: the information about other help available to the person (R17); null for other outcomes.' })
  otherHelp!: string | null;

  @Field(() => String, { nullable: true, description: 'CLOSE in Wales: the statement evaluating how far the person’s outcomes were achieved (R17); null otherwise.' })
  closureStatement!: string | null;

  @Field(() => UnplannedTrigger, { nullable: true, description: 'For an unplanned review, the change it follows (R14); null for other kinds.' })
  trigger!: UnplannedTrigger | null;

  @Field(() => String, {
    nullable: true,
    description: 'What prompted the review: what changed (R14) or what was asked for and why (R15); null for planned and direct-payment reviews, and when none was given.',
  })
  details!: string | null;

  @Field(() => PersonRef, {
    nullable: true,
    description: 'For an unplanned review a death prompted (R14), the person who died (a carer, or the other person of a joint plan): should that date of death be removed as recorded in error, the review is cancelled unless started. Null otherwise, and once another change asks for the review too.',
  })
  promptedByDeathOf!: PersonRef | null;

  @Field(() => ReviewMethod, { nullable: true, description: 'How the review is carried out, as agreed with the person (R16); null until it is started.' })
  method!: ReviewMethod | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The day the review was started, YYYY-MM-DD (Europe/London); null until started.' })
  startedOn!: string | null;

  @Field(() => [InvolvementType], { description: 'Who took part in the review, how and when (R1); empty until recorded.' })
  involved!: InvolvementType[];

  @Field(() => ReviewContentType, { nullable: true, description: 'What the review found, as recorded so far (R16); null until anything is recorded.' })
  content!: ReviewContentType | null;

  @Field(() => Int, { description: 'Edit counter: state it when changing the review, which bumps it; a stale one is a CONFLICT.' })
  version!: number;
}

@InputType('ScheduleReviewInput', { description: 'A planned or direct-payment review to schedule on a day you choose.' })
export class ScheduleReviewInput {
  @Field(() => ID, { description: IN_COUNCIL })
  planId!: string;

  @Field(() => LocalDateScalar, { description: 'The day it is due, YYYY-MM-DD (Europe/London): today or later.' })
  dueDate!: string;

  @Field(() => ReviewKind, {
    defaultValue: ReviewKind.PLANNED,
    description: 'PLANNED (the default) or DIRECT_PAYMENT. UNPLANNED and REQUESTED are BAD_USER_INPUT here: use requestUnplannedReview or recordReviewRequest.',
  })
  kind!: ReviewKind;
}

@InputType('CompleteReviewInput', { description: 'The outcome of a review in progress, with what that outcome must record (R17).' })
export class CompleteReviewInput {
  @Field(() => ID, { description: 'The review’s id; it must be IN_PROGRESS (CONFLICT otherwise).' })
  id!: string;

  @Field(() => Int, { description: VERSION })
  version!: number;

  @Field(() => ReviewOutcome, { description: 'NO_CHANGE, REVISE or CLOSE in England; CONFIRM, REVISE or CLOSE in Wales (your council’s nation).' })
  outcome!: ReviewOutcome;

  @Field(() => ID, { nullable: true, description: 'REVISE: the reassessment of the person’s needs; required when needsChanged is true (RULE_VIOLATION R17 otherwise).' })
  reassessmentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'REVISE: the new version of the plan; required for REVISE (RULE_VIOLATION R17 otherwise).' })
  newPlanId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'REVISE: whether the person’s needs changed; if so, the reassessment must be linked (R17).' })
  needsChanged?: boolean | null;

  @Field(() => String, { nullable: true, description: 'CLOSE: the written reasons for closing the plan, at least 20 characters (RULE_VIOLATION R17 otherwise).' })
  closureReasons?: string | null;

  @Field(() => String, { nullable: true, description: 'CLOSE: information about other help available to the person, at least 20 characters (RULE_VIOLATION R17 otherwise).' })
  otherHelp?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'CLOSE in Wales: a statement evaluating how far the person’s outcomes were achieved, at least 20 characters (RULE_VIOLATION R17 otherwise); not needed in England.',
  })
  closureStatement?: string | null;
}

@ObjectType('ReviewEdge', { description: 'One review in a page of reviews.' })
export class ReviewEdge {
  @Field({ description: 'This review’s place in the list: pass it as `after` to continue after it.' })
  cursor!: string;

  @Field(() => ReviewType, { description: 'The review.' })
  node!: ReviewType;
}

@ObjectType('ReviewConnection', { description: 'A page of open reviews, earliest due first.' })
export class ReviewConnection {
  @Field(() => [ReviewEdge], { description: 'The reviews on this page, each with its cursor.' })
  edges!: ReviewEdge[];

  @Field(() => PageInfo, { description: 'Whether more reviews follow, and the cursor to ask for them.' })
  pageInfo!: PageInfo;
}

@ObjectType('ReviewCount', { description: 'How many of your council’s open reviews are in one status today.' })
export class ReviewCountType {
  @Field(() => ReviewStatus, { description: 'The status: SCHEDULED, DUE_SOON, DUE, OVERDUE or IN_PROGRESS.' })
  status!: ReviewStatus;

  @Field(() => Int, { description: 'How many open reviews are in it; at least 1, as statuses with none are left out.' })
  count!: number;
}

/** A review scheduled once per key, for a plan. */
@InputType()
abstract class ScheduleOnceInput {
  @Field(() => ID, { description: 'The plan to review: a plan version you can see in your council (BAD_USER_INPUT otherwise).' })
  planId!: string;

  @Field({ description: 'A key unique to what prompted it, e.g. the event id: a review already scheduled under this key is returned as it is.' })
  key!: string;
}

@InputType('SchedulePlannedReviewInput', { description: 'The next planned review of a plan to schedule (R13), after its sign-off or a completed review.' })
export class SchedulePlannedReviewInput extends ScheduleOnceInput {
  @Field(() => ScheduleAfter, { description: 'Whether it follows the plan’s sign-off or a completed planned review.' })
  after!: ScheduleAfter;

  @Field(() => LocalDateScalar, { description: 'The day of the sign-off or of the completed review, YYYY-MM-DD (Europe/London).' })
  on!: string;
}

@InputType('ScheduleDirectPaymentReviewInput', { description: 'The first review of a plan’s direct-payment arrangement to schedule (R12a).' })
export class ScheduleDirectPaymentReviewInput extends ScheduleOnceInput {
  @Field(() => LocalDateScalar, { description: 'The day of the first direct payment, YYYY-MM-DD (Europe/London).' })
  firstPaymentOn!: string;
}

@InputType('ScheduleNextDirectPaymentReviewInput', { description: 'The next review of a plan’s direct-payment arrangement to schedule (R12a).' })
export class ScheduleNextDirectPaymentReviewInput extends ScheduleOnceInput {
  @Field(() => LocalDateScalar, { description: 'The day the last direct-payment review was completed, YYYY-MM-DD (Europe/London).' })
  completedOn!: string;
}

@InputType('CancelOpenReviewsInput', { description: 'A plan that has ended, whose reviews not yet completed are cancelled.' })
export class CancelOpenReviewsInput {
  @Field(() => ID, { description: 'The plan whose reviews are cancelled.' })
  planId!: string;

  @Field({ description: 'Why, e.g. "the plan was closed"; kept with each cancelled review.' })
  reason!: string;
}

@InputType('WithdrawReviewsPromptedByDeathInput', { description: 'A person whose date of death was removed as recorded in error.' })
export class WithdrawReviewsPromptedByDeathInput {
  @Field(() => ID, { description: 'The person whose recorded death prompted the reviews.' })
  personId!: string;
}

@InputType('ReinstateReviewsOfPlanInput', { description: 'A plan back in force after a death recorded in error had closed it, whose cancelled reviews come back.' })
export class ReinstateReviewsOfPlanInput {
  @Field(() => ID, { description: 'The plan reinstated.' })
  planId!: string;
}
