import { Arg, Authorized, Ctx, Directive, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Role, SMALL_COUNT_THRESHOLD, StatisticsDimension, suppressCount } from '@careplan/domain';
import { pseudonymiser } from '@careplan/runtime';
import { LocalDateScalar, type SubgraphContext } from '@careplan/subgraph-kit';
import { CARE_MEASURES, MeasuresService, type RawMeasure } from '../services/measures.service';
import { AnalyticsFactsService } from '../services/record.service';
import { STATISTICS_COUNTS, StatisticsService } from '../services/statistics.service';
import { AnalyticsFactsRecord, RecordAnalyticsFactsInput } from './facts.types';
import { CareMeasure, CareMeasures, StatisticsRow } from './statistics.types';

/** A measure as it may leave analytics: withheld whole when a count it rests on is small. */
function suppressMeasure(m: RawMeasure): CareMeasure {
  const small = [m.numerator, m.denominator].some((n) => n !== null && n < SMALL_COUNT_THRESHOLD);
  return small ? { numerator: null, denominator: null, value: null, suppressed: true } : { ...m, suppressed: false };
}

@Resolver()
export class AnalyticsResolver {
  @Query(() => [StatisticsRow], {
    description:
      'Counts over a period for your council, from the pseudonymised analytics read model (never the live records), grouped by the dimensions given (none: one row of totals). Every count below 5 is withheld. Roles: ANALYST.',
  })
  @Authorized(Role.ANALYST)
  async careStatistics(
    @Arg('from', () => LocalDateScalar, { description: 'The first day of the period, YYYY-MM-DD.' }) from: string,
    @Arg('to', () => LocalDateScalar, { description: 'The last day of the period, YYYY-MM-DD.' }) to: string,
    @Ctx() ctx: SubgraphContext,
    @Arg('groupBy', () => [StatisticsDimension], { nullable: true, description: 'The dimensions to group by, in the order the rows give them; none for totals.' }) groupBy?: StatisticsDimension[],
  ): Promise<StatisticsRow[]> {
    const groups = await new StatisticsService(ctx).groups(from, to, groupBy ?? []);
    return groups.map((g) => ({ dimensions: g.dimensions, ...Object.fromEntries(STATISTICS_COUNTS.map((c) => [c, suppressCount(g.counts[c])])) }) as StatisticsRow);
  }

  @Query(() => CareMeasures, { description: 'The measures councils report (ASCOF, SALT) for one reporting year of your council, from the analytics read model; each withheld when a count it rests on is below 5. Roles: ANALYST.' })
  @Authorized(Role.ANALYST)
  async careMeasures(@Arg('year', () => Int, { description: 'The year the reporting year starts in: 2025 is 1 April 2025 to 31 March 2026.' }) year: number, @Ctx() ctx: SubgraphContext): Promise<CareMeasures> {
    const m = await new MeasuresService(ctx).ofYear(year);
    return {
      year: m.year,
      from: m.from.toString(),
      to: m.to.toString(),
      asOf: m.asOf.toString(),
      ...Object.fromEntries(CARE_MEASURES.map((name) => [name, suppressMeasure(m.measures[name])])),
    } as CareMeasures;
  }

  @Mutation(() => AnalyticsFactsRecord, {
    description:
      'Records the facts one domain event brought about into the analytics read model, with the person as a keyed pseudonym; the same event again changes nothing. The worker’s projection calls it. Roles: SERVICE.',
  })
  @Authorized(Role.SERVICE)
  recordAnalyticsFacts(@Arg('input', () => RecordAnalyticsFactsInput, { description: 'The event and its facts.' }) input: RecordAnalyticsFactsInput, @Ctx() ctx: SubgraphContext): Promise<AnalyticsFactsRecord> {
    return new AnalyticsFactsService(ctx).record(input);
  }
}

/** The people subgraph's Person, to which analytics adds `pseudonym`. */
@ObjectType('Person')
@Directive('@key(fields: "id")')
export class PersonRef {
  @Field(() => ID)
  id!: string;
}

@Resolver(() => PersonRef)
export class PersonPseudonymResolver {
  /*
   * Staff may see it, so a question a data team asks about a pseudonym can be taken back to a person by
   * the council, which holds the key; an analyst never reaches a Person at all.
   */
  @FieldResolver(() => String, { description: 'The person’s keyed pseudonym in analytics: stable within your council, unmatchable with any other council’s. Roles: PRACTITIONER, TEAM_MANAGER.' })
  @Authorized(Role.PRACTITIONER, Role.TEAM_MANAGER)
  pseudonym(@Root() person: PersonRef, @Ctx() ctx: SubgraphContext): string {
    return pseudonymiser(ctx.identity.authority)('person', person.id);
  }
}
