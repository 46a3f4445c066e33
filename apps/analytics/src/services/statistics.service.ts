import { BadUserInput, LocalDate, StatisticsDimension } from '@careplan/domain';
import type { SubgraphContext } from '@careplan/subgraph-kit';
import { SPAN_KINDS } from './counted';

/** The counts `careStatistics` gives for each group, before suppression. */
export const STATISTICS_COUNTS = ['peopleWithLongTermSupport', 'peopleWithDirectPayments', 'assessmentsRequested', 'assessmentsCompleted', 'plansAgreed', 'reviewsCompleted', 'arrivalsFromOtherCouncils'] as const;
export type StatisticsCount = (typeof STATISTICS_COUNTS)[number];

/** Each dimension's column of `analytics.counted_record`: the person's groups and the counted record's own are both on the row. */
const DIMENSION_SQL: Record<StatisticsDimension, string> = {
  PRIMARY_SUPPORT_REASON: 'u.primary_support_reason',
  AGE_BAND: 'u.age_band',
  GENDER: 'u.gender',
  ETHNICITY: 'u.ethnicity',
  TEAM: 'u.team_id::text',
  POSTCODE_DISTRICT: 'u.postcode_district',
  SERVICE_TYPE: 'u.service_type',
  DELIVERY_MECHANISM: 'u.delivery_mechanism',
  ELIGIBILITY_OUTCOME: 'u.eligibility',
  REVIEW_OUTCOME: 'u.review_outcome',
  NATION: `CASE WHEN u.authority_code LIKE 'W%' THEN 'WALES' ELSE 'ENGLAND' END`,
};

/** Counts of people, who may have several records in a period (plans, support items, direct payments); the others count records once each. */
const COUNTS_OF_PEOPLE = new Set<StatisticsCount>(['peopleWithLongTermSupport', 'peopleWithDirectPayments']);
const SPANS = STATISTICS_COUNTS.filter((c) => SPAN_KINDS.includes(c));
const DAYS = STATISTICS_COUNTS.filter((c) => !SPAN_KINDS.includes(c));

/**
 * Every counted thing in the period, one row each (services/counted.ts): what runs over the period
 * (long-term support, direct payments) and what happened in it, each read from the index by its kind and
 * day. Long-term support is a row per support item.
 */
const UNITS = `
  SELECT * FROM analytics.counted_record WHERE authority_code = $1 AND counts IN (${SPANS.map((c) => `'${c}'`).join(', ')})
     AND starts_on <= $3 AND (ends_on IS NULL OR ends_on >= $2)
  UNION ALL
  SELECT * FROM analytics.counted_record WHERE authority_code = $1 AND counts IN (${DAYS.map((c) => `'${c}'`).join(', ')})
     AND starts_on BETWEEN $2 AND $3`;

/**
 * Memory for one aggregate's hashing and sorting, set for its transaction only: the server's default
 * (4 MB) sends a large council's year to temporary files (see `npm run bench:analytics`).
 */
export const AGGREGATE_WORK_MEM = `SET LOCAL work_mem = '64MB'`;

export interface StatisticsGroup {
  dimensions: Array<{ dimension: StatisticsDimension; value: string | null }>;
  counts: Record<StatisticsCount, number>;
}

/** Counts over the caller's council's read model, grouped as asked; suppression is the resolver's. */
export class StatisticsService {
  constructor(private readonly ctx: SubgraphContext) {}

  async groups(fromRaw: string, toRaw: string, groupBy: readonly StatisticsDimension[] = []): Promise<StatisticsGroup[]> {
    const from = LocalDate.parse(fromRaw, 'from');
    const to = LocalDate.parse(toRaw, 'to');
    if (to.isBefore(from)) throw new BadUserInput('to', 'to must not be before from');
    const dims = [...new Set(groupBy)];
    const selected = dims.map((d, i) => `${DIMENSION_SQL[d]} AS d${i}`);
    // A record is one row whatever the grouping, so only counts of people need DISTINCT (which sorts).
    const counted = STATISTICS_COUNTS.map((c) => `count(${COUNTS_OF_PEOPLE.has(c) ? 'DISTINCT u.pseudonym' : '*'}) FILTER (WHERE u.counts = '${c}')::int AS "${c}"`);
    const sql = `SELECT ${[...selected, ...counted].join(', ')}
      FROM (${UNITS}) u
      ${dims.length ? `GROUP BY ${dims.map((_, i) => i + 1).join(', ')} ORDER BY ${dims.map((_, i) => `${i + 1} NULLS LAST`).join(', ')}` : ''}`;
    const m = await this.ctx.db.manager();
    await m.query(AGGREGATE_WORK_MEM);
    const rows: Array<Record<string, string | number | null>> = await m.query(sql, [this.ctx.identity.authority, from.toString(), to.toString()]);
    return rows.map((row) => ({
      dimensions: dims.map((dimension, i) => ({ dimension, value: (row[`d${i}`] as string | null) ?? null })),
      counts: Object.fromEntries(STATISTICS_COUNTS.map((c) => [c, Number(row[c])])) as Record<StatisticsCount, number>,
    }));
  }
}
