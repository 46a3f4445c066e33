import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AssessmentKind, AssessmentStatus } from '@careplan/domain';

registerEnumType(AssessmentKind, { name: 'AssessmentKind', description: 'Needs assessment (adult), carer’s assessment, or joint.' });
registerEnumType(AssessmentStatus, { name: 'AssessmentStatus' });

/** The people subgraph's Person, to which this subgraph adds `assessments`. */
@ObjectType('Person')
@Directive('@key(fields: "id")')
export class PersonRef {
  @Field(() => ID)
  id!: string;
}

@ObjectType('NeedsAssessment', { description: 'An assessment of an adult’s needs for care and support, or of a carer’s needs.' })
@Directive('@key(fields: "id")')
export class NeedsAssessmentType {
  @Field(() => ID)
  id!: string;

  @Field(() => PersonRef)
  person!: PersonRef;

  @Field(() => AssessmentKind)
  kind!: AssessmentKind;

  @Field(() => AssessmentStatus)
  status!: AssessmentStatus;

  @Field({ description: 'YYYY-MM-DD' })
  requestedOn!: string;

  @Field(() => Int)
  version!: number;
}

@InputType('CreateAssessmentInput')
export class CreateAssessmentInput {
  @Field(() => ID)
  personId!: string;

  @Field(() => AssessmentKind, { defaultValue: AssessmentKind.NEEDS })
  kind!: AssessmentKind;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; defaults to today.' })
  requestedOn?: string | null;
}
