import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { StatisticsDimension } from '@careplan/domain';
import { LocalDateScalar } from '@careplan/subgraph-kit';

registerEnumType(StatisticsDimension, {
  name: 'StatisticsDimension',
  description: 'What `careStatistics` can group by.',
  valuesConfig: {
    PRIMARY_SUPPORT_REASON: { description: 'The person’s primary support reason (a `PrimarySupportReason` value).' },
    AGE_BAND: { description: 'The person’s age band (an `AgeBand` value) as last recorded.' },
    GENDER: { description: 'The person’s gender (a `Gender` value).' },
    ETHNICITY: { description: 'The person’s ethnicity (an `Ethnicity` value).' },
    TEAM: { description: 'The id of the person’s team.' },
    POSTCODE_DISTRICT: { description: 'The outward code of the person’s postcode (“E8”).' },
    SERVICE_TYPE: { description: 'CLD service type of the support in the plans in force (a `ServiceType` value); only people with long-term support have one.' },
    DELIVERY_MECHANISM: { description: 'CLD delivery mechanism (a `DeliveryMechanism` value); people with long-term support and direct payments have one.' },
    ELIGIBILITY_OUTCOME: { description: 'ELIGIBLE or NOT_ELIGIBLE; only completed assessments have one.' },
    REVIEW_OUTCOME: { description: 'The review’s outcome (a `ReviewOutcome` value); only completed reviews have one.' },
    NATION: { description: 'ENGLAND or WALES, from the council.' },
  },
});

@ObjectType({ description: 'One value of one dimension of a statistics row.' })
export class DimensionValue {
  @Field(() => StatisticsDimension, { description: 'The dimension.' })
  dimension!: StatisticsDimension;

  @Field(() => String, { nullable: true, description: 'Its value; null where it was not recorded, or does not apply to what is counted (a review has no service type).' })
  value!: string | null;
}

@ObjectType({ description: 'A count that may be withheld: every count below 5, zero included, is, so nobody can be singled out by slicing.' })
export class SuppressedCount {
  @Field(() => Int, { nullable: true, description: 'The count; null when withheld.' })
  value!: number | null;

  @Field(() => Boolean, { description: 'The count was below 5 and is withheld.' })
  suppressed!: boolean;
}

@ObjectType({ description: 'Counts over a period for one combination of the dimensions asked for.' })
export class StatisticsRow {
  @Field(() => [DimensionValue], { description: 'The group: one value per dimension asked for, in the order asked.' })
  dimensions!: DimensionValue[];

  @Field(() => SuppressedCount, { description: 'People with a plan in force (agreed, not closed) on any day of the period.' })
  peopleWithLongTermSupport!: SuppressedCount;

  @Field(() => SuppressedCount, { description: 'People with a direct payment running on any day of the period.' })
  peopleWithDirectPayments!: SuppressedCount;

  @Field(() => SuppressedCount, { description: 'Needs assessments requested in the period.' })
  assessmentsRequested!: SuppressedCount;

  @Field(() => SuppressedCount, { description: 'Needs assessments completed in the period.' })
  assessmentsCompleted!: SuppressedCount;

  @Field(() => SuppressedCount, { description: 'Plans agreed (signed off) in the period.' })
  plansAgreed!: SuppressedCount;

  @Field(() => SuppressedCount, { description: 'Reviews completed in the period.' })
  reviewsCompleted!: SuppressedCount;

  @Field(() => SuppressedCount, { description: 'People who arrived from another council in the period (R20–R22).' })
  arrivalsFromOtherCouncils!: SuppressedCount;
}

@ObjectType({ description: 'A measure councils report. A ratio is `numerator` over `denominator`; an average is `value` over `denominator` records. Withheld (all null, `suppressed`) when a count it rests on is below 5.' })
export class CareMeasure {
  @Field(() => Int, { nullable: true, description: 'The count, or the people or records meeting the measure; null for an average, or when withheld.' })
  numerator!: number | null;

  @Field(() => Int, { nullable: true, description: 'The people or records the measure is over; null for a plain count, or when withheld.' })
  denominator!: number | null;

  @Field(() => Float, { nullable: true, description: 'The measure: the count, the proportion (0 to 1), or the average; null when withheld or over nothing.' })
  value!: number | null;

  @Field(() => Boolean, { description: 'A count it rests on was below 5: withheld.' })
  suppressed!: boolean;
}

@ObjectType({ description: 'The measures of one reporting year (1 April to 31 March) for your council, from the analytics read model.' })
export class CareMeasures {
  @Field(() => Int, { description: 'The year the reporting year starts in.' })
  year!: number;

  @Field(() => LocalDateScalar, { description: 'Its first day, 1 April.' })
  from!: string;

  @Field(() => LocalDateScalar, { description: 'Its last day, 31 March.' })
  to!: string;

  @Field(() => LocalDateScalar, { description: 'The day year-end snapshots are taken: the last day, or today while the year runs.' })
  asOf!: string;

  @Field(() => CareMeasure, { description: 'People with long-term support: a plan in force on any day of the year (SALT LTS001a style).' })
  peopleWithLongTermSupport!: CareMeasure;

  @Field(() => CareMeasure, { description: 'Of the people with a plan in force on the snapshot day, those with a final personal budget (ASCOF 1C(1A) style).' })
  selfDirectedSupport!: CareMeasure;

  @Field(() => CareMeasure, { description: 'Of the people with a plan in force on the snapshot day, those with a direct payment running (ASCOF 1C(2A) style).' })
  directPayments!: CareMeasure;

  @Field(() => CareMeasure, { description: 'Of the people with long-term support in the year, those with a review completed in it.' })
  longTermClientsReviewed!: CareMeasure;

  @Field(() => CareMeasure, { description: 'Reviews due before the snapshot day and neither completed by it nor called off.' })
  reviewsOverdue!: CareMeasure;

  @Field(() => CareMeasure, { description: 'Of the needs assessments completed in the year, those completed within 28 days of the request.' })
  assessmentsWithin28Days!: CareMeasure;

  @Field(() => CareMeasure, { description: 'The average final weekly personal budget, in pence, of the plans in force on the snapshot day.' })
  averageWeeklyBudget!: CareMeasure;

  @Field(() => CareMeasure, { description: 'The average days from the request for an assessment to the plan meeting it being agreed, over plans agreed in the year from an assessment (a revision of a plan answers no new request, and a plan continuing another council’s after a move has no assessment).' })
  daysFromRequestToPlanAgreed!: CareMeasure;
}
