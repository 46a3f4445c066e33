import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { OtherPlanType, PlanKind, PlanStatus, AgreementParty } from '@careplan/domain';
import { InvolvementType } from '@careplan/subgraph-kit';

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

  @Field(() => String, { nullable: true, description: 'Family, friends, community, the person’s own skills.' })
  strengthsAndAssets!: string | null;

  @Field(() => String, { nullable: true, description: 'To reduce, prevent or delay needs.' })
  adviceAndInformation!: string | null;

  @Field(() => String, { nullable: true, description: 'For fluctuating needs or a crisis.' })
  contingencyPlan!: string | null;

  @Field(() => String, { nullable: true })
  namedCoordinator!: string | null;

  @Field(() => String, { nullable: true })
  reviewArrangements!: string | null;

  @Field(() => Int, { nullable: true, description: 'Agreed review frequency when more often than yearly.' })
  reviewEveryMonths!: number | null;

  @Field(() => String, { nullable: true, description: 'A carer’s outcomes and wishes about caring, work, education and recreation.' })
  carerWishes!: string | null;

  @Field(() => String, { nullable: true, description: 'Needs a carer meets (R3d).' })
  needsMetByCarer!: string | null;

  @Field(() => String, { nullable: true, description: 'Which needs, the amount and how often.' })
  directPaymentDetails!: string | null;

  @Field(() => String, { nullable: true, description: 'Wales: actions by the council and others.' })
  actionsByOthers!: string | null;

  @Field(() => String, { nullable: true, description: 'Wales: how progress towards outcomes is monitored.' })
  progressMonitoring!: string | null;

  @Field(() => [InvolvementType], { description: 'Who took part in planning, how and when (R1).' })
  involved!: InvolvementType[];

  @Field(() => PersonRef, { nullable: true, description: 'R7: the other person of a joint plan.' })
  jointPerson!: PersonRef | null;

  @Field(() => OtherPlanType, { nullable: true, description: 'R7: the other plan this one is combined with.' })
  combinedWith!: OtherPlanType | null;

  @Field(() => String, { nullable: true })
  combinedReference!: string | null;

  @Field(() => String, { nullable: true })
  leadOrganisation!: string | null;

  @Field(() => String, { nullable: true })
  leadProfessional!: string | null;

  @Field(() => Int, { description: 'This plan’s version: 1, then one more for each revision.' })
  planVersion!: number;

  @Field(() => ID, { nullable: true, description: 'The version this one revised.' })
  previousVersionId!: string | null;

  @Field(() => String, { nullable: true })
  proposedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'R9: the person has until this day to consider the plan.' })
  considerationEnds!: string | null;

  @Field(() => String, { nullable: true })
  submittedOn!: string | null;

  @Field()
  unusual!: boolean;

  @Field(() => Int, { nullable: true, description: 'Annual cost approval was sought for, in pence (R8).' })
  annualCostPence!: number | null;

  @Field(() => String, { nullable: true })
  approvedBy!: string | null;

  @Field(() => String, { nullable: true })
  approvedOn!: string | null;

  @Field(() => String, { nullable: true })
  returnedReason!: string | null;

  @Field(() => String, { nullable: true })
  agreedOn!: string | null;

  @Field(() => AgreementParty, { nullable: true, description: 'Who agreed the plan: the person, or who agreed it for them (R9).' })
  agreedBy!: AgreementParty | null;

  @Field(() => String, { nullable: true })
  activatedOn!: string | null;

  @Field(() => String, { nullable: true })
  closedOn!: string | null;

  @Field(() => String, { nullable: true })
  closedReason!: string | null;

  @Field({ description: 'Wales: an adult-at-risk enquiry was made.' })
  adultAtRiskEnquiry!: boolean;

  @Field(() => String, { nullable: true })
  adultAtRiskConclusion!: string | null;

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

  @Field(() => ID, { nullable: true, description: 'R7: a joint plan with this person (a carer); both must consent.' })
  jointPersonId?: string | null;
}
