import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { InvolvementInput, InvolvementType, IssuedLetterFields, LocalDateScalar } from '@careplan/subgraph-kit';
import {
  AssessmentEventOutcome,
  AssessmentKind,
  AssessmentMethod,
  AssessmentStatus,
  DecisionLetterKind,
  EligibilityFramework,
  NeedCode,
  UnableReason,
} from '@careplan/domain';

registerEnumType(AssessmentKind, {
  name: 'AssessmentKind',
  description: 'Whose needs an assessment is of.',
  valuesConfig: {
    NEEDS: { description: 'An adult’s needs for care and support (Care Act s.9; SSWBA s.19), against the adult criteria.' },
    CARER: { description: 'A carer’s own needs for support (Care Act s.10; SSWBA s.24), against the carer criteria.' },
    JOINT: {
      description: 'The person assessed together with another person, e.g. their carer, with both people’s consent (Care Act s.12(5)); against the adult criteria.',
    },
  },
});
registerEnumType(AssessmentStatus, {
  name: 'AssessmentStatus',
  description: 'Where an assessment stands: requested, then in progress, then completed, or withdrawn before completion. A completed assessment can be reopened.',
  valuesConfig: {
    REQUESTED: { description: 'Asked for and not yet started.' },
    IN_PROGRESS: { description: 'Started, or reopened: needs and who took part can be recorded.' },
    COMPLETED: { description: 'Completed and eligibility determined; reopen it to change it.' },
    WITHDRAWN: { description: 'Withdrawn before completion; final.' },
  },
});
registerEnumType(AssessmentMethod, {
  name: 'AssessmentMethod',
  description: 'How the assessment was carried out (CLD assessment method).',
  valuesConfig: {
    FACE_TO_FACE: { description: 'In person.' },
    PHONE_OR_VIDEO: { description: 'By phone or video call.' },
    SUPPORTED_SELF_ASSESSMENT: { description: 'The person assessed themself, supported by the council.' },
    OTHER: { description: 'Another way.' },
  },
});
registerEnumType(AssessmentEventOutcome, {
  name: 'AssessmentEventOutcome',
  description: 'What follows a completed assessment (CLD event outcome).',
  valuesConfig: {
    PROGRESS_TO_CARE_AND_SUPPORT_PLANNING: { description: 'Go on to care and support planning.' },
    PROGRESS_TO_FINANCIAL_ASSESSMENT: { description: 'Go on to a financial assessment of what the person will pay.' },
    PROGRESS_TO_REABLEMENT: { description: 'Go on to reablement: short-term support to regain independence.' },
    NO_SERVICES_UNIVERSAL_OR_SIGNPOSTED: { description: 'No services: universal services, or signposted to other support.' },
    NO_SERVICES_NEEDS_MET_BY_CARER: { description: 'No services: the needs are met by a carer.' },
    NO_SERVICES_OTHER_REASON: { description: 'No services, for another reason.' },
    NHS_FUNDED_CARE: { description: 'The needs are met by NHS-funded care.' },
    SELF_FUNDED: { description: 'The person arranges and pays for their own care.' },
  },
});
registerEnumType(UnableReason, {
  name: 'UnableReason',
  description: 'England only: why the person cannot achieve an outcome (R3a, R3b). Any one is enough to count as "unable".',
  valuesConfig: {
    NEEDS_HELP: { description: 'Cannot achieve it without assistance.' },
    SIGNIFICANT_PAIN_DISTRESS_OR_ANXIETY: { description: 'Can achieve it without assistance, but only with significant pain, distress or anxiety.' },
    ENDANGERS_SELF_OR_OTHERS: { description: 'Can achieve it without assistance, but doing so endangers, or is likely to endanger, their or others’ health or safety.' },
    TAKES_SIGNIFICANTLY_LONGER: { description: 'Can achieve it without assistance, but it takes significantly longer than would normally be expected.' },
  },
});
registerEnumType(EligibilityFramework, {
  name: 'EligibilityFramework',
  description: 'Which eligibility criteria were applied: the council’s nation, and whether it was a carer’s assessment.',
  valuesConfig: {
    ENGLAND_ADULT: { description: 'England, adult: Care and Support (Eligibility Criteria) Regulations 2015, reg 2 (R3a).' },
    ENGLAND_CARER: { description: 'England, carer: Care and Support (Eligibility Criteria) Regulations 2015, reg 3 (R3b).' },
    WALES_ADULT: { description: 'Wales, adult: Care and Support (Eligibility) (Wales) Regulations 2015 (R3c).' },
    WALES_CARER: { description: 'Wales, carer: Care and Support (Eligibility) (Wales) Regulations 2015 (R3c).' },
  },
});
registerEnumType(DecisionLetterKind, {
  name: 'DecisionLetterKind',
  description: 'Why a decision letter is owed (R4).',
  valuesConfig: {
    NOT_ELIGIBLE: { description: 'The person has no eligible needs: written reasons and advice (Care Act s.13(2)). Only when the determination found them not eligible.' },
    ELIGIBLE_NEEDS_NOT_MET: {
      description: 'The person has eligible needs the council will not meet: written reasons and advice (Care Act s.24(2)). Only when the determination found them eligible.',
    },
  },
});

/** The people subgraph's Person, to which this subgraph adds `assessments`. */
@ObjectType('Person')
@Directive('@key(fields: "id")')
export class PersonRef {
  @Field(() => ID, { description: 'The person’s id, the same wherever the person appears in the graph.' })
  id!: string;
}

@ObjectType('NeedsAssessment', {
  description: 'An assessment of an adult’s needs for care and support, of a carer’s needs, or of both jointly; completing it determines eligibility (R3).',
})
@Directive('@key(fields: "id")')
export class NeedsAssessmentType {
  @Field(() => ID, { description: 'The assessment’s id.' })
  id!: string;

  @Field(() => PersonRef, { description: 'The person assessed.' })
  person!: PersonRef;

  @Field(() => AssessmentKind, { description: 'Whose needs it is of.' })
  kind!: AssessmentKind;

  @Field(() => AssessmentStatus, { description: 'Where it stands.' })
  status!: AssessmentStatus;

  @Field(() => LocalDateScalar, { description: 'The day it was requested, YYYY-MM-DD.' })
  requestedOn!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The day it was started, YYYY-MM-DD (Europe/London); null until started.' })
  startedOn!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The day it was completed, YYYY-MM-DD (Europe/London); null until completed, and again while reopened.' })
  completedOn!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The day it was withdrawn, YYYY-MM-DD (Europe/London); null unless withdrawn.' })
  withdrawnOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was withdrawn; null unless withdrawn.' })
  withdrawnReason!: string | null;

  @Field(() => ID, { nullable: true, description: 'The assessor’s practitioner record; null until started.' })
  assessorPractitionerId!: string | null;

  @Field(() => AssessmentMethod, { nullable: true, description: 'How it is carried out (CLD); null until started.' })
  method!: AssessmentMethod | null;

  @Field(() => [InvolvementType], { description: 'Who took part, how and when (R1); empty until recorded.' })
  involved!: InvolvementType[];

  @Field(() => AssessmentEventOutcome, { nullable: true, description: 'What follows the assessment (CLD), set on completion; null until completed, and again while reopened.' })
  eventOutcome!: AssessmentEventOutcome | null;

  @Field(() => PersonRef, { nullable: true, description: 'The other person of a joint assessment; null unless the kind is JOINT.' })
  jointPerson!: PersonRef | null;

  @Field(() => Int, { description: 'The record’s version: send it back with each change; a stale one is a CONFLICT.' })
  version!: number;
}

@ObjectType('Need', { description: 'A need recorded in an assessment, with the facts eligibility turns on.' })
export class NeedType {
  @Field(() => ID, { description: 'The need’s id.' })
  id!: string;

  @Field(() => NeedCode, { description: 'The outcome (England) or need area (Wales) this need is about.' })
  outcome!: NeedCode;

  @Field(() => [UnableReason], { description: 'England: why the person cannot achieve the outcome; empty when they can. Always empty in Wales.' })
  unableReasons!: UnableReason[];

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Wales, test (c): the person cannot meet this need alone, with the help of willing others, or with community services, leaving aside a carer who meets it (see metByCarer). Null in England.',
  })
  cannotMeetAlone!: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Wales, test (d), “can and can only”: the person’s outcomes are unlikely to be achieved unless the council helps. Null in England.',
  })
  onlyWithCouncilHelp!: boolean | null;

  @Field({ description: 'The need in the person’s own words.' })
  inOwnWords!: string;

  @Field({ description: 'The need comes and goes: it is assessed over a period long enough to see the whole pattern.' })
  fluctuates!: boolean;

  @Field(() => String, { nullable: true, description: 'For a fluctuating need, the period it was observed over, e.g. "three months"; null otherwise.' })
  observedOver!: string | null;

  @Field({
    description:
      'R3d: a willing and able carer meets this need now. In England it still counts towards eligibility; in Wales it is not eligible now but would be if the carer stopped.',
  })
  metByCarer!: boolean;

  @Field({ description: 'Another service (NHS, housing…) meets this need; the council does not arrange NHS care (R3d).' })
  metByOtherService!: boolean;

  @Field(() => String, { nullable: true, description: 'The service that meets the need; null unless metByOtherService.' })
  otherService!: string | null;

  @Field(() => Int, { description: 'The record’s version: send it back with updateNeed; a stale one is a CONFLICT.' })
  version!: number;
}

@InputType()
class NeedFieldsInput {
  @Field(() => NeedCode, {
    description:
      'The outcome or need area, from your council’s criteria: one for your council’s nation and the assessment’s kind (carer lists for CARER assessments; NEEDS and JOINT use the adult list), BAD_USER_INPUT otherwise (see NeedCode).',
  })
  outcome!: NeedCode;

  @Field(() => [UnableReason], { nullable: true, description: 'England: why the outcome cannot be achieved; leave out or empty when it can. Not allowed in Wales.' })
  unableReasons?: UnableReason[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Wales, test (c); required in Wales, not allowed in England.' })
  cannotMeetAlone?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Wales, test (d), “can and can only”; required in Wales, not allowed in England.' })
  onlyWithCouncilHelp?: boolean | null;

  @Field({ description: 'The need in the person’s own words, 1 to 4000 characters.' })
  inOwnWords!: string;

  @Field(() => Boolean, { nullable: true, description: 'The need comes and goes; default false. Then observedOver is required.' })
  fluctuates?: boolean | null;

  @Field(() => String, { nullable: true, description: 'For a fluctuating need, the period it was observed over, long enough to see the whole pattern.' })
  observedOver?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'R3d: a willing and able carer meets this need now; default false.' })
  metByCarer?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Another service (NHS, housing…) meets this need; default false. Then otherService is required.' })
  metByOtherService?: boolean | null;

  @Field(() => String, { nullable: true, description: 'The service that meets the need.' })
  otherService?: string | null;
}

@InputType('RecordNeedInput', { description: 'A need to record in an assessment in progress, checked against your council’s criteria.' })
export class RecordNeedInput extends NeedFieldsInput {
  @Field(() => ID, { description: 'The assessment, which must be in progress.' })
  assessmentId!: string;
}

@InputType('UpdateNeedInput', { description: 'A need as it should now be: every field is replaced, so send the ones to keep. Its assessment must be in progress.' })
export class UpdateNeedInput extends NeedFieldsInput {
  @Field(() => ID, { description: 'The need to change.' })
  id!: string;

  @Field(() => Int, { description: 'The version you are editing; a stale one is a CONFLICT.' })
  version!: number;
}

@ObjectType('EligibilityCondition', { description: 'One condition of the eligibility criteria, as tested.' })
export class EligibilityConditionType {
  @Field({ description: 'Rule and condition, e.g. R3a(b).' })
  condition!: string;

  @Field({ description: 'Whether it was met.' })
  met!: boolean;

  @Field({ description: 'What was tested, in words, with the facts found (e.g. the outcomes the person is unable to achieve).' })
  detail!: string;
}

@ObjectType('EligibilityDetermination', {
  description: 'The eligibility decision made when an assessment was completed: derived from the recorded facts and kept with its reasoning and who decided. Never edited.',
})
export class EligibilityDeterminationType {
  @Field(() => ID, { description: 'The determination’s id.' })
  id!: string;

  @Field(() => EligibilityFramework, { description: 'The criteria applied.' })
  framework!: EligibilityFramework;

  @Field({ description: 'Every condition was met: the person has eligible needs.' })
  eligible!: boolean;

  @Field({ description: 'R3d: the person would have eligible needs if their carer stopped caring, so the council can step in.' })
  eligibleIfCarerStopped!: boolean;

  @Field(() => [NeedCode], { description: 'The outcomes (England) or need areas (Wales) that are eligible needs; empty when not eligible.' })
  eligibleNeeds!: NeedCode[];

  @Field(() => [NeedCode], { description: 'Eligible needs the council must meet: those not met by a carer or another service.' })
  councilMustMeet!: NeedCode[];

  @Field(() => [EligibilityConditionType], { description: 'The conditions tested, in the order the law tests them; testing stops at the first that fails.' })
  path!: EligibilityConditionType[];

  @Field(() => String, { nullable: true, description: 'The condition that failed, e.g. R3a(b); null when eligible.' })
  failedCondition!: string | null;

  @Field({ description: 'The decision explained in words, from the conditions and any needs a carer meets.' })
  rationale!: string;

  @Field(() => String, { nullable: true, description: 'The practitioner’s note on completing the assessment; null when none.' })
  practitionerNote!: string | null;

  @Field({ description: 'The deciding practitioner’s sign-in (token subject).' })
  decidedBy!: string;

  @Field({ description: 'When the determination was made.' })
  createdAt!: Date;
}

@ObjectType('DecisionLetter', {
  description: 'A letter giving the person written reasons for a decision on their assessment and advice specific to their needs (R4), in their format (R2b).',
})
export class DecisionLetterType extends IssuedLetterFields {
  @Field(() => DecisionLetterKind, { description: 'Why the letter was owed.' })
  kind!: DecisionLetterKind;
}

@InputType('AdviceInput', { description: 'Advice about one need recorded in the assessment (R4).' })
export class AdviceInput {
  @Field(() => NeedCode, { description: 'The need’s outcome code, as recorded in this assessment.' })
  need!: NeedCode;

  @Field({
    description: 'What the person can do to reduce, prevent or delay this need: 30 to 4000 characters, in words they can act on, not a pointer to a website.',
  })
  advice!: string;
}

@InputType('IssueDecisionLetterInput', { description: 'A decision letter to issue for a completed assessment (R4).' })
export class IssueDecisionLetterInput {
  @Field(() => ID, { description: 'The assessment, which must be completed.' })
  assessmentId!: string;

  @Field(() => DecisionLetterKind, { description: 'Must match the determination: NOT_ELIGIBLE when not eligible, ELIGIBLE_NEEDS_NOT_MET when eligible.' })
  kind!: DecisionLetterKind;

  @Field({ description: 'The reasons for the decision in plain words, 20 to 8000 characters; a blank line starts a new paragraph.' })
  reasons!: string;

  @Field(() => [AdviceInput], { description: 'Advice for every need recorded in the assessment.' })
  advice!: AdviceInput[];

  @Field({ defaultValue: false, description: 'The person asked for a copy to go to their independent advocate; one must be on record.' })
  copyToAdvocate!: boolean;
}

@InputType('StartAssessmentInput', { description: 'Who carries out a requested assessment, and how.' })
export class StartAssessmentInput {
  @Field(() => ID, { description: 'The assessment, which must be REQUESTED.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read; a stale one is a CONFLICT.' })
  version!: number;

  @Field(() => ID, {
    description: 'The assessor: a practitioner in your council. A deafblind person’s assessor must be a qualified deafblind assessor for it to be completed (R2c).',
  })
  assessorPractitionerId!: string;

  @Field(() => AssessmentMethod, { description: 'How it is carried out.' })
  method!: AssessmentMethod;

  @Field(() => [InvolvementInput], { nullable: true, description: 'Who has taken part so far (R1); leave out for nobody yet.' })
  involved?: InvolvementInput[] | null;
}

@InputType('ReassignAssessmentInput', { description: 'A new assessor for an assessment in progress (R2c).' })
export class ReassignAssessmentInput {
  @Field(() => ID, { description: 'The assessment, which must be in progress.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read; a stale one is a CONFLICT.' })
  version!: number;

  @Field(() => ID, {
    description: 'The new assessor: a practitioner in your council (for a deafblind person, a qualified deafblind assessor, so the assessment can be completed, R2c).',
  })
  assessorPractitionerId!: string;

  @Field({ description: 'Why the assessor changes, 10 to 1000 characters.' })
  reason!: string;
}

@InputType('CompleteAssessmentInput', { description: 'The facts beyond the needs that eligibility is derived from, and what follows.' })
export class CompleteAssessmentInput {
  @Field(() => ID, { description: 'The assessment, which must be in progress.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read; a stale one is a CONFLICT.' })
  version!: number;

  @Field({
    description:
      'Condition (a): the needs arise from or relate to a physical or mental impairment or illness (Wales: also age, disability, dependence on alcohol or drugs, or similar); for a carer, from providing necessary care.',
  })
  needsArise!: boolean;

  @Field(() => Boolean, { nullable: true, description: 'England carers: the carer’s physical or mental health is, or is at risk of, deteriorating (R3b); default false.' })
  healthAtRisk?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'England, condition (c): as a result there is, or is likely to be, a significant impact on well-being; default false, which makes the person not eligible. Not used in Wales.',
  })
  significantImpact?: boolean | null;

  @Field(() => AssessmentEventOutcome, { description: 'What follows the assessment (CLD).' })
  eventOutcome!: AssessmentEventOutcome;

  @Field(() => String, { nullable: true, description: 'The practitioner’s note, kept with the determination.' })
  note?: string | null;
}

@InputType('CreateAssessmentInput', { description: 'A request for an assessment.' })
export class CreateAssessmentInput {
  @Field(() => ID, { description: 'The person to be assessed, in your council.' })
  personId!: string;

  @Field(() => AssessmentKind, { defaultValue: AssessmentKind.NEEDS, description: 'Whose needs it is of; default NEEDS.' })
  kind!: AssessmentKind;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The day it was requested, YYYY-MM-DD; not in the future; defaults to today.' })
  requestedOn?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Required for JOINT and not allowed otherwise: the other person (a carer, say). Both people need a standing JOINT_ASSESSMENT consent.',
  })
  jointPersonId?: string | null;
}

/** The assessment a change is made to, at the version read. */
@InputType()
abstract class AssessmentVersionInput {
  @Field(() => ID, { description: 'The assessment.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read; a stale one is a CONFLICT.' })
  version!: number;
}

@InputType('RecordAssessmentInvolvementInput', { description: 'Who has taken part in an assessment in progress (R1).' })
export class RecordAssessmentInvolvementInput extends AssessmentVersionInput {
  @Field(() => [InvolvementInput], { description: 'Everyone who has taken part so far; replaces the list.' })
  involved!: InvolvementInput[];
}

@InputType('WithdrawAssessmentInput', { description: 'A requested or in-progress assessment to withdraw, and why.' })
export class WithdrawAssessmentInput extends AssessmentVersionInput {
  @Field({ description: 'Why it is withdrawn; required.' })
  reason!: string;
}

@InputType('AssessmentsFollowDeathInput', { description: 'The person whose date of death was recorded, corrected or removed.' })
export class AssessmentsFollowDeathInput {
  @Field(() => ID, { description: 'A person of your authority.' })
  personId!: string;
}

@InputType('ReopenAssessmentInput', { description: 'A completed assessment to reopen, and why.' })
export class ReopenAssessmentInput extends AssessmentVersionInput {
  @Field({ description: 'Why it is reopened; required.' })
  reason!: string;
}
