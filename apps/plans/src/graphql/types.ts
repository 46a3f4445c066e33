import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PlanKind, PlanStatus } from '@careplan/domain';

registerEnumType(PlanKind, { name: 'PlanKind', description: 'A care and support plan (adult) or a support plan (carer).' });
registerEnumType(PlanStatus, { name: 'PlanStatus' });

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

@ObjectType('CareAndSupportPlan', { description: 'How the council and the person agreed the person’s needs will be met.' })
@Directive('@key(fields: "id")')
export class CareAndSupportPlanType {
  @Field(() => ID)
  id!: string;

  @Field(() => PersonRef)
  person!: PersonRef;

  @Field(() => NeedsAssessmentRef, { nullable: true, description: 'The assessment the plan meets needs from.' })
  assessment!: NeedsAssessmentRef | null;

  @Field(() => PlanKind)
  kind!: PlanKind;

  @Field(() => PlanStatus)
  status!: PlanStatus;

  @Field(() => Int)
  version!: number;
}

@InputType('CreatePlanInput')
export class CreatePlanInput {
  @Field(() => ID)
  personId!: string;

  @Field(() => ID, { nullable: true, description: 'The person’s assessment the plan is drawn from.' })
  assessmentId?: string | null;

  @Field(() => PlanKind, { defaultValue: PlanKind.CARE_AND_SUPPORT })
  kind!: PlanKind;
}
