import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  AdvocacyReason,
  CapacityDecision,
  CapacityOutcome,
  ConsentPurpose,
  InformationFormat,
  InvolvementDifficulty,
  PowerScope,
  RelationshipKind,
} from '@careplan/domain';
import { PageInfo } from '@careplan/subgraph-kit';

registerEnumType(RelationshipKind, { name: 'RelationshipKind', description: 'Who someone is to the person (R1).' });
registerEnumType(PowerScope, { name: 'PowerScope', description: 'What an attorney or deputy may decide.' });
registerEnumType(CapacityDecision, { name: 'CapacityDecision', description: 'Capacity is about one decision at one time (R2).' });
registerEnumType(CapacityOutcome, { name: 'CapacityOutcome' });
registerEnumType(InvolvementDifficulty, { name: 'InvolvementDifficulty', description: 'The four areas of substantial difficulty (Care Act s.67(4)).' });
registerEnumType(AdvocacyReason, { name: 'AdvocacyReason', description: 'Why an independent advocate is required (R2a).' });
registerEnumType(ConsentPurpose, { name: 'ConsentPurpose' });

@ObjectType('Relationship', { description: 'Someone around the person: carer, advocate, attorney, GP practice, coordinator… (R1).' })
export class RelationshipType {
  @Field(() => ID)
  id!: string;

  @Field(() => RelationshipKind)
  kind!: RelationshipKind;

  @Field()
  name!: string;

  @Field(() => ID, { nullable: true, description: 'Their own record here, if they have one (a carer with their own assessment).' })
  relatedPersonId!: string | null;

  @Field(() => String, { nullable: true, description: 'E.g. daughter, neighbour.' })
  relationshipToPerson!: string | null;

  @Field(() => String, { nullable: true, description: 'Advocacy provider, GP practice, employer.' })
  organisation!: string | null;

  @Field(() => String, { nullable: true })
  contact!: string | null;

  @Field({ description: 'Paid to care for the person; never an appropriate individual.' })
  paid!: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Unpaid carers: willing and able to go on caring.' })
  willingAndAble!: boolean | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD the carer’s willingness was recorded.' })
  willingAndAbleRecordedOn!: string | null;

  @Field(() => PowerScope, { nullable: true })
  powerScope!: PowerScope | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; for an advocate, the day appointed.' })
  startedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  endedOn!: string | null;

  @Field()
  current!: boolean;

  @Field(() => Int)
  version!: number;
}

/** The facts of a relationship, as recorded and as corrected. */
@InputType()
abstract class RelationshipFieldsInput {
  @Field()
  name!: string;

  @Field(() => ID, { nullable: true })
  relatedPersonId?: string | null;

  @Field(() => String, { nullable: true })
  relationshipToPerson?: string | null;

  @Field(() => String, { nullable: true })
  organisation?: string | null;

  @Field(() => String, { nullable: true })
  contact?: string | null;

  @Field(() => Boolean, { nullable: true })
  paid?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  willingAndAble?: boolean | null;

  @Field(() => String, { nullable: true })
  willingAndAbleRecordedOn?: string | null;

  @Field(() => PowerScope, { nullable: true })
  powerScope?: PowerScope | null;

  @Field(() => String, { nullable: true })
  startedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Set it to end the relationship.' })
  endedOn?: string | null;
}

@InputType('RecordRelationshipInput')
export class RecordRelationshipInput extends RelationshipFieldsInput {
  @Field(() => ID)
  personId!: string;

  @Field(() => RelationshipKind)
  kind!: RelationshipKind;
}

@InputType('UpdateRelationshipInput', { description: 'Replaces the relationship’s facts; kind and person stay.' })
export class UpdateRelationshipInput extends RelationshipFieldsInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The version you are editing; a stale one is a CONFLICT.' })
  version!: number;
}

@ObjectType('CapacityAssessment', { description: 'R2: decision-specific, dated, by a named assessor.' })
export class CapacityAssessmentType {
  @Field(() => ID)
  id!: string;

  @Field(() => CapacityDecision)
  decision!: CapacityDecision;

  @Field({ description: 'YYYY-MM-DD' })
  assessedOn!: string;

  @Field(() => CapacityOutcome)
  outcome!: CapacityOutcome;

  @Field()
  assessorName!: string;

  @Field(() => ID, { nullable: true })
  assessorPractitionerId!: string | null;

  @Field(() => String, { nullable: true })
  notes!: string | null;
}

@InputType('RecordCapacityAssessmentInput')
export class RecordCapacityAssessmentInput {
  @Field(() => ID)
  personId!: string;

  @Field(() => CapacityDecision)
  decision!: CapacityDecision;

  @Field({ description: 'YYYY-MM-DD, not in the future.' })
  assessedOn!: string;

  @Field(() => CapacityOutcome)
  outcome!: CapacityOutcome;

  @Field({ description: 'The assessor’s name as it should appear on the record.' })
  assessorName!: string;

  @Field(() => ID, { nullable: true })
  assessorPractitionerId?: string | null;

  @Field(() => String, { nullable: true })
  notes?: string | null;
}

@ObjectType('CapacityAnswer')
export class CapacityAnswerType {
  @Field(() => CapacityDecision)
  decision!: CapacityDecision;

  @Field()
  hasCapacity!: boolean;

  @Field({ description: 'No assessment of this decision exists, so capacity is presumed.' })
  presumed!: boolean;

  @Field(() => CapacityAssessmentType, { nullable: true })
  assessment!: CapacityAssessmentType | null;
}

@ObjectType('AdvocacyFacts', { description: 'What the practitioner recorded; the requirement is derived from it.' })
export class AdvocacyFactsType {
  @Field(() => [InvolvementDifficulty])
  difficulties!: InvolvementDifficulty[];

  @Field()
  likelyHospitalStay28Days!: boolean;

  @Field()
  likelyCareHomeStay8Weeks!: boolean;

  @Field()
  disagreementAdvocateWouldHelp!: boolean;

  @Field()
  recordedBy!: string;

  @Field()
  recordedAt!: Date;

  @Field(() => String, { nullable: true })
  notes!: string | null;
}

@ObjectType('Advocacy', { description: 'R2a, derived from the facts and the relationships on record.' })
export class AdvocacyType {
  @Field()
  required!: boolean;

  @Field(() => [AdvocacyReason])
  reasons!: AdvocacyReason[];

  @Field({ description: 'Someone unpaid and current can support the person’s involvement.' })
  appropriateIndividual!: boolean;

  @Field(() => RelationshipType, { nullable: true, description: 'The current independent advocate, if any.' })
  advocate!: RelationshipType | null;

  @Field(() => AdvocacyFactsType, { nullable: true })
  facts!: AdvocacyFactsType | null;
}

@InputType('RecordAdvocacyFactsInput')
export class RecordAdvocacyFactsInput {
  @Field(() => ID)
  personId!: string;

  @Field(() => [InvolvementDifficulty], { description: 'Areas of substantial difficulty; empty for none.' })
  difficulties!: InvolvementDifficulty[];

  @Field()
  likelyHospitalStay28Days!: boolean;

  @Field()
  likelyCareHomeStay8Weeks!: boolean;

  @Field({ description: 'The council and the appropriate individual disagree and agree an advocate would help.' })
  disagreementAdvocateWouldHelp!: boolean;

  @Field(() => String, { nullable: true })
  notes?: string | null;
}

@ObjectType('CommunicationNeeds', { description: 'R2b: how letters and plan copies must reach the person.' })
export class CommunicationNeedsType {
  @Field(() => [InformationFormat])
  formats!: InformationFormat[];

  @Field()
  interpreterRequired!: boolean;

  @Field(() => String, { nullable: true })
  language!: string | null;

  @Field({ description: 'No computer or e-mail: everything by post.' })
  postOnly!: boolean;

  @Field(() => String, { nullable: true })
  notes!: string | null;

  @Field({ description: 'YYYY-MM-DD' })
  reviewOn!: string;

  @Field({ description: 'The review date has arrived or passed.' })
  reviewDue!: boolean;
}

@InputType('SetCommunicationNeedsInput')
export class SetCommunicationNeedsInput {
  @Field(() => ID)
  personId!: string;

  @Field(() => [InformationFormat])
  formats!: InformationFormat[];

  @Field()
  interpreterRequired!: boolean;

  @Field(() => String, { nullable: true })
  language?: string | null;

  @Field()
  postOnly!: boolean;

  @Field(() => String, { nullable: true })
  notes?: string | null;

  @Field({ description: 'YYYY-MM-DD' })
  reviewOn!: string;
}

@ObjectType('Consent')
export class ConsentType {
  @Field(() => ID)
  id!: string;

  @Field(() => ConsentPurpose)
  purpose!: ConsentPurpose;

  @Field(() => ID, { nullable: true, description: 'Who gave it for the person; null when the person did.' })
  givenByRelationshipId!: string | null;

  @Field({ description: 'YYYY-MM-DD' })
  givenOn!: string;

  @Field(() => [String])
  recipients!: string[];

  @Field(() => String, { nullable: true })
  notes!: string | null;

  @Field(() => String, { nullable: true })
  withdrawnOn!: string | null;

  @Field(() => String, { nullable: true })
  withdrawnReason!: string | null;

  @Field()
  stands!: boolean;

  @Field(() => Int)
  version!: number;
}

@InputType('RecordConsentInput')
export class RecordConsentInput {
  @Field(() => ID)
  personId!: string;

  @Field(() => ConsentPurpose)
  purpose!: ConsentPurpose;

  @Field(() => ID, { nullable: true })
  givenByRelationshipId?: string | null;

  @Field({ description: 'YYYY-MM-DD' })
  givenOn!: string;

  @Field(() => [String], { nullable: true })
  recipients?: string[] | null;

  @Field(() => String, { nullable: true })
  notes?: string | null;
}

@ObjectType('AccessEvent', { description: 'One request that read or changed the record.' })
export class AccessEventType {
  @Field()
  at!: Date;

  @Field({ description: 'The signed-in user (token subject).' })
  userId!: string;

  @Field(() => [String])
  roles!: string[];

  @Field({ description: 'query or mutation' })
  operation!: string;

  @Field(() => String, { nullable: true })
  operationName!: string | null;

  @Field()
  changed!: boolean;

  @Field()
  requestId!: string;
}

@ObjectType('AccessEventEdge')
export class AccessEventEdge {
  @Field()
  cursor!: string;

  @Field(() => AccessEventType)
  node!: AccessEventType;
}

@ObjectType('AccessEventConnection')
export class AccessEventConnection {
  @Field(() => [AccessEventEdge])
  edges!: AccessEventEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
