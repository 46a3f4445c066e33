import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { enumValueLabels } from '@careplan/subgraph-kit';
import {
  ChildConsentBasis,
  DELIVERY_MECHANISM_LABELS,
  DeliveryMechanism,
  OtherPlanType,
  SERVICE_COMPONENT_LABELS,
  SERVICE_TYPE_LABELS,
  ServiceComponent,
  ServiceType,
  SupportKind,
} from '@careplan/domain';

registerEnumType(OtherPlanType, { name: 'OtherPlanType', description: 'Plans a care and support plan may be combined with (R7).' });
registerEnumType(ChildConsentBasis, { name: 'ChildConsentBasis' });
registerEnumType(ServiceType, { name: 'ServiceType', description: 'CLD service type', valuesConfig: enumValueLabels(SERVICE_TYPE_LABELS) });
registerEnumType(ServiceComponent, { name: 'ServiceComponent', description: 'CLD service component', valuesConfig: enumValueLabels(SERVICE_COMPONENT_LABELS) });
registerEnumType(DeliveryMechanism, { name: 'DeliveryMechanism', description: 'CLD delivery mechanism', valuesConfig: enumValueLabels(DELIVERY_MECHANISM_LABELS) });
registerEnumType(SupportKind, { name: 'SupportKind', description: 'How a need is met (R6): ways, not a closed menu of services.' });

@ObjectType('PlanOutcome', { description: 'A desired outcome in the person’s own words.' })
export class PlanOutcomeType {
  @Field(() => ID)
  id!: string;

  @Field()
  inOwnWords!: string;
}

@ObjectType('SupportItem', { description: 'R6: one way an eligible need is met.' })
export class SupportItemType {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The eligible need (outcome code) it meets.' })
  need!: string;

  @Field(() => SupportKind)
  kind!: SupportKind;

  @Field()
  description!: string;

  @Field(() => String, { nullable: true })
  provider!: string | null;

  @Field(() => String, { nullable: true, description: 'When, in words.' })
  schedule!: string | null;

  @Field(() => Number, { nullable: true })
  plannedUnitsPerWeek!: number | null;

  @Field(() => String, { nullable: true, description: 'How often, in words.' })
  frequency!: string | null;

  @Field(() => ServiceType, { nullable: true })
  serviceType!: ServiceType | null;

  @Field(() => ServiceComponent, { nullable: true })
  serviceComponent!: ServiceComponent | null;

  @Field(() => DeliveryMechanism, { nullable: true })
  deliveryMechanism!: DeliveryMechanism | null;

  @Field(() => [ID], { description: 'The outcomes it serves.' })
  outcomeIds!: string[];
}

@InputType('AddSupportItemInput')
export class AddSupportItemInput {
  @Field(() => ID)
  planId!: string;

  @Field()
  need!: string;

  @Field(() => SupportKind)
  kind!: SupportKind;

  @Field()
  description!: string;

  @Field(() => String, { nullable: true })
  provider?: string | null;

  @Field(() => String, { nullable: true })
  schedule?: string | null;

  @Field(() => Number, { nullable: true })
  plannedUnitsPerWeek?: number | null;

  @Field(() => String, { nullable: true })
  frequency?: string | null;

  @Field(() => ServiceType, { nullable: true })
  serviceType?: ServiceType | null;

  @Field(() => ServiceComponent, { nullable: true })
  serviceComponent?: ServiceComponent | null;

  @Field(() => DeliveryMechanism, { nullable: true })
  deliveryMechanism?: DeliveryMechanism | null;

  @Field(() => [ID], { nullable: true })
  outcomeIds?: string[] | null;
}

@InputType('PlanSectionsInput', { description: 'The plan’s sections in words; leave one out to keep it, null to clear it.' })
export class PlanSectionsInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => String, { nullable: true })
  strengthsAndAssets?: string | null;

  @Field(() => String, { nullable: true })
  adviceAndInformation?: string | null;

  @Field(() => String, { nullable: true })
  contingencyPlan?: string | null;

  @Field(() => String, { nullable: true })
  namedCoordinator?: string | null;

  @Field(() => String, { nullable: true })
  reviewArrangements?: string | null;

  @Field(() => Int, { nullable: true })
  reviewEveryMonths?: number | null;

  @Field(() => String, { nullable: true })
  carerWishes?: string | null;

  @Field(() => String, { nullable: true })
  needsMetByCarer?: string | null;

  @Field(() => String, { nullable: true })
  directPaymentDetails?: string | null;

  @Field(() => String, { nullable: true })
  actionsByOthers?: string | null;

  @Field(() => String, { nullable: true })
  progressMonitoring?: string | null;

  @Field(() => Boolean, { nullable: true })
  adultAtRiskEnquiry?: boolean | null;

  @Field(() => String, { nullable: true })
  adultAtRiskConclusion?: string | null;
}

@ObjectType('MissingPlanItem')
export class MissingPlanItemType {
  @Field({ description: 'Rule and item, e.g. R5(e).' })
  id!: string;

  @Field()
  label!: string;
}

@ObjectType('PlanContentCheck', { description: 'What the plan still lacks before sign-off under R5 (England) or R5w (Wales).' })
export class PlanContentCheckType {
  @Field()
  rule!: string;

  @Field(() => [MissingPlanItemType])
  missing!: MissingPlanItemType[];
}

@InputType('CombinePlanInput')
export class CombinePlanInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => OtherPlanType)
  otherPlanType!: OtherPlanType;

  @Field(() => String, { nullable: true })
  otherPlanReference?: string | null;

  @Field()
  leadOrganisation!: string;

  @Field()
  leadProfessional!: string;

  @Field(() => ChildConsentBasis, { nullable: true, description: 'For a child’s plan only.' })
  childConsentBasis?: ChildConsentBasis | null;
}
