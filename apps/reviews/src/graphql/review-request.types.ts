import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { RequestDecision, ReviewLetterKind, ReviewRequester, UnplannedTrigger } from '@careplan/domain';
import { IssuedLetterFields, LocalDateScalar } from '@careplan/subgraph-kit';

registerEnumType(ReviewRequester, {
  name: 'ReviewRequester',
  description: 'Who asked for a review (R15).',
  valuesConfig: {
    PERSON: { description: 'The person themself.' },
    CARER: { description: 'An unpaid carer of the person, recorded as current on the person’s record.' },
    ADVOCATE: { description: 'An independent advocate of the person, recorded as current on the person’s record.' },
  },
});
registerEnumType(RequestDecision, {
  name: 'RequestDecision',
  description: 'Where a request for a review stands (R15).',
  valuesConfig: {
    PENDING: { description: 'Recorded and not yet decided; the review cannot start until it is.' },
    ACCEPTED: { description: 'Accepted: the review goes ahead, due on the day set on acceptance (by default 28 days after the request).' },
    REFUSED: { description: 'Refused with written reasons, sent to the person as a letter; the review is REFUSED.' },
  },
});
registerEnumType(ReviewLetterKind, {
  name: 'ReviewLetterKind',
  description: 'Why a letter about a review was sent.',
  valuesConfig: {
    REQUEST_REFUSED: { description: 'The written reasons for refusing a requested review (R15).' },
  },
});

const VERSION = 'The review’s edit counter `version` as you read it; a stale one is a CONFLICT.';
const PLAN_IN_FORCE = 'The plan to review: a plan in force (agreed, active or under review) that you can see in your council (BAD_USER_INPUT otherwise).';

@InputType('RequestUnplannedReviewInput', { description: 'A review after a change in the person’s circumstances (R14).' })
export class RequestUnplannedReviewInput {
  @Field(() => ID, { description: PLAN_IN_FORCE })
  planId!: string;

  @Field(() => UnplannedTrigger, { description: 'The change the review follows.' })
  trigger!: UnplannedTrigger;

  @Field(() => String, { nullable: true, description: 'What changed, at most 4000 characters; required when the trigger is OTHER.' })
  details?: string | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'The day it is due, YYYY-MM-DD (Europe/London), from today to 3 months ahead; 14 days from today when left out. Set an earlier day when the change is urgent.',
  })
  dueDate?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The person whose recorded death prompted the review (the worker sets it): should that date of death be removed as recorded in error, the review is cancelled unless it has started. Kept only by the review this request opens; an open review of the trigger asked for again for another reason (or another death) lets it go, as it then answers more than that death.',
  })
  promptedByDeathOf?: string | null;
}

@InputType('RecordReviewRequestInput', { description: 'A request for a review by the person, a carer or an advocate (R15).' })
export class RecordReviewRequestInput {
  @Field(() => ID, { description: PLAN_IN_FORCE })
  planId!: string;

  @Field(() => ReviewRequester, { description: 'Who asked. A carer or advocate must be recorded as current on the person’s record (BAD_USER_INPUT otherwise).' })
  requestedBy!: ReviewRequester;

  @Field(() => String, {
    nullable: true,
    description: 'The carer or advocate who asked, as named on the person’s record; needed only when the person has more than one of that kind. Leave out when the person asked.',
  })
  requesterName?: string | null;

  @Field(() => LocalDateScalar, { description: 'The day the request was made, YYYY-MM-DD (Europe/London); not in the future. The review is due 28 days after it unless the decision sets another day.' })
  requestedOn!: string;

  @Field({ description: 'What was asked for, and why; at most 4000 characters.' })
  details!: string;
}

@InputType('DecideReviewRequestInput', { description: 'The decision on a pending request for a review (R15): accept it, optionally setting when it is due, or refuse it with written reasons.' })
export class DecideReviewRequestInput {
  @Field(() => ID, { description: 'The requested review’s id (BAD_USER_INPUT for another kind); its request must still be PENDING (CONFLICT otherwise).' })
  id!: string;

  @Field(() => Int, { description: VERSION })
  version!: number;

  @Field({ description: 'True accepts the request; false refuses it.' })
  accept!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Why. Required to refuse, at least 20 characters (RULE_VIOLATION R15 otherwise), and sent to the person as a letter; optional on acceptance. At most 4000 characters.',
  })
  reasons?: string | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description:
      'On acceptance only: the day the review is due, YYYY-MM-DD (Europe/London), from today to 3 months ahead; left out, 28 days after the request, however late it is decided. With a refusal, BAD_USER_INPUT.',
  })
  dueDate?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'On refusal only: at the person’s request, copy the letter to their independent advocate; BAD_USER_INPUT when none is recorded, or with an acceptance.',
  })
  copyToAdvocate?: boolean | null;
}

@ObjectType('ReviewRequest', { description: 'A request for a review (R15): who asked, when, and the decision.' })
export class ReviewRequestType {
  @Field(() => ReviewRequester, { description: 'Who asked: the person, a carer or an advocate.' })
  requestedBy!: ReviewRequester;

  @Field(() => String, { nullable: true, description: 'The carer or advocate who asked, as named on the person’s record; null when the person asked.' })
  requesterName!: string | null;

  @Field(() => LocalDateScalar, { description: 'The day the request was made, YYYY-MM-DD (Europe/London).' })
  requestedOn!: string;

  @Field(() => RequestDecision, { description: 'Whether the request is pending, accepted or refused.' })
  decision!: RequestDecision;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The day it was decided, YYYY-MM-DD (Europe/London); null while pending.' })
  decidedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Who decided: their sign-in (token subject); null while pending.' })
  decidedBy!: string | null;

  @Field(() => String, { nullable: true, description: 'The reasons given: always for a refusal (sent to the person), optionally on acceptance; null when none were given.' })
  reasons!: string | null;
}

@ObjectType('ReviewLetter', { description: 'A letter about a review, as issued in the person’s format (R2b): the written reasons for refusing a requested review (R15).' })
export class ReviewLetterType extends IssuedLetterFields {
  @Field(() => ReviewLetterKind, { description: 'Why the letter was sent.' })
  kind!: ReviewLetterKind;
}
