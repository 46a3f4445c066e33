import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ReviewKind, ReviewMethod, ReviewOutcome, ReviewStatus, UnplannedTrigger } from '@careplan/domain';
import { InvolvementType, PageInfo } from '@careplan/subgraph-kit';
import { ReviewContentType } from './review-conduct.types';

export enum ScheduleAfter {
  SIGN_OFF = 'SIGN_OFF',
  REVIEW = 'REVIEW',
}

registerEnumType(ReviewKind, { name: 'ReviewKind', description: 'Planned (R13), unplanned (R14), requested (R15) or a direct payment review (R12a).' });
registerEnumType(ReviewOutcome, { name: 'ReviewOutcome', description: 'R17: England no change / revise / close; Wales confirm / revise / close.' });
registerEnumType(ScheduleAfter, { name: 'ScheduleAfter' });
registerEnumType(ReviewStatus, { name: 'ReviewStatus', description: 'Derived from the due date and today in Europe/London (R18).' });
registerEnumType(UnplannedTrigger, { name: 'UnplannedTrigger', description: 'R14: the change an unplanned review follows.' });
registerEnumType(ReviewMethod, { name: 'ReviewMethod', description: 'R16: how a review is carried out, as agreed with the person.' });

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

@ObjectType('Review', { description: 'A review of a plan or of a direct payment arrangement.' })
@Directive('@key(fields: "id")')
export class ReviewType {
  @Field(() => ID)
  id!: string;

  @Field(() => PlanRef)
  plan!: PlanRef;

  @Field(() => ReviewKind)
  kind!: ReviewKind;

  @Field({ description: 'YYYY-MM-DD' })
  dueDate!: string;

  @Field(() => String, { nullable: true })
  completedOn!: string | null;

  @Field(() => ReviewOutcome, { nullable: true })
  outcome!: ReviewOutcome | null;

  @Field(() => ReviewStatus)
  status!: ReviewStatus;

  @Field(() => UnplannedTrigger, { nullable: true, description: 'R14: the change an unplanned review follows.' })
  trigger!: UnplannedTrigger | null;

  @Field(() => String, { nullable: true, description: 'What prompted the review: the change (R14) or what was asked for (R15).' })
  details!: string | null;

  @Field(() => ReviewMethod, { nullable: true })
  method!: ReviewMethod | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  startedOn!: string | null;

  @Field(() => [InvolvementType], { description: 'Who took part in the review, how and when (R1).' })
  involved!: InvolvementType[];

  @Field(() => ReviewContentType, { nullable: true, description: 'R16: what the review found, as recorded so far.' })
  content!: ReviewContentType | null;

  @Field(() => Int)
  version!: number;
}

@InputType('ScheduleReviewInput')
export class ScheduleReviewInput {
  @Field(() => ID)
  planId!: string;

  @Field({ description: 'YYYY-MM-DD, today or later.' })
  dueDate!: string;

  @Field(() => ReviewKind, { defaultValue: ReviewKind.PLANNED })
  kind!: ReviewKind;
}

@InputType('CompleteReviewInput', { description: 'R17: the outcome and what it must record.' })
export class CompleteReviewInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => ReviewOutcome)
  outcome!: ReviewOutcome;

  @Field(() => ID, { nullable: true })
  reassessmentId?: string | null;

  @Field(() => ID, { nullable: true })
  newPlanId?: string | null;

  @Field(() => Boolean, { nullable: true })
  needsChanged?: boolean | null;

  @Field(() => String, { nullable: true })
  closureReasons?: string | null;

  @Field(() => String, { nullable: true })
  otherHelp?: string | null;

  @Field(() => String, { nullable: true, description: 'Wales: evaluation of the outcomes achieved.' })
  closureStatement?: string | null;
}

@ObjectType('ReviewEdge')
export class ReviewEdge {
  @Field()
  cursor!: string;

  @Field(() => ReviewType)
  node!: ReviewType;
}

@ObjectType('ReviewConnection')
export class ReviewConnection {
  @Field(() => [ReviewEdge])
  edges!: ReviewEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@ObjectType('ReviewCount')
export class ReviewCountType {
  @Field(() => ReviewStatus)
  status!: ReviewStatus;

  @Field(() => Int)
  count!: number;
}
