import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { InvolvementInput, InvolvementType, IssuedLetterFields } from '@careplan/subgraph-kit';
import {
  AssessmentEventOutcome,
  AssessmentKind,
  AssessmentMethod,
  AssessmentStatus,
  DecisionLetterKind,
  EligibilityFramework,
  UnableReason,
} from '@careplan/domain';

registerEnumType(AssessmentKind, { name: 'AssessmentKind', description: 'Needs assessment (adult), carer’s assessment, or joint.' });
registerEnumType(AssessmentStatus, { name: 'AssessmentStatus' });
registerEnumType(AssessmentMethod, { name: 'AssessmentMethod', description: 'How the assessment was carried out (CLD).' });
registerEnumType(AssessmentEventOutcome, { name: 'AssessmentEventOutcome', description: 'What follows the assessment (CLD event outcome).' });
registerEnumType(UnableReason, { name: 'UnableReason', description: 'Why an outcome cannot be achieved (England, R3a/R3b).' });
registerEnumType(EligibilityFramework, { name: 'EligibilityFramework', description: 'Which criteria applied: England adult (R3a) or carer (R3b), or Wales (R3c).' });
registerEnumType(DecisionLetterKind, { name: 'DecisionLetterKind' });

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

  @Field(() => String, { nullable: true })
  startedOn!: string | null;

  @Field(() => String, { nullable: true })
  completedOn!: string | null;

  @Field(() => String, { nullable: true })
  withdrawnOn!: string | null;

  @Field(() => String, { nullable: true })
  withdrawnReason!: string | null;

  @Field(() => ID, { nullable: true, description: 'The assessor’s practitioner record.' })
  assessorPractitionerId!: string | null;

  @Field(() => AssessmentMethod, { nullable: true })
  method!: AssessmentMethod | null;

  @Field(() => [InvolvementType], { description: 'Who took part, how and when (R1).' })
  involved!: InvolvementType[];

  @Field(() => AssessmentEventOutcome, { nullable: true })
  eventOutcome!: AssessmentEventOutcome | null;

  @Field(() => PersonRef, { nullable: true, description: 'The other person of a joint assessment.' })
  jointPerson!: PersonRef | null;

  @Field(() => Int)
  version!: number;
}

@ObjectType('Need', { description: 'A need recorded in an assessment, with the facts eligibility turns on.' })
export class NeedType {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Outcome code (England) or need area (Wales).' })
  outcome!: string;

  @Field(() => [UnableReason])
  unableReasons!: UnableReason[];

  @Field(() => Boolean, { nullable: true, description: 'Wales (c).' })
  cannotMeetAlone!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Wales (d), “can and can only”.' })
  onlyWithCouncilHelp!: boolean | null;

  @Field({ description: 'In the person’s own words.' })
  inOwnWords!: string;

  @Field()
  fluctuates!: boolean;

  @Field(() => String, { nullable: true })
  observedOver!: string | null;

  @Field({ description: 'R3d: a willing and able carer meets it now.' })
  metByCarer!: boolean;

  @Field()
  metByOtherService!: boolean;

  @Field(() => String, { nullable: true })
  otherService!: string | null;

  @Field(() => Int)
  version!: number;
}

@InputType()
class NeedFieldsInput {
  @Field()
  outcome!: string;

  @Field(() => [UnableReason], { nullable: true })
  unableReasons?: UnableReason[] | null;

  @Field(() => Boolean, { nullable: true })
  cannotMeetAlone?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  onlyWithCouncilHelp?: boolean | null;

  @Field()
  inOwnWords!: string;

  @Field(() => Boolean, { nullable: true })
  fluctuates?: boolean | null;

  @Field(() => String, { nullable: true })
  observedOver?: string | null;

  @Field(() => Boolean, { nullable: true })
  metByCarer?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  metByOtherService?: boolean | null;

  @Field(() => String, { nullable: true })
  otherService?: string | null;
}

@InputType('RecordNeedInput')
export class RecordNeedInput extends NeedFieldsInput {
  @Field(() => ID)
  assessmentId!: string;
}

@InputType('UpdateNeedInput')
export class UpdateNeedInput extends NeedFieldsInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;
}

@ObjectType('EligibilityCondition')
export class EligibilityConditionType {
  @Field({ description: 'Rule and condition, e.g. R3a(b).' })
  condition!: string;

  @Field()
  met!: boolean;

  @Field()
  detail!: string;
}

@ObjectType('EligibilityDetermination', { description: 'Derived from the recorded facts; stored with its inputs, rule path and rationale.' })
export class EligibilityDeterminationType {
  @Field(() => ID)
  id!: string;

  @Field(() => EligibilityFramework)
  framework!: EligibilityFramework;

  @Field()
  eligible!: boolean;

  @Field({ description: 'R3d: eligible if the carer stopped caring.' })
  eligibleIfCarerStopped!: boolean;

  @Field(() => [String])
  eligibleNeeds!: string[];

  @Field(() => [String], { description: 'Eligible needs not met by a carer or another service.' })
  councilMustMeet!: string[];

  @Field(() => [EligibilityConditionType], { description: 'The conditions tested, in order; the last failed when not eligible.' })
  path!: EligibilityConditionType[];

  @Field(() => String, { nullable: true })
  failedCondition!: string | null;

  @Field()
  rationale!: string;

  @Field(() => String, { nullable: true })
  practitionerNote!: string | null;

  @Field({ description: 'The deciding practitioner (sign-in).' })
  decidedBy!: string;

  @Field()
  createdAt!: Date;
}

@ObjectType('DecisionLetter', { description: 'R4: reasons and advice, in the person’s format.' })
export class DecisionLetterType extends IssuedLetterFields {
  @Field(() => DecisionLetterKind)
  kind!: DecisionLetterKind;
}

@InputType('AdviceInput')
export class AdviceInput {
  @Field({ description: 'The need (outcome code) the advice is about.' })
  need!: string;

  @Field()
  advice!: string;
}

@InputType('IssueDecisionLetterInput')
export class IssueDecisionLetterInput {
  @Field(() => ID)
  assessmentId!: string;

  @Field(() => DecisionLetterKind)
  kind!: DecisionLetterKind;

  @Field()
  reasons!: string;

  @Field(() => [AdviceInput])
  advice!: AdviceInput[];

  @Field({ defaultValue: false, description: 'The person asked for a copy to go to their advocate.' })
  copyToAdvocate!: boolean;
}

@InputType('StartAssessmentInput')
export class StartAssessmentInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => ID)
  assessorPractitionerId!: string;

  @Field(() => AssessmentMethod)
  method!: AssessmentMethod;

  @Field(() => [InvolvementInput], { nullable: true })
  involved?: InvolvementInput[] | null;
}

@InputType('CompleteAssessmentInput', { description: 'The facts beyond the needs; eligibility is derived from them.' })
export class CompleteAssessmentInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field({ description: 'Condition (a): the needs arise from impairment or illness (carers: from caring).' })
  needsArise!: boolean;

  @Field(() => Boolean, { nullable: true, description: 'England carers: health is, or is at risk of, deteriorating.' })
  healthAtRisk?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'England: a significant impact on well-being.' })
  significantImpact?: boolean | null;

  @Field(() => AssessmentEventOutcome)
  eventOutcome!: AssessmentEventOutcome;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType('CreateAssessmentInput')
export class CreateAssessmentInput {
  @Field(() => ID)
  personId!: string;

  @Field(() => AssessmentKind, { defaultValue: AssessmentKind.NEEDS })
  kind!: AssessmentKind;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; defaults to today.' })
  requestedOn?: string | null;

  @Field(() => ID, { nullable: true, description: 'JOINT only: the other person (a carer, say); both must consent.' })
  jointPersonId?: string | null;
}
