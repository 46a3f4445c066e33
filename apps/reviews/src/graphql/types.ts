import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ReviewKind, ReviewStatus } from '@careplan/domain';

registerEnumType(ReviewKind, { name: 'ReviewKind', description: 'Planned (R13), unplanned (R14), requested (R15) or a direct payment review (R12a).' });
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
