import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AgeBand } from '@careplan/domain';
import { LocalDateScalar } from '@careplan/subgraph-kit';

registerEnumType(AgeBand, {
  name: 'AgeBand',
  description: 'Age in bands, which is all analytics keeps of a date of birth.',
  valuesConfig: {
    UNDER_18: { description: 'Under 18.' },
    AGE_18_24: { description: '18 to 24.' },
    AGE_25_64: { description: '25 to 64.' },
    AGE_65_74: { description: '65 to 74.' },
    AGE_75_84: { description: '75 to 84.' },
    AGE_85_PLUS: { description: '85 and over.' },
  },
});

@InputType({ description: 'What analytics may know of the person an event is about; the id is turned into a keyed pseudonym and not kept.' })
export class PersonFactsInput {
  @Field(() => ID, { description: 'The person’s id, only to make their pseudonym; never stored.' })
  personId!: string;

  @Field(() => AgeBand, { nullable: true, description: 'Their age band on the day of the event.' })
  ageBand?: AgeBand | null;

  @Field(() => String, { nullable: true, description: 'Gender, a `Gender` value.' })
  gender?: string | null;

  @Field(() => String, { nullable: true, description: 'Ethnicity, an `Ethnicity` value.' })
  ethnicity?: string | null;

  @Field(() => String, { nullable: true, description: 'The outward code of their postcode (“E8”), never the full postcode or address.' })
  postcodeDistrict?: string | null;

  @Field(() => String, { nullable: true, description: 'Primary support reason, a `PrimarySupportReason` value.' })
  primarySupportReason?: string | null;

  @Field(() => ID, { nullable: true, description: 'The team the person is with.' })
  teamId?: string | null;

  @Field(() => String, { nullable: true, description: 'Whose record it is, a `ClientType` value.' })
  clientType?: string | null;
}

@InputType({ description: 'A needs assessment as it stands.' })
export class AssessmentFactsInput {
  @Field(() => ID, { description: 'The assessment’s id, kept only as a keyed reference.' })
  assessmentId!: string;

  @Field(() => String, { description: 'Its status, an `AssessmentStatus` value.' })
  status!: string;

  @Field(() => LocalDateScalar, { description: 'The day it was requested.' })
  requestedOn!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The day it was completed; null while it is not.' })
  completedOn?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the latest determination found eligible needs; null until completed.' })
  eligible?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Its kind, an `AssessmentKind` value.' })
  kind?: string | null;

  @Field(() => String, { nullable: true, description: 'How it was carried out, an `AssessmentMethod` value.' })
  method?: string | null;

  @Field(() => String, { nullable: true, description: 'What follows it, an `AssessmentEventOutcome` value.' })
  eventOutcome?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The day it started.' })
  startedOn?: string | null;
}

@InputType({ description: 'The support a plan arranges, by its Client Level Data codes.' })
export class SupportItemFactsInput {
  @Field(() => ID, { nullable: true, description: 'The support item’s id, kept only as a keyed reference.' })
  supportItemId?: string | null;

  @Field(() => Int, { nullable: true, description: 'The unit cost of its cost line in the budget, in pence.' })
  unitCostPence?: number | null;

  @Field(() => String, { nullable: true, description: 'The unit that cost is per, a `UnitType` value.' })
  unitType?: string | null;

  @Field(() => Float, { nullable: true, description: 'Planned units a week.' })
  plannedUnitsPerWeek?: number | null;

  @Field(() => String, { nullable: true, description: 'CLD service type, a `ServiceType` value.' })
  serviceType?: string | null;

  @Field(() => String, { nullable: true, description: 'CLD service component, a `ServiceComponent` value.' })
  serviceComponent?: string | null;

  @Field(() => String, { nullable: true, description: 'CLD delivery mechanism, a `DeliveryMechanism` value.' })
  deliveryMechanism?: string | null;
}

@InputType({ description: 'A care and support plan as it stands.' })
export class PlanFactsInput {
  @Field(() => ID, { description: 'The plan’s id, kept only as a keyed reference.' })
  planId!: string;

  @Field(() => ID, { nullable: true, description: 'The assessment the plan meets, kept only as a keyed reference.' })
  assessmentId?: string | null;

  @Field(() => String, { description: 'Its status, a `PlanStatus` value.' })
  status!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The day it was agreed (signed off).' })
  agreedOn?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The day it closed.' })
  closedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Why it closed, a `PlanClosureReason` value.' })
  closureReason?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The day a plan agreed since replaced it (REVISED): it is counted in force until then.' })
  revisedOn?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'It revises a plan agreed before (a new version), so its agreement answers no new request; false when left out.' })
  revises?: boolean | null;

  @Field(() => [SupportItemFactsInput], { description: 'Its support items, by CLD codes only.' })
  supportItems!: SupportItemFactsInput[];
}

@InputType({ description: 'A personal budget as it stands.' })
export class BudgetFactsInput {
  @Field(() => ID, { description: 'The budget’s id, kept only as a keyed reference.' })
  budgetId!: string;

  @Field(() => ID, { description: 'The plan it belongs to, kept only as a keyed reference.' })
  planId!: string;

  @Field(() => Int, { nullable: true, description: 'The final weekly amount in pence; null until finalised.' })
  weeklyPence?: number | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The day it was finalised.' })
  finalisedOn?: string | null;
}

@InputType({ description: 'A direct payment as it stands.' })
export class DirectPaymentFactsInput {
  @Field(() => ID, { description: 'The direct payment’s id, kept only as a keyed reference.' })
  directPaymentId!: string;

  @Field(() => String, { description: 'Its status, a `DirectPaymentStatus` value.' })
  status!: string;

  @Field(() => LocalDateScalar, { description: 'The day of the first payment.' })
  startedOn!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The day it ended.' })
  endedOn?: string | null;
}

@InputType({ description: 'A review as it stands.' })
export class ReviewFactsInput {
  @Field(() => ID, { description: 'The review’s id, kept only as a keyed reference.' })
  reviewId!: string;

  @Field(() => ID, { description: 'The plan reviewed, kept only as a keyed reference.' })
  planId!: string;

  @Field(() => String, { description: 'Its kind, a `ReviewKind` value.' })
  kind!: string;

  @Field(() => String, { description: 'Its status, a `ReviewStatus` value.' })
  status!: string;

  @Field(() => LocalDateScalar, { description: 'The day it is due.' })
  dueDate!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The day it was completed.' })
  completedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Its outcome, a `ReviewOutcome` value.' })
  outcome?: string | null;

  @Field(() => String, { nullable: true, description: 'What prompted an unplanned review, an `UnplannedTrigger` value.' })
  trigger?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The day it started.' })
  startedOn?: string | null;
}

@InputType({ description: 'A move between councils as the council recording the event sees it.' })
export class HandoverFactsInput {
  @Field(() => ID, { description: 'The handover’s id, kept only as a keyed reference.' })
  handoverId!: string;

  @Field(() => String, { description: 'INCOMING or OUTGOING, for this council.' })
  direction!: string;

  @Field(() => String, { description: 'Its status, a `HandoverStatus` value.' })
  status!: string;

  @Field(() => LocalDateScalar, { description: 'The day of the move.' })
  moveDate!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The day the person arrived.' })
  arrivedOn?: string | null;
}

@InputType({ description: 'The facts one domain event brought about, read from the graph by the worker, for the analytics read model.' })
export class RecordAnalyticsFactsInput {
  @Field(() => ID, { description: 'The domain event’s id: recording it again changes nothing.' })
  eventId!: string;

  @Field(() => String, { description: 'The domain event’s name, e.g. `PlanSignedOff`.' })
  eventType!: string;

  @Field(() => LocalDateScalar, { description: 'The day the event happened (Europe/London).' })
  occurredOn!: string;

  @Field(() => PersonFactsInput, { description: 'The person the event is about.' })
  person!: PersonFactsInput;

  @Field(() => AssessmentFactsInput, { nullable: true, description: 'The assessment, for an assessment event.' })
  assessment?: AssessmentFactsInput | null;

  @Field(() => PlanFactsInput, { nullable: true, description: 'The plan, for a plan or budget event.' })
  plan?: PlanFactsInput | null;

  @Field(() => BudgetFactsInput, { nullable: true, description: 'The plan’s personal budget, when it has one.' })
  budget?: BudgetFactsInput | null;

  @Field(() => DirectPaymentFactsInput, { nullable: true, description: 'The direct payment, for a direct-payment event.' })
  directPayment?: DirectPaymentFactsInput | null;

  @Field(() => ReviewFactsInput, { nullable: true, description: 'The review, for a review event.' })
  review?: ReviewFactsInput | null;

  @Field(() => HandoverFactsInput, { nullable: true, description: 'The move, for a handover event.' })
  handover?: HandoverFactsInput | null;
}

@ObjectType({ description: 'One domain event as the analytics read model recorded it.' })
export class AnalyticsFactsRecord {
  @Field(() => ID, { description: 'The domain event’s id.' })
  eventId!: string;

  @Field(() => String, { description: 'The domain event’s name.' })
  eventType!: string;

  @Field(() => Date, { description: 'When it was first recorded.' })
  recordedAt!: Date;

  @Field(() => Boolean, { description: 'The event had been recorded before: nothing changed.' })
  duplicate!: boolean;
}
