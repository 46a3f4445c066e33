import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { InvolvementInput, enumValueLabels } from '@careplan/subgraph-kit';
import {
  ChildConsentBasis,
  DELIVERY_MECHANISM_LABELS,
  DeliveryMechanism,
  NeedCode,
  OtherPlanType,
  PLAN_CONTENT_RULE_LABELS,
  PlanContentRule,
  PlanLink,
  SERVICE_COMPONENT_LABELS,
  SERVICE_TYPE_LABELS,
  ServiceComponent,
  ServiceType,
  SupportKind,
} from '@careplan/domain';

registerEnumType(PlanLink, {
  name: 'PlanLink',
  description: 'What makes a plan more than the person’s own (R7).',
  valuesConfig: {
    JOINT_PERSON: { description: 'The other person of a joint plan (usually a carer).' },
    OTHER_PLAN: { description: 'Another organisation’s plan it is combined with, its lead and reference.' },
  },
});

registerEnumType(OtherPlanType, {
  name: 'OtherPlanType',
  description: 'Another organisation’s plan a care and support plan may be combined with (R7).',
  valuesConfig: {
    CARE_PROGRAMME_APPROACH: { description: 'A mental health Care Programme Approach (CPA) plan, as used in England.' },
    CARE_AND_TREATMENT_PLAN: { description: 'Wales only: a mental health Care and Treatment Plan; refused for an English council.' },
    HEALTH_PLAN: { description: 'A health plan, for example from the NHS.' },
    CHILDS_PLAN: { description: 'A child’s plan: combined only with the child’s consent or, if they lack capacity, in their best interests (R7).' },
    OTHER: { description: 'Any other organisation’s plan; otherPlanReference can say which.' },
  },
});
registerEnumType(PlanContentRule, {
  name: 'PlanContentRule',
  description: 'The rule a plan’s content is checked against before sign-off, by the council’s nation.',
  valuesConfig: enumValueLabels(PLAN_CONTENT_RULE_LABELS),
});
registerEnumType(ChildConsentBasis, {
  name: 'ChildConsentBasis',
  description: 'Why a child’s plan may be combined with this one (R7).',
  valuesConfig: {
    CHILD_CONSENTED: { description: 'The child consented.' },
    BEST_INTERESTS: { description: 'The child lacks capacity to consent, and combining the plans is in their best interests.' },
  },
});
registerEnumType(ServiceType, {
  name: 'ServiceType',
  description: 'Client Level Data (CLD) service type of a support item, for the national return; values show the CLD wording.',
  valuesConfig: enumValueLabels(SERVICE_TYPE_LABELS),
});
registerEnumType(ServiceComponent, {
  name: 'ServiceComponent',
  description: 'Client Level Data (CLD) service component: what the support is, for the national return; values show the CLD wording.',
  valuesConfig: enumValueLabels(SERVICE_COMPONENT_LABELS),
});
registerEnumType(DeliveryMechanism, {
  name: 'DeliveryMechanism',
  description: 'Client Level Data (CLD) delivery mechanism: how the support is paid for and arranged; values show the CLD wording (CASSR = the council).',
  valuesConfig: enumValueLabels(DELIVERY_MECHANISM_LABELS),
});
registerEnumType(SupportKind, {
  name: 'SupportKind',
  description: 'How a need is met (R6): ways of meeting needs, not a closed menu of services.',
  valuesConfig: {
    COUNCIL_PROVIDED: { description: 'Provided by the council itself.' },
    COMMISSIONED_PROVIDER: { description: 'Commissioned by the council from a provider, including charities.' },
    DIRECT_PAYMENT: { description: 'Paid for by a direct payment the person (or someone for them) arranges (R12a).' },
    INDIVIDUAL_SERVICE_FUND: { description: 'Paid from an individual service fund: part of the budget held by a provider for the person (R11b).' },
    COMMUNITY_OR_VOLUNTARY: { description: 'Support from the community or a voluntary group.' },
    EQUIPMENT_OR_ADAPTATION: { description: 'Equipment, or an adaptation to the home.' },
    INFORMATION_AND_ADVICE: { description: 'Information and advice.' },
  },
});

@ObjectType('PlanOutcome', { description: 'A desired outcome in the person’s own words (R5(d); in Wales, a personal outcome, R5w).' })
export class PlanOutcomeType {
  @Field(() => ID, { description: 'The outcome’s id; support items name it in outcomeIds.' })
  id!: string;

  @Field({ description: 'The outcome as the person put it.' })
  inOwnWords!: string;
}

@ObjectType('SupportItem', { description: 'One way an eligible need is met (R6).' })
export class SupportItemType {
  @Field(() => ID, { description: 'The support item’s id; the personal budget costs it by this id (R11).' })
  id!: string;

  @Field(() => NeedCode, { description: 'The eligible need it meets, one of the eligible needs of the plan’s assessment.' })
  need!: NeedCode;

  @Field(() => SupportKind, { description: 'How the need is met (R6).' })
  kind!: SupportKind;

  @Field({ description: 'How the support meets the need, in words.' })
  description!: string;

  @Field(() => String, { nullable: true, description: 'Who provides it; null when none is named (allowed only for a direct payment, equipment or adaptation, or information and advice).' })
  provider!: string | null;

  @Field(() => String, { nullable: true, description: 'When it happens, in words (e.g. "mornings, 8–9am"); null when not given.' })
  schedule!: string | null;

  @Field(() => Number, { nullable: true, description: 'Units planned a week (hours, visits…), 0 to 672, for the national return; null when not given.' })
  plannedUnitsPerWeek!: number | null;

  @Field(() => String, { nullable: true, description: 'How often, in words (e.g. "twice a day"); null when not given.' })
  frequency!: string | null;

  @Field(() => ServiceType, { nullable: true, description: 'CLD service type; an item of SHORT_TERM_REABLEMENT is free and outside the personal budget (R11a). Null when not recorded.' })
  serviceType!: ServiceType | null;

  @Field(() => ServiceComponent, { nullable: true, description: 'CLD service component: what the support is; null when not recorded.' })
  serviceComponent!: ServiceComponent | null;

  @Field(() => DeliveryMechanism, { nullable: true, description: 'CLD delivery mechanism: DIRECT_PAYMENT exactly when kind is DIRECT_PAYMENT; null when not recorded.' })
  deliveryMechanism!: DeliveryMechanism | null;

  @Field(() => [ID], { description: 'Ids of the plan’s outcomes this support serves (R5(d)).' })
  outcomeIds!: string[];
}

@InputType('AddSupportItemInput', { description: 'One way to meet an eligible need (R6), added to a plan while it is DRAFT or RETURNED.' })
export class AddSupportItemInput {
  @Field(() => ID, { description: 'The plan, DRAFT or RETURNED; its assessment must have eligible needs.' })
  planId!: string;

  @Field(() => NeedCode, { description: 'The eligible need it meets: one of the eligible needs of the plan’s assessment (BAD_USER_INPUT otherwise).' })
  need!: NeedCode;

  @Field(() => SupportKind, { description: 'How the need is met (R6).' })
  kind!: SupportKind;

  @Field({ description: 'How the support meets the need, in words (1 to 2000 characters).' })
  description!: string;

  @Field(() => String, { nullable: true, description: 'Who provides it (up to 200 characters); required except for a direct payment, equipment or adaptation, or information and advice.' })
  provider?: string | null;

  @Field(() => String, { nullable: true, description: 'When it happens, in words (up to 500 characters).' })
  schedule?: string | null;

  @Field(() => Number, { nullable: true, description: 'Units planned a week (hours, visits…), 0 to 672.' })
  plannedUnitsPerWeek?: number | null;

  @Field(() => String, { nullable: true, description: 'How often, in words (up to 200 characters).' })
  frequency?: string | null;

  @Field(() => ServiceType, { nullable: true, description: 'CLD service type; SHORT_TERM_REABLEMENT keeps the item out of the personal budget (R11a).' })
  serviceType?: ServiceType | null;

  @Field(() => ServiceComponent, { nullable: true, description: 'CLD service component: what the support is.' })
  serviceComponent?: ServiceComponent | null;

  @Field(() => DeliveryMechanism, {
    nullable: true,
    description: 'CLD delivery mechanism: must be DIRECT_PAYMENT exactly when kind is DIRECT_PAYMENT; left out, it is DIRECT_PAYMENT for a direct payment and null otherwise.',
  })
  deliveryMechanism?: DeliveryMechanism | null;

  @Field(() => [ID], { nullable: true, description: 'Ids of this plan’s outcomes the support serves (R5(d)); every support item needs one before sign-off in England.' })
  outcomeIds?: string[] | null;
}

@InputType('PlanSectionsInput', {
  description: 'The plan’s sections in words, for a DRAFT or RETURNED plan: leave a field out to keep it; null or blank clears it. Each text is at most 8000 characters.',
})
export class PlanSectionsInput {
  @Field(() => ID, { description: 'The plan, DRAFT or RETURNED.' })
  id!: string;

  @Field(() => Int, { description: 'The plan’s edit counter `version` as you read it; a stale one is a CONFLICT.' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'Strengths and assets: family, friends, community and the person’s own skills (R5).' })
  strengthsAndAssets?: string | null;

  @Field(() => String, { nullable: true, description: 'Advice and information to reduce, prevent or delay needs (R5(f)).' })
  adviceAndInformation?: string | null;

  @Field(() => String, { nullable: true, description: 'What happens if needs fluctuate or there is a crisis (R5).' })
  contingencyPlan?: string | null;

  @Field(() => String, { nullable: true, description: 'Who coordinates the plan (R5).' })
  namedCoordinator?: string | null;

  @Field(() => String, { nullable: true, description: 'How and when the plan will be reviewed (R5, R5w, R13).' })
  reviewArrangements?: string | null;

  @Field(() => Int, { nullable: true, description: 'Months between planned reviews when agreed more often than the council’s usual gap: 1 to 12; null for the usual gap (R13).' })
  reviewEveryMonths?: number | null;

  @Field(() => String, { nullable: true, description: 'For a carer’s support plan: the carer’s outcomes and wishes about caring, work, education and recreation (R5(d)).' })
  carerWishes?: string | null;

  @Field(() => String, { nullable: true, description: 'The needs a carer meets (R3d); required before sign-off when the assessment found any.' })
  needsMetByCarer?: string | null;

  @Field(() => String, { nullable: true, description: 'For needs met by a direct payment: which needs, the amount and how often (R5(g), R5w).' })
  directPaymentDetails?: string | null;

  @Field(() => String, { nullable: true, description: 'Wales: the actions the council and others will take (R5w).' })
  actionsByOthers?: string | null;

  @Field(() => String, { nullable: true, description: 'Wales: how progress towards the personal outcomes will be monitored (R5w).' })
  progressMonitoring?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Wales: whether an adult-at-risk enquiry was made (R5w); null or left out keeps it.' })
  adultAtRiskEnquiry?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Wales: the conclusion of the adult-at-risk enquiry (R5w).' })
  adultAtRiskConclusion?: string | null;
}

@ObjectType('MissingPlanItem', { description: 'One thing the plan must still record before sign-off.' })
export class MissingPlanItemType {
  @Field({ description: 'The rule and item, e.g. "R5(e)", "R5w monitoring", or "R1" / "R2c" for who must take part in planning.' })
  id!: string;

  @Field({ description: 'What is missing, in plain English (e.g. "the personal budget").' })
  label!: string;
}

@ObjectType('PlanContentCheck', { description: 'What the plan still lacks before sign-off under R5 (England) or R5w (Wales), and who must still take part in planning (R1, R2c).' })
export class PlanContentCheckType {
  @Field(() => PlanContentRule, { description: 'The content rule applied, by the council’s nation: R5 (England) or R5w (Wales).' })
  rule!: PlanContentRule;

  @Field(() => [MissingPlanItemType], { description: 'What is still missing; empty when the plan’s content allows sign-off.' })
  missing!: MissingPlanItemType[];
}

@InputType('PlanInvolvementInput', { description: 'Who took part in planning (R1), recorded at any stage up to agreement.' })
export class PlanInvolvementInput {
  @Field(() => ID, { description: 'The plan, not yet agreed: DRAFT, RETURNED, PROPOSED, AWAITING_APPROVAL or APPROVED (CONFLICT otherwise).' })
  id!: string;

  @Field(() => Int, { description: 'The plan’s edit counter `version` as you read it; a stale one is a CONFLICT.' })
  version!: number;

  @Field(() => [InvolvementInput], { description: 'Everyone who took part; replaces the whole list. Dates YYYY-MM-DD, not in the future.' })
  involved!: InvolvementInput[];
}

@InputType('CombinePlanInput', { description: 'The other organisation’s plan this one is combined with, and who leads it (R7).' })
export class CombinePlanInput {
  @Field(() => ID, { description: 'The plan, DRAFT or RETURNED.' })
  id!: string;

  @Field(() => Int, { description: 'The plan’s edit counter `version` as you read it; a stale one is a CONFLICT.' })
  version!: number;

  @Field(() => OtherPlanType, { description: 'The kind of plan it is combined with; CARE_AND_TREATMENT_PLAN in Wales only.' })
  otherPlanType!: OtherPlanType;

  @Field(() => String, { nullable: true, description: 'The other plan’s reference at its organisation, if known.' })
  otherPlanReference?: string | null;

  @Field({ description: 'The one organisation that leads the combined plan (1 to 200 characters).' })
  leadOrganisation!: string;

  @Field({ description: 'The named lead professional (1 to 200 characters).' })
  leadProfessional!: string;

  @Field(() => ChildConsentBasis, { nullable: true, description: 'Required for a child’s plan, and given only then (R7).' })
  childConsentBasis?: ChildConsentBasis | null;
}

@InputType('SeparatePlanInput', { description: 'What to separate a plan from, so it is the person’s own (R7).' })
export class SeparatePlanInput {
  @Field(() => ID, { description: 'The plan, DRAFT or RETURNED.' })
  id!: string;

  @Field(() => Int, { description: 'The plan’s edit counter `version` as you read it; a stale one is a CONFLICT.' })
  version!: number;

  @Field(() => [PlanLink], { description: 'The other person of a joint plan, the other organisation’s plan, or both; only links the plan has.' })
  from!: PlanLink[];
}

@InputType('AddPlanOutcomeInput', { description: 'A desired outcome to add to a plan while it is DRAFT or RETURNED (R5(d), R5w).' })
export class AddPlanOutcomeInput {
  @Field(() => ID, { description: 'The plan’s id.' })
  planId!: string;

  @Field({ description: 'The outcome as the person put it (1 to 2000 characters).' })
  inOwnWords!: string;
}

@InputType('RemovePlanOutcomeInput', { description: 'A desired outcome to remove from its plan while the plan is DRAFT or RETURNED.' })
export class RemovePlanOutcomeInput {
  @Field(() => ID, { description: 'The outcome’s id.' })
  id!: string;
}

@InputType('RemoveSupportItemInput', { description: 'A support item to remove from its plan while the plan is DRAFT or RETURNED.' })
export class RemoveSupportItemInput {
  @Field(() => ID, { description: 'The support item’s id.' })
  id!: string;
}
