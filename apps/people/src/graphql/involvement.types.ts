import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  ACCESS_OPERATION_LABELS,
  AccessOperation,
  AdvocacyReason,
  CapacityDecision,
  CapacityOutcome,
  ConsentPurpose,
  InformationFormat,
  InvolvementDifficulty,
  PowerScope,
  RelationshipKind,
  Role,
} from '@careplan/domain';
import { PageInfo, LocalDateScalar, enumValueLabels } from '@careplan/subgraph-kit';

registerEnumType(RelationshipKind, {
  name: 'RelationshipKind',
  description: 'Who someone is to the person (R1).',
  valuesConfig: {
    UNPAID_CARER: { description: 'Family or a friend who cares for the person unpaid; may have a carer’s assessment of their own. Never paid.' },
    APPROPRIATE_INDIVIDUAL: {
      description: 'Someone unpaid who can support the person to be involved (Care Act s.67(5)); with one, an advocate is usually not required (R2a). Never a paid carer or professional.',
    },
    INDEPENDENT_ADVOCATE: { description: 'An independent advocate arranged by the council (Care Act ss.67-68, R2a); recorded with their provider and the day appointed.' },
    NOMINATED_PERSON: { description: 'Someone the person nominates to receive their direct payment (R12a).' },
    AUTHORISED_PERSON: {
      description: 'Receives and manages a direct payment for a person who lacks capacity to manage it (R12a): England’s “authorised”, Wales’s “suitable” person.',
    },
    ATTORNEY: { description: 'Holds a lasting power of attorney for the person; powerScope says what for.' },
    DEPUTY: { description: 'A deputy appointed by the Court of Protection; powerScope says what for.' },
    HOUSEHOLD_MEMBER: { description: 'Lives in the person’s household.' },
    GP_PRACTICE: { description: 'The person’s GP practice.' },
    LEAD_PROFESSIONAL: { description: 'The lead professional named when plans are combined (R7).' },
    NAMED_COORDINATOR: { description: 'The named coordinator of the person’s care and support (R5).' },
  },
});
registerEnumType(AccessOperation, { name: 'AccessOperation', description: 'The kind of request an access-history entry records.', valuesConfig: enumValueLabels(ACCESS_OPERATION_LABELS) });
registerEnumType(PowerScope, {
  name: 'PowerScope',
  description: 'What a lasting power of attorney or a Court of Protection deputyship covers.',
  valuesConfig: {
    HEALTH_AND_WELFARE: { description: 'Health and welfare decisions, including care and support.' },
    PROPERTY_AND_AFFAIRS: { description: 'Property and financial affairs, including money and benefits.' },
  },
});
registerEnumType(CapacityDecision, {
  name: 'CapacityDecision',
  description: 'The one decision a capacity assessment is about: capacity is decision-specific and never a global flag (R2).',
  valuesConfig: {
    NEEDS_ASSESSMENT: { description: 'Decisions about their needs assessment.' },
    CARE_AND_SUPPORT_PLANNING: { description: 'Decisions in planning their care and support.' },
    AGREEING_THE_PLAN: { description: 'Agreeing their care and support plan (R9).' },
    MANAGING_DIRECT_PAYMENT: { description: 'Managing a direct payment; without capacity it is paid to an authorised person (R12a).' },
    MANAGING_FINANCES: { description: 'Managing their money and property.' },
    WHERE_TO_LIVE: { description: 'Where to live, e.g. moving into a care home.' },
    SHARING_INFORMATION: { description: 'Agreeing to information about them being shared.' },
  },
});
registerEnumType(CapacityOutcome, {
  name: 'CapacityOutcome',
  description: 'What a capacity assessment found about the one decision it is about (Mental Capacity Act 2005).',
  valuesConfig: {
    HAS_CAPACITY: { description: 'The person can make this decision themself.' },
    LACKS_CAPACITY: { description: 'The person cannot make this decision at the time it was assessed.' },
  },
});
registerEnumType(InvolvementDifficulty, {
  name: 'InvolvementDifficulty',
  description: 'The four areas in which a person may have substantial difficulty being involved (Care Act s.67(4)); any one is enough (R2a).',
  valuesConfig: {
    UNDERSTANDING: { description: 'Understanding relevant information.' },
    RETAINING: { description: 'Retaining that information.' },
    USING_OR_WEIGHING: { description: 'Using or weighing that information as part of being involved.' },
    COMMUNICATING: { description: 'Communicating their views, wishes or feelings.' },
  },
});
registerEnumType(AdvocacyReason, {
  name: 'AdvocacyReason',
  description: 'Why an independent advocate is required (R2a). Each applies only when the person has substantial difficulty in at least one area.',
  valuesConfig: {
    NO_APPROPRIATE_INDIVIDUAL: { description: 'There is no appropriate individual to support the person (Care Act s.67(4)-(5)).' },
    LIKELY_HOSPITAL_STAY_28_DAYS: { description: 'An NHS hospital stay of 28 days or more is likely, even with an appropriate individual.' },
    LIKELY_CARE_HOME_STAY_8_WEEKS: { description: 'A care home stay of 8 weeks or more is likely, even with an appropriate individual.' },
    DISAGREEMENT_WITH_APPROPRIATE_INDIVIDUAL: {
      description: 'The council and the appropriate individual disagree, and both agree an advocate would help.',
    },
  },
});
registerEnumType(ConsentPurpose, {
  name: 'ConsentPurpose',
  description: 'What a consent is for.',
  valuesConfig: {
    JOINT_ASSESSMENT: { description: 'Being assessed jointly with another person, e.g. their carer; both people must consent (Care Act s.12(5)).' },
    JOINT_PLAN: { description: 'A joint plan with a carer or another person; both people must consent (R7).' },
    COMBINED_PLAN: { description: 'Combining their plan with another plan, e.g. a health plan or a Care and Treatment Plan in Wales (R7).' },
    SHARE_PLAN_COPY: { description: 'A copy of their plan going to the people named in recipients (R10).' },
  },
});

@ObjectType('Relationship', { description: 'Someone around the person: a carer, an advocate, an attorney, their GP practice, a coordinator… (R1).' })
export class RelationshipType {
  @Field(() => ID, { description: 'The relationship’s id.' })
  id!: string;

  @Field(() => RelationshipKind, { description: 'Who they are to the person.' })
  kind!: RelationshipKind;

  @Field({ description: 'Their name (for a GP practice, the practice’s).' })
  name!: string;

  @Field(() => ID, { nullable: true, description: 'Their own person record in this council, if they have one (a carer with their own assessment); null otherwise.' })
  relatedPersonId!: string | null;

  @Field(() => String, { nullable: true, description: 'How they are related, in words, e.g. daughter, neighbour; null when not recorded.' })
  relationshipToPerson!: string | null;

  @Field(() => String, { nullable: true, description: 'Their organisation: advocacy provider, GP practice, employer; null when none.' })
  organisation!: string | null;

  @Field(() => String, { nullable: true, description: 'How to contact them (phone, e-mail or address) as free text; null when not recorded.' })
  contact!: string | null;

  @Field({ description: 'Paid to care for the person (a care worker): such a person is never an appropriate individual (R2a).' })
  paid!: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Unpaid carers only: willing and able to go on caring (R3d); null when not recorded.' })
  willingAndAble!: boolean | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'YYYY-MM-DD the carer’s willingness and ability was recorded; null when it was not.' })
  willingAndAbleRecordedOn!: string | null;

  @Field(() => PowerScope, { nullable: true, description: 'For an attorney or deputy: what they may decide; null for other kinds.' })
  powerScope!: PowerScope | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'YYYY-MM-DD the relationship began (for an advocate, the day appointed); null when not recorded.' })
  startedOn!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'YYYY-MM-DD the relationship ended: from that day it is no longer current. Null while it continues.' })
  endedOn!: string | null;

  @Field({ description: 'True today (Europe/London): started, or no start recorded, and not yet ended.' })
  current!: boolean;

  @Field(() => Int, { description: 'The record’s version: send it back with updateRelationship; a stale one is a CONFLICT.' })
  version!: number;
}

/** The facts of a relationship, as recorded and as corrected. */
@InputType()
abstract class RelationshipFieldsInput {
  @Field({ description: 'Their name, 1 to 200 characters.' })
  name!: string;

  @Field(() => ID, { nullable: true, description: 'Their own person record in your council, if they have one; not the person themself.' })
  relatedPersonId?: string | null;

  @Field(() => String, { nullable: true, description: 'How they are related, e.g. daughter, neighbour; up to 100 characters.' })
  relationshipToPerson?: string | null;

  @Field(() => String, { nullable: true, description: 'Advocacy provider, GP practice, employer; up to 200 characters. Required for an independent advocate.' })
  organisation?: string | null;

  @Field(() => String, { nullable: true, description: 'How to contact them, up to 300 characters.' })
  contact?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Paid to care for the person; default false. Never true for an unpaid carer, nor for an appropriate individual (RULE_VIOLATION R2a).',
  })
  paid?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Unpaid carers only: willing and able to go on caring (R3d); give it with willingAndAbleRecordedOn.' })
  willingAndAble?: boolean | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'YYYY-MM-DD, not in the future: when willingAndAble was recorded; given together with it.' })
  willingAndAbleRecordedOn?: string | null;

  @Field(() => PowerScope, { nullable: true, description: 'Required for an attorney or deputy; not allowed for other kinds.' })
  powerScope?: PowerScope | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'YYYY-MM-DD the relationship began; required for an independent advocate (the day appointed).' })
  startedOn?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'YYYY-MM-DD, not before startedOn: set it to end the relationship from that day.' })
  endedOn?: string | null;
}

@InputType('RecordRelationshipInput', { description: 'Someone around the person, to record (R1).' })
export class RecordRelationshipInput extends RelationshipFieldsInput {
  @Field(() => ID, { description: 'The person they are around, in your council.' })
  personId!: string;

  @Field(() => RelationshipKind, { description: 'Who they are to the person; it cannot be changed later.' })
  kind!: RelationshipKind;
}

@InputType('UpdateRelationshipInput', {
  description: 'A relationship’s facts as they should now be: every field is replaced, so send the ones to keep. Kind and person stay.',
})
export class UpdateRelationshipInput extends RelationshipFieldsInput {
  @Field(() => ID, { description: 'The relationship to change.' })
  id!: string;

  @Field(() => Int, { description: 'The version you are editing; a stale one is a CONFLICT.' })
  version!: number;
}

@ObjectType('CapacityAssessment', { description: 'A capacity assessment (R2): about one decision, dated, by a named assessor.' })
export class CapacityAssessmentType {
  @Field(() => ID, { description: 'The assessment’s id.' })
  id!: string;

  @Field(() => CapacityDecision, { description: 'The one decision assessed.' })
  decision!: CapacityDecision;

  @Field(() => LocalDateScalar, { description: 'The day it was assessed, YYYY-MM-DD.' })
  assessedOn!: string;

  @Field(() => CapacityOutcome, { description: 'What the assessment found.' })
  outcome!: CapacityOutcome;

  @Field({ description: 'The assessor’s name as recorded.' })
  assessorName!: string;

  @Field(() => ID, { nullable: true, description: 'The assessor’s practitioner record, when they are on your council’s staff; null otherwise.' })
  assessorPractitionerId!: string | null;

  @Field(() => String, { nullable: true, description: 'The assessor’s notes; null when none.' })
  notes!: string | null;
}

@InputType('RecordCapacityAssessmentInput', { description: 'A capacity assessment about one decision (R2).' })
export class RecordCapacityAssessmentInput {
  @Field(() => ID, { description: 'The person assessed, in your council.' })
  personId!: string;

  @Field(() => CapacityDecision, { description: 'The one decision assessed.' })
  decision!: CapacityDecision;

  @Field(() => LocalDateScalar, { description: 'YYYY-MM-DD; not in the future and not before the person was born.' })
  assessedOn!: string;

  @Field(() => CapacityOutcome, { description: 'What the assessment found.' })
  outcome!: CapacityOutcome;

  @Field({ description: 'The assessor’s name as it should appear on the record, 1 to 200 characters.' })
  assessorName!: string;

  @Field(() => ID, { nullable: true, description: 'The assessor’s practitioner record, when they are a practitioner in your council.' })
  assessorPractitionerId?: string | null;

  @Field(() => String, { nullable: true, description: 'The assessor’s notes.' })
  notes?: string | null;
}

@ObjectType('CapacityAnswer', { description: 'Whether the person has capacity for one decision, from the latest assessment of that decision only (R2).' })
export class CapacityAnswerType {
  @Field(() => CapacityDecision, { description: 'The decision asked about.' })
  decision!: CapacityDecision;

  @Field({ description: 'True unless the latest assessment of this decision found the person lacks capacity.' })
  hasCapacity!: boolean;

  @Field({ description: 'No assessment of this decision exists, so capacity is presumed (Mental Capacity Act 2005 s.1(2)).' })
  presumed!: boolean;

  @Field(() => CapacityAssessmentType, { nullable: true, description: 'The latest assessment of this decision; null when capacity is presumed.' })
  assessment!: CapacityAssessmentType | null;
}

@ObjectType('AdvocacyFacts', { description: 'The facts a practitioner recorded about the person’s involvement; whether an advocate is required is derived from them (R2a).' })
export class AdvocacyFactsType {
  @Field(() => [InvolvementDifficulty], { description: 'Areas in which the person would have substantial difficulty being involved; empty for none.' })
  difficulties!: InvolvementDifficulty[];

  @Field({ description: 'An NHS hospital stay of 28 days or more is likely.' })
  likelyHospitalStay28Days!: boolean;

  @Field({ description: 'A care home stay of 8 weeks or more is likely.' })
  likelyCareHomeStay8Weeks!: boolean;

  @Field({ description: 'The council and the appropriate individual disagree, and both agree an advocate would help.' })
  disagreementAdvocateWouldHelp!: boolean;

  @Field({ description: 'The sign-in (token subject) of whoever recorded them.' })
  recordedBy!: string;

  @Field({ description: 'When they were recorded.' })
  recordedAt!: Date;

  @Field(() => String, { nullable: true, description: 'The practitioner’s notes; null when none.' })
  notes!: string | null;
}

@ObjectType('Advocacy', { description: 'Whether the person needs an independent advocate (R2a), derived from the latest facts and the relationships on record; never set by hand.' })
export class AdvocacyType {
  @Field({
    description:
      'An independent advocate is required. While true and no advocate is recorded, completing an assessment, signing off a plan and completing a review are refused (RULE_VIOLATION R2a).',
  })
  required!: boolean;

  @Field(() => [AdvocacyReason], { description: 'Every reason that applies; empty when no advocate is required.' })
  reasons!: AdvocacyReason[];

  @Field({ description: 'A current, unpaid appropriate individual is on record to support the person’s involvement.' })
  appropriateIndividual!: boolean;

  @Field(() => RelationshipType, { nullable: true, description: 'The current independent advocate; null when none is recorded.' })
  advocate!: RelationshipType | null;

  @Field(() => AdvocacyFactsType, { nullable: true, description: 'The latest facts recorded; null when none have been (then no advocate is required).' })
  facts!: AdvocacyFactsType | null;
}

@InputType('RecordAdvocacyFactsInput', { description: 'The facts about the person’s involvement (R2a); they take the place of any recorded before.' })
export class RecordAdvocacyFactsInput {
  @Field(() => ID, { description: 'The person, in your council.' })
  personId!: string;

  @Field(() => [InvolvementDifficulty], { description: 'Areas of substantial difficulty; empty for none.' })
  difficulties!: InvolvementDifficulty[];

  @Field({ description: 'An NHS hospital stay of 28 days or more is likely.' })
  likelyHospitalStay28Days!: boolean;

  @Field({ description: 'A care home stay of 8 weeks or more is likely.' })
  likelyCareHomeStay8Weeks!: boolean;

  @Field({ description: 'The council and the appropriate individual disagree, and both agree an advocate would help.' })
  disagreementAdvocateWouldHelp!: boolean;

  @Field(() => String, { nullable: true, description: 'The practitioner’s notes.' })
  notes?: string | null;
}

@ObjectType('CommunicationNeeds', { description: 'How information must reach the person (R2b): every letter and plan copy follows these.' })
export class CommunicationNeedsType {
  @Field(() => [InformationFormat], { description: 'Formats the person needs letters and plan copies in; empty for standard print.' })
  formats!: InformationFormat[];

  @Field({ description: 'The person needs a spoken-language interpreter (British Sign Language is a format, not a language here).' })
  interpreterRequired!: boolean;

  @Field(() => String, { nullable: true, description: 'The language the person needs, when not English (or Welsh in Wales); always given with an interpreter; null otherwise.' })
  language!: string | null;

  @Field({ description: 'No computer or e-mail: everything by post.' })
  postOnly!: boolean;

  @Field(() => String, { nullable: true, description: 'Anything else about communicating with the person; null when none.' })
  notes!: string | null;

  @Field(() => LocalDateScalar, { description: 'The day these needs are next to be reviewed, YYYY-MM-DD.' })
  reviewOn!: string;

  @Field({ description: 'The review day is today or past (Europe/London).' })
  reviewDue!: boolean;
}

@InputType('SetCommunicationNeedsInput', { description: 'The person’s communication needs (R2b), replacing any recorded before.' })
export class SetCommunicationNeedsInput {
  @Field(() => ID, { description: 'The person, in your council.' })
  personId!: string;

  @Field(() => [InformationFormat], { description: 'Formats the person needs; empty for standard print.' })
  formats!: InformationFormat[];

  @Field({ description: 'The person needs a spoken-language interpreter; then language is required.' })
  interpreterRequired!: boolean;

  @Field(() => String, { nullable: true, description: 'The language the person needs, up to 60 characters; required with an interpreter (BSL is a format).' })
  language?: string | null;

  @Field({ description: 'No computer or e-mail: everything by post.' })
  postOnly!: boolean;

  @Field(() => String, { nullable: true, description: 'Anything else about communicating with the person, up to 2000 characters.' })
  notes?: string | null;

  @Field(() => LocalDateScalar, { description: 'When to review these needs, YYYY-MM-DD: from today to three years ahead.' })
  reviewOn!: string;
}

@ObjectType('Consent', { description: 'A consent the person, or someone for them, gave: to a joint assessment, a joint or combined plan (R7), or sharing copies of their plan (R10).' })
export class ConsentType {
  @Field(() => ID, { description: 'The consent’s id.' })
  id!: string;

  @Field(() => ConsentPurpose, { description: 'What it is for.' })
  purpose!: ConsentPurpose;

  @Field(() => ID, { nullable: true, description: 'The relationship (attorney, deputy, representative…) who gave it for the person; null when the person did.' })
  givenByRelationshipId!: string | null;

  @Field(() => LocalDateScalar, { description: 'The day it was given, YYYY-MM-DD.' })
  givenOn!: string;

  @Field(() => [String], { description: 'For SHARE_PLAN_COPY: who may receive a copy of the plan, by name; empty for other purposes.' })
  recipients!: string[];

  @Field(() => String, { nullable: true, description: 'Notes; null when none.' })
  notes!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The day it was withdrawn, YYYY-MM-DD; null while it stands.' })
  withdrawnOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was withdrawn; null when not withdrawn or no reason was given.' })
  withdrawnReason!: string | null;

  @Field({ description: 'The consent stands: given and not withdrawn. Only a standing consent counts.' })
  stands!: boolean;

  @Field(() => Int, { description: 'The record’s version: send it back with withdrawConsent; a stale one is a CONFLICT.' })
  version!: number;
}

@InputType('RecordConsentInput', { description: 'A consent to record.' })
export class RecordConsentInput {
  @Field(() => ID, { description: 'The person the consent is about, in your council.' })
  personId!: string;

  @Field(() => ConsentPurpose, { description: 'What it is for.' })
  purpose!: ConsentPurpose;

  @Field(() => ID, { nullable: true, description: 'One of the person’s relationships who gave it for them (an attorney, say); leave out when the person gave it.' })
  givenByRelationshipId?: string | null;

  @Field(() => LocalDateScalar, { description: 'The day it was given, YYYY-MM-DD; not in the future.' })
  givenOn!: string;

  @Field(() => [String], {
    nullable: true,
    description: 'Required for SHARE_PLAN_COPY and not allowed otherwise: the names of who may receive a copy, each up to 200 characters.',
  })
  recipients?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Notes.' })
  notes?: string | null;
}

@ObjectType('AccessEvent', { description: 'One request that read or changed the person’s details or involvement records.' })
export class AccessEventType {
  @Field({ description: 'When the request was made.' })
  at!: Date;

  @Field({ description: 'The signed-in user (token subject).' })
  userId!: string;

  @Field(() => [Role], { description: 'The roles the sign-in had.' })
  roles!: Role[];

  @Field(() => AccessOperation, { description: 'What kind of request it was.' })
  operation!: AccessOperation;

  @Field(() => String, { nullable: true, description: 'The name of the operation that made the request; null when it had none.' })
  operationName!: string | null;

  @Field({ description: 'True when the request changed the record; false when it only read it.' })
  changed!: boolean;

  @Field({ description: 'The request’s id, to quote to support.' })
  requestId!: string;
}

@ObjectType('AccessEventEdge', { description: 'One request in a page of access history.' })
export class AccessEventEdge {
  @Field({ description: 'This event’s place in the list: pass it as `after` to continue after it.' })
  cursor!: string;

  @Field(() => AccessEventType, { description: 'The request.' })
  node!: AccessEventType;
}

@ObjectType('AccessEventConnection', { description: 'A page of access history, newest first.' })
export class AccessEventConnection {
  @Field(() => [AccessEventEdge], { description: 'The requests on this page, each with its cursor.' })
  edges!: AccessEventEdge[];

  @Field(() => PageInfo, { description: 'Whether more follow, and the cursor to ask for them.' })
  pageInfo!: PageInfo;
}

@InputType('WithdrawConsentInput', { description: 'A consent to withdraw from today.' })
export class WithdrawConsentInput {
  @Field(() => ID, { description: 'The consent to withdraw.' })
  id!: string;

  @Field(() => Int, { description: 'The consent’s version you read; a stale one is a CONFLICT.' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'Why it is withdrawn, if the person gave a reason.' })
  reason?: string | null;
}
