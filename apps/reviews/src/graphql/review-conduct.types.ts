import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ReviewMethod } from '@careplan/domain';
import { InvolvementInput } from '@careplan/subgraph-kit';

@InputType('StartReviewInput', { description: 'R16 (R1): starts a review the way agreed with the person.' })
export class StartReviewInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => ReviewMethod)
  method!: ReviewMethod;

  @Field({ description: 'The person agreed to the review being carried out this way.' })
  methodAgreedWithPerson!: boolean;
}

/** The R16 answers, the same as recorded and as given; each may be left out and given later. */
@ObjectType()
@InputType()
abstract class ReviewAnswerFields {
  @Field(() => Boolean, { nullable: true, description: 'R1: the person took part in their review.' })
  personInvolved?: boolean | null;

  @Field(() => String, { nullable: true, description: 'R1: why the person did not take part.' })
  personNotInvolvedReason?: string | null;

  @Field(() => String, { nullable: true, description: 'What has changed since the plan was agreed or last reviewed.' })
  whatChanged?: string | null;

  @Field(() => String, { nullable: true, description: 'What is working.' })
  whatWorks?: string | null;

  @Field(() => String, { nullable: true, description: 'What is not working.' })
  whatDoesNotWork?: string | null;

  @Field(() => String, { nullable: true, description: 'New outcomes the person wants to achieve.' })
  newOutcomes?: string | null;

  @Field(() => String, { nullable: true, description: 'Whether more support is needed, and what.' })
  moreSupportNeeded?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'The personal budget is enough to meet the needs.' })
  budgetEnough?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Why the budget is not enough (required when it is not).' })
  budgetNotes?: string | null;

  @Field(() => String, { nullable: true, description: 'Whether another way of meeting needs, such as a direct payment, would suit.' })
  otherWaysOfMeetingNeeds?: string | null;

  @Field(() => String, { nullable: true, description: 'Changes in support from family, friends and community.' })
  socialSupportChanges?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'There is a risk of abuse or neglect.' })
  riskOfAbuseOrNeglect?: boolean | null;

  @Field(() => String, { nullable: true, description: 'What the risk is and what is being done (required when there is one).' })
  riskNotes?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Everyone involved is content with the plan.' })
  everyoneContent?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Who is not content, and why (required when someone is not).' })
  contentNotes?: string | null;
}

@ObjectType('ReviewContent', { description: 'R16: what the review found, and whether the person took part (R1).' })
export class ReviewContentType extends ReviewAnswerFields {}

@InputType('RecordReviewContentInput', { description: 'R16, R1: what the review found; answers left out stay as recorded.' })
export class RecordReviewContentInput extends ReviewAnswerFields {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => [InvolvementInput], { nullable: true, description: 'Who took part, how and when (R1); replaces the record when given.' })
  involved?: InvolvementInput[] | null;
}

@ObjectType('MissingReviewItem', { description: 'Something R16 (or R1) asks a review to record that it does not yet.' })
export class MissingReviewItemType {
  @Field()
  id!: string;

  @Field()
  label!: string;
}
