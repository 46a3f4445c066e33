import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ReviewMethod } from '@careplan/domain';
import { InvolvementInput } from '@careplan/subgraph-kit';

const VERSION = 'The review’s edit counter `version` as you read it; a stale one is a CONFLICT.';

@InputType('StartReviewInput', { description: 'Starts a review the way agreed with the person (R16, R1).' })
export class StartReviewInput {
  @Field(() => ID, { description: 'The review’s id: an open review, and for a requested review, one whose request was accepted (CONFLICT otherwise).' })
  id!: string;

  @Field(() => Int, { description: VERSION })
  version!: number;

  @Field(() => ReviewMethod, { description: 'How the review is carried out.' })
  method!: ReviewMethod;

  @Field({ description: 'True when the person agreed to the review being carried out this way; false is RULE_VIOLATION R16 (R1: the person is involved in their review).' })
  methodAgreedWithPerson!: boolean;
}

/** The R16 answers, the same as recorded and as given; each may be left out and given later. */
@ObjectType()
@InputType()
abstract class ReviewAnswerFields {
  @Field(() => Boolean, { nullable: true, description: 'Whether the person took part in their review (R1); null until recorded.' })
  personInvolved?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Why the person did not take part; needed to complete the review when personInvolved is false (R1). Null until recorded.' })
  personNotInvolvedReason?: string | null;

  @Field(() => String, { nullable: true, description: 'What has changed since the plan was agreed or last reviewed (R16); null until recorded.' })
  whatChanged?: string | null;

  @Field(() => String, { nullable: true, description: 'What is working in the plan (R16); null until recorded.' })
  whatWorks?: string | null;

  @Field(() => String, { nullable: true, description: 'What is not working in the plan (R16); null until recorded.' })
  whatDoesNotWork?: string | null;

  @Field(() => String, { nullable: true, description: 'New outcomes the person wants to achieve (R16); null until recorded.' })
  newOutcomes?: string | null;

  @Field(() => String, { nullable: true, description: 'Whether more support is needed, and what (R16); null until recorded.' })
  moreSupportNeeded?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the personal budget is enough to meet the needs (R16); null until recorded.' })
  budgetEnough?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Why the budget is not enough; needed to complete the review when budgetEnough is false (R16). Null until recorded.' })
  budgetNotes?: string | null;

  @Field(() => String, { nullable: true, description: 'Whether another way of meeting needs, such as a direct payment, would suit the person (R16); null until recorded.' })
  otherWaysOfMeetingNeeds?: string | null;

  @Field(() => String, { nullable: true, description: 'Changes in support from family, friends and community (R16); null until recorded.' })
  socialSupportChanges?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether there is a risk of abuse or neglect (R16); null until recorded.' })
  riskOfAbuseOrNeglect?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'What the risk is and what is being done about it; needed to complete the review when riskOfAbuseOrNeglect is true (R16). Null until recorded.',
  })
  riskNotes?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether everyone involved is content with the plan (R16); null until recorded.' })
  everyoneContent?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Who is not content with the plan, and why; needed to complete the review when everyoneContent is false (R16). Null until recorded.' })
  contentNotes?: string | null;
}

@ObjectType('ReviewContent', {
  description: 'What a review found (R16), and whether the person took part (R1), as recorded so far. The review cannot be completed until every question is answered: contentMissing lists what is left.',
})
export class ReviewContentType extends ReviewAnswerFields {}

@InputType('RecordReviewContentInput', {
  description:
    'What a review in progress found (R16, R1), recorded as it goes. Answers left out stay as recorded; null or a blank answer clears one. Text answers are at most 4000 characters (BAD_USER_INPUT otherwise).',
})
export class RecordReviewContentInput extends ReviewAnswerFields {
  @Field(() => ID, { description: 'The review’s id; it must be IN_PROGRESS (CONFLICT otherwise).' })
  id!: string;

  @Field(() => Int, { description: VERSION })
  version!: number;

  @Field(() => [InvolvementInput], { nullable: true, description: 'Who took part, how and when (R1); when given, it replaces the whole list; left out, the list stays as recorded.' })
  involved?: InvolvementInput[] | null;
}

@ObjectType('MissingReviewItem', { description: 'Something R16 (or R1) asks a review to record that it does not yet; the review cannot be completed until none is left.' })
export class MissingReviewItemType {
  @Field({ description: 'The rule and the item, e.g. "R16 budget" or "R1 who took part"; the RULE_VIOLATION on completing names the same ids.' })
  id!: string;

  @Field({ description: 'What is missing, in plain words, e.g. "whether the personal budget is enough, and if not, why not".' })
  label!: string;
}
