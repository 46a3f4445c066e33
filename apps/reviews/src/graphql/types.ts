import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ReviewKind, ReviewOutcome, ReviewStatus } from '@careplan/domain';
import { PageInfo } from '@careplan/subgraph-kit';

export enum ScheduleAfter {
  SIGN_OFF = 'SIGN_OFF',
  REVIEW = 'REVIEW',
}

registerEnumType(ReviewKind, { name: 'ReviewKind', description: 'Planned (R13), unplanned (R14), requested (R15) or a direct payment review (R12a).' });
registerEnumType(ReviewOutcome, { name: 'ReviewOutcome', description: 'R17: England no change / revise / close; Wales confirm / revise / close.' });
registerEnumType(ScheduleAfter, { name: 'ScheduleAfter' });
registerEnumType(ReviewStatus, { name: 'ReviewStatus', description: 'Derived from the due date and today in Europe/London (R18).' });

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
