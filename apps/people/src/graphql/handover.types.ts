import { Directive, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CONTINUITY_DUTY_LABELS, ContinuityDuty, HandoverDirection, HandoverLetterKind, HandoverPackagePart, HandoverStatus } from '@careplan/domain';
import { IssuedLetterFields, LocalDateScalar, PenceScalar, connectionOf, enumValueLabels } from '@careplan/subgraph-kit';
import { AuthorityType } from './authority.type';
import { PersonType } from './person.type';

registerEnumType(HandoverDirection, {
  name: 'HandoverDirection',
  description: 'Which side of a move your council is on.',
  valuesConfig: {
    INCOMING: { description: 'The person is moving into your council’s area: you are the receiving (second) council.' },
    OUTGOING: { description: 'The person is moving out of your council’s area: you are the sending (first) council.' },
  },
});
registerEnumType(ContinuityDuty, { name: 'ContinuityDuty', description: 'The law that makes the two councils work together, from the pair of nations (R20–R22).', valuesConfig: enumValueLabels(CONTINUITY_DUTY_LABELS) });
registerEnumType(HandoverStatus, {
  name: 'HandoverStatus',
  description: 'Where a move between councils stands.',
  valuesConfig: {
    NOTIFIED: { description: 'The receiving council started the handover and the sending council is notified (R20); it has yet to match the notice to its person.' },
    MATCHED: { description: 'The sending council found its person and named its contact; its information is yet to be shared (R21).' },
    SHARED: { description: 'The sending council shared its information package (R21).' },
    ARRIVED: { description: 'The move date came: the sending council’s plan ended and the receiving council meets the needs (R22).' },
    NOT_KNOWN: { description: 'The sending council does not know the person the notice describes; nothing of its records was shared.' },
    WITHDRAWN: { description: 'The move is off; the receiving council can no longer read anything shared.' },
  },
});
registerEnumType(HandoverPackagePart, {
  name: 'HandoverPackagePart',
  description: 'A part of the sending council’s information package (R21).',
  valuesConfig: {
    CURRENT_PLAN: { description: 'The care and support plan in force (always).' },
    LATEST_ASSESSMENT: { description: 'The latest completed needs assessment (always).' },
    CARER_SUPPORT_PLAN: { description: 'The support plan in force of the person’s unpaid carer who has their own record, when the carer moves too.' },
  },
});
registerEnumType(HandoverLetterKind, {
  name: 'HandoverLetterKind',
  description: 'A letter of a move between councils.',
  valuesConfig: {
    AREA_INFORMATION: { description: 'R20: the receiving council tells the person, and their carer, about its area.' },
    INFORMATION_SHARED: { description: 'R21: the sending council tells the person what it shared with the receiving council.' },
    DIFFERENCES_EXPLAINED: { description: 'R22: the receiving council explains in writing how its view of needs or budget differs.' },
    NEEDS_MET_FROM_ARRIVAL: { description: 'R22: on arrival, the receiving council meets the needs in the old plan until it has assessed.' },
  },
});

@ObjectType('HandoverContact', { description: 'A council’s named contact for a move, as named.' })
export class HandoverContactType {
  @Field(() => ID, { description: 'The practitioner’s id in their own council.' })
  practitionerId!: string;

  @Field({ description: 'Their sign-in: the plan put in place on arrival names the receiving council’s contact as responsible.' })
  userId!: string;

  @Field({ description: 'Their name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'A telephone number for the move; null when none was given.' })
  phone!: string | null;

  @Field(() => String, { nullable: true, description: 'An e-mail address for the move; null when none was given.' })
  email!: string | null;
}

@ObjectType('HandoverContacts', { description: 'The named contacts at both councils (R20).' })
export class HandoverContactsType {
  @Field(() => HandoverContactType, { nullable: true, description: 'The sending council’s contact; null until it matches the notice.' })
  from!: HandoverContactType | null;

  @Field(() => HandoverContactType, { description: 'The receiving council’s contact.' })
  to!: HandoverContactType;
}

@ObjectType('HandoverNotice', { description: 'Who the receiving council said is moving: what the sending council matches its records against.' })
export class HandoverNoticeType {
  @Field({ description: 'Legal given name.' })
  givenName!: string;

  @Field({ description: 'Legal family name.' })
  familyName!: string;

  @Field(() => LocalDateScalar, { description: 'Date of birth, YYYY-MM-DD.' })
  dateOfBirth!: string;

  @Field(() => String, { nullable: true, description: 'NHS number; null when the receiving council did not have it.' })
  nhsNumber!: string | null;
}

@ObjectType('SharedPlanSection', { description: 'One written section of a shared plan.' })
export class SharedPlanSectionType {
  @Field({ description: 'The plan field it comes from, e.g. contingencyPlan.' })
  key!: string;

  @Field({ description: 'The section’s heading.' })
  heading!: string;

  @Field({ description: 'What the section said.' })
  text!: string;
}

@ObjectType('SharedSupportCost', { description: 'The cost line the sending council’s budget gave one support item (R11).' })
export class SharedSupportCostType {
  @Field(() => PenceScalar, { description: 'The cost of one unit, in whole pence.' })
  unitCostPence!: number;

  @Field({ description: 'The unit (HOUR, VISIT, DAY, NIGHT, WEEK or ITEM).' })
  unitType!: string;

  @Field(() => Float, { description: 'Units planned a week, to two decimal places.' })
  plannedUnitsPerWeek!: number;

  @Field({ description: 'Who funded it (CARE_ACT, S117_AFTERCARE, NHS_CONTINUING_HEALTHCARE or JOINT).' })
  fundingBasis!: string;
}

@ObjectType('SharedSupportItem', { description: 'How one need was met under the sending council’s plan.' })
export class SharedSupportItemType {
  @Field({ description: 'The need met, as the sending council’s nation codes it.' })
  need!: string;

  @Field({ description: 'The kind of support.' })
  kind!: string;

  @Field({ description: 'What the support is, in words.' })
  description!: string;

  @Field(() => String, { nullable: true, description: 'Who provides it; null when none was named.' })
  provider!: string | null;

  @Field(() => String, { nullable: true, description: 'When it happens, in words.' })
  schedule!: string | null;

  @Field(() => String, { nullable: true, description: 'CLD service type; null when not recorded.' })
  serviceType!: string | null;

  @Field(() => String, { nullable: true, description: 'CLD delivery mechanism; null when not recorded.' })
  deliveryMechanism!: string | null;

  @Field(() => SharedSupportCostType, { nullable: true, description: 'What the sending council’s budget gave it a week (R22: the receiving council continues it from arrival); null when it was not costed.' })
  cost?: SharedSupportCostType | null;
}

@ObjectType('SharedPlan', { description: 'A copy of a plan as the sending council held it when it shared it (R21).' })
export class SharedPlanType {
  @Field(() => ID, { description: 'The plan’s id at the sending council (not readable by the receiving council).' })
  planId!: string;

  @Field(() => Int, { description: 'Which version of the plan it was.' })
  planVersion!: number;

  @Field({ description: 'CARE_AND_SUPPORT or CARER_SUPPORT.' })
  kind!: string;

  @Field({ description: 'Its status when shared.' })
  status!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Day it was agreed, YYYY-MM-DD.' })
  agreedOn!: string | null;

  @Field(() => [SharedPlanSectionType], { description: 'Its written sections, those that had content.' })
  sections!: SharedPlanSectionType[];

  @Field(() => [String], { description: 'The person’s outcomes in their own words.' })
  outcomes!: string[];

  @Field(() => [SharedSupportItemType], { description: 'How each need was met.' })
  supportItems!: SharedSupportItemType[];

  @Field(() => PenceScalar, { nullable: true, description: 'The personal budget a week, in whole pence (final, else indicative); null when it had none.' })
  weeklyBudgetPence!: number | null;
}

@ObjectType('SharedNeed', { description: 'One assessed need in a shared assessment.' })
export class SharedNeedType {
  @Field({ description: 'The outcome the person could not achieve, as the sending council’s nation codes it.' })
  outcome!: string;

  @Field({ description: 'The need in the person’s own words.' })
  inOwnWords!: string;

  @Field({ description: 'Whether a carer met it.' })
  metByCarer!: boolean;
}

@ObjectType('SharedAssessment', { description: 'A copy of the sending council’s latest completed assessment when it shared it (R21).' })
export class SharedAssessmentType {
  @Field(() => ID, { description: 'The assessment’s id at the sending council.' })
  assessmentId!: string;

  @Field({ description: 'The kind of assessment.' })
  kind!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Day it was completed, YYYY-MM-DD.' })
  completedOn!: string | null;

  @Field(() => [String], { description: 'The needs found eligible.' })
  eligibleNeeds!: string[];

  @Field(() => [SharedNeedType], { description: 'Every assessed need.' })
  needs!: SharedNeedType[];

  @Field(() => String, { nullable: true, description: 'The eligibility decision in words.' })
  rationale!: string | null;
}

@ObjectType('HandoverPackageRead', { description: 'One read of a package: both councils see every read of what is shared.' })
export class HandoverPackageReadType {
  @Field({ description: 'GSS code of the reader’s council.' })
  authorityCode!: string;

  @Field({ description: 'The reader’s sign-in.' })
  userId!: string;

  @Field({ description: 'When.' })
  at!: Date;
}

@ObjectType('HandoverPackage', {
  description:
    'What the sending council shared for this move (R21): an immutable copy of that moment, readable by the two councils of this handover only (the receiving council until it is withdrawn). Every read is recorded.',
})
export class HandoverPackageType {
  @Field(() => ID, { description: 'The package’s id.' })
  id!: string;

  @Field(() => [HandoverPackagePart], { description: 'What it includes.' })
  include!: HandoverPackagePart[];

  @Field(() => SharedPlanType, { nullable: true, description: 'The plan in force when shared.' })
  plan!: SharedPlanType | null;

  @Field(() => SharedAssessmentType, { nullable: true, description: 'The latest completed assessment when shared.' })
  assessment!: SharedAssessmentType | null;

  @Field(() => SharedPlanType, { nullable: true, description: 'The carer’s support plan, when included.' })
  carerPlan!: SharedPlanType | null;

  @Field(() => String, { nullable: true, description: 'R21: advice on the notice terms of the person’s direct-payment contracts; null when they have none.' })
  directPaymentAdvice!: string | null;

  @Field(() => String, { nullable: true, description: 'Anything else the receiving council asked for.' })
  otherInformation!: string | null;

  @Field({ description: 'Who shared it: their sign-in.' })
  sharedBy!: string;

  @Field({ description: 'When it was shared.' })
  sharedAt!: Date;

  @Field(() => [HandoverPackageReadType], { description: 'Every read of the package, oldest first.' })
  reads!: HandoverPackageReadType[];
}

@ObjectType('HandoverLetter', { description: 'A letter of the move your council sent, exactly as issued (R2b).' })
export class HandoverLetterType extends IssuedLetterFields {
  @Field(() => HandoverLetterKind, { description: 'Which letter it is.' })
  kind!: HandoverLetterKind;

  @Field(() => ID, { description: 'Your council’s record of the person it was sent to.' })
  personId!: string;
}

@ObjectType('NeedsAssessment', { description: 'A needs assessment (owned by the assessments subgraph).' })
@Directive('@key(fields: "id", resolvable: false)')
export class NeedsAssessmentRef {
  @Field(() => ID)
  id!: string;
}

@ObjectType('CareAndSupportPlan', { description: 'A care and support plan (owned by the plans subgraph).' })
@Directive('@key(fields: "id", resolvable: false)')
export class PlanRef {
  @Field(() => ID)
  id!: string;
}

@ObjectType('Handover', {
  description:
    'A person’s move from one council’s area to another’s (Care Act 2014 ss.37–38; in Wales SSWBA 2014 s.56; R20–R22). Readable by exactly the two councils named on it.',
})
@Directive('@key(fields: "id")')
export class HandoverType {
  @Field(() => ID, { description: 'The handover’s id, the same for both councils.' })
  id!: string;

  @Field(() => AuthorityType, { description: 'The council the person is leaving (the sending, or first, council).' })
  fromAuthority!: AuthorityType;

  @Field(() => AuthorityType, { description: 'The council the person is moving to (the receiving, or second, council).' })
  toAuthority!: AuthorityType;

  @Field(() => HandoverDirection, { description: 'Which side of the move your council is on.' })
  direction!: HandoverDirection;

  @Field(() => ContinuityDuty, { description: 'The law that applies to this pair of nations.' })
  continuityDuty!: ContinuityDuty;

  @Field(() => HandoverStatus, { description: 'Where the move stands.' })
  status!: HandoverStatus;

  @Field(() => HandoverNoticeType, { description: 'Who the receiving council said is moving.' })
  notice!: HandoverNoticeType;

  @Field(() => PersonType, { nullable: true, description: 'Your council’s own record of the person: the receiving council’s from the start, the sending council’s once matched.' })
  person!: PersonType | null;

  @Field(() => LocalDateScalar, { description: 'The move date the person first gave, YYYY-MM-DD.' })
  intendedMoveDate!: string;

  @Field(() => LocalDateScalar, { description: 'The move date as it now stands, YYYY-MM-DD: the day the worker acts on (R22).' })
  moveDate!: string;

  @Field(() => HandoverContactsType, { description: 'The named contacts at both councils.' })
  contacts!: HandoverContactsType;

  @Field(() => HandoverPackageType, { nullable: true, description: 'What the sending council shared (R21); null until shared, and for the receiving council after withdrawal. Reading it is recorded.' })
  package!: HandoverPackageType | null;

  @Field(() => NeedsAssessmentRef, { nullable: true, description: 'R22: the receiving council’s own assessment; readable by the receiving council only.' })
  secondAssessment!: NeedsAssessmentRef | null;

  @Field(() => String, { nullable: true, description: 'R22: how the receiving council’s view of needs or budget differs from the sending council’s, as written to the person; null when it found no difference or has not assessed.' })
  differencesExplanation!: string | null;

  @Field(() => SharedPlanType, {
    nullable: true,
    description: 'R22: the sending council’s plan whose needs the receiving council meets from the day of arrival until it has assessed, as shared; null until shared.',
  })
  continuityFrom!: SharedPlanType | null;

  @Field(() => PlanRef, { nullable: true, description: 'R22: the plan the receiving council put in place on arrival, continuing the sending council’s; readable by the receiving council only.' })
  continuityPlan!: PlanRef | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The day the person arrived, as the worker recorded it; null before.' })
  arrivedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Why the handover ended without the move (declined or withdrawn), in words.' })
  closedReason!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The day a move withdrawn for a death recorded in error came back, as it was, when the date of death was removed; null otherwise.' })
  reinstatedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Why the move came back, in words; null unless it did.' })
  reinstatedReason!: string | null;

  @Field(() => [HandoverLetterType], { description: 'The letters of this move your council sent, oldest first.' })
  letters!: HandoverLetterType[];

  @Field(() => Int, { description: 'Edit counter: state it when changing the handover; a stale one is a CONFLICT.' })
  version!: number;
}

export const HandoverConnection = connectionOf(HandoverType, 'Handover', 'handovers', 'oldest first');

@InputType('HandoverContactInput', { description: 'Your council’s named contact for the move.' })
export class HandoverContactInput {
  @Field(() => ID, { description: 'An active practitioner of your council.' })
  practitionerId!: string;

  @Field(() => String, { nullable: true, description: 'A telephone number for the move.' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'An e-mail address for the move.' })
  email?: string | null;
}

/** What every step on a handover names: which one, at the version the caller saw (a stale one is CONFLICT). */
@InputType()
abstract class HandoverStepInput {
  @Field(() => ID, { description: 'The handover.' })
  handoverId!: string;

  @Field(() => Int, { description: 'The handover’s version you saw; a stale one is a CONFLICT.' })
  version!: number;
}

@InputType('StartHandoverInput', { description: 'R20: a person told your council they intend to move into its area.' })
export class StartHandoverInput {
  @Field({ description: 'GSS code of the council whose area the person lives in now.' })
  fromAuthorityCode!: string;

  @Field({ description: 'Legal given name.' })
  givenName!: string;

  @Field({ description: 'Legal family name.' })
  familyName!: string;

  @Field(() => LocalDateScalar, { description: 'Date of birth, YYYY-MM-DD.' })
  dateOfBirth!: string;

  @Field(() => String, { nullable: true, description: 'NHS number, when known: the sending council matches on it.' })
  nhsNumber?: string | null;

  @Field(() => LocalDateScalar, { description: 'The day the person intends to move, YYYY-MM-DD: today or later, within a year.' })
  intendedMoveDate!: string;

  @Field({ description: 'R20: your council is satisfied the intention to move is genuine. False is RULE_VIOLATION R20.' })
  genuineIntention!: boolean;

  @Field(() => HandoverContactInput, { description: 'Your council’s named contact.' })
  contact!: HandoverContactInput;

  @Field(() => ID, { nullable: true, description: 'Your council’s existing record of the person, if it has one; otherwise a record is made from the details above.' })
  personId?: string | null;
}

@InputType('MatchHandoverInput', { description: 'The sending council confirms the notice is about its person.' })
export class MatchHandoverInput extends HandoverStepInput {
  @Field(() => ID, { description: 'Your council’s record of the person: its date of birth, and NHS number where both are known, must be the notice’s.' })
  personId!: string;

  @Field(() => HandoverContactInput, { description: 'Your council’s named contact.' })
  contact!: HandoverContactInput;
}

@InputType('DeclineHandoverInput', { description: 'The sending council does not know the person the notice describes.' })
export class DeclineHandoverInput extends HandoverStepInput {
  @Field({ description: 'Why, in words (no details of anyone else).' })
  reason!: string;
}

@InputType('ShareHandoverPackageInput', { description: 'R21: the sending council shares its information, a copy of this moment.' })
export class ShareHandoverPackageInput extends HandoverStepInput {
  @Field(() => [HandoverPackagePart], { description: 'What to include: CURRENT_PLAN and LATEST_ASSESSMENT always, CARER_SUPPORT_PLAN when the carer moves too.' })
  include!: HandoverPackagePart[];

  @Field(() => String, { nullable: true, description: 'R21: required when the person has direct payments: your advice on the notice terms of their contracts.' })
  directPaymentAdvice?: string | null;

  @Field(() => String, { nullable: true, description: 'Anything else the receiving council asked for.' })
  otherInformation?: string | null;
}

@InputType('RecordHandoverAssessmentInput', { description: 'R22: the receiving council’s own assessment of the person before (or after) the move.' })
export class RecordHandoverAssessmentInput extends HandoverStepInput {
  @Field(() => ID, { description: 'A completed needs assessment of your record of the person.' })
  assessmentId!: string;

  @Field(() => PenceScalar, { nullable: true, description: 'Your indicative personal budget a week, in whole pence, when you have one: a difference from the shared plan’s budget must be explained.' })
  weeklyBudgetPence?: number | null;

  @Field(() => String, { nullable: true, description: 'R22: required when your view of eligible needs or budget differs from the sending council’s; sent to the person in writing.' })
  differencesExplanation?: string | null;
}

@InputType('ChangeHandoverMoveDateInput', { description: 'The move date changed: what is pending is rescheduled.' })
export class ChangeHandoverMoveDateInput extends HandoverStepInput {
  @Field(() => LocalDateScalar, { description: 'The new move date, YYYY-MM-DD: today or later, within a year.' })
  moveDate!: string;
}

@InputType('WithdrawHandoverInput', { description: 'The move is off.' })
export class WithdrawHandoverInput extends HandoverStepInput {
  @Field({ description: 'Why, in words.' })
  reason!: string;
}

@InputType('RecordHandoverArrivalInput', { description: 'The worker records the move date’s arrival, once.' })
export class RecordHandoverArrivalInput {
  @Field(() => ID, { description: 'The handover.' })
  handoverId!: string;

  @Field(() => ID, { nullable: true, description: 'The plan put in place on arrival (R22), when one was needed.' })
  continuityPlanId?: string | null;
}
