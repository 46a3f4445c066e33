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

/**
 * The statement `careStatistics` runs for a grouping ($1 council, $2 first day, $3 last day). Counts of
 * people are made by hashing each group's (kind, person) pairs first and counting the pairs after, not
 * with count(DISTINCT), which sorts every row (`npm run bench:analytics`); records of the other kinds
 * are one row each, so they are grouped by kind alone and their numbers summed.
 */
export function statisticsSql(dims: readonly StatisticsDimension[]): string {
  const n = dims.length;
  const people = [...COUNTS_OF_PEOPLE].map((c) => `'${c}'`).join(', ');
  const counted = STATISTICS_COUNTS.map((c) =>
    COUNTS_OF_PEOPLE.has(c) ? `count(*) FILTER (WHERE g.counts = '${c}')::int AS "${c}"` : `coalesce(sum(g.n) FILTER (WHERE g.counts = '${c}'), 0)::int AS "${c}"`,
  );
  const outer = dims.map((_, i) => `g.d${i}`);
  return `SELECT ${[...outer, ...counted].join(', ')}
    FROM (SELECT ${[...dims.map((d, i) => `${DIMENSION_SQL[d]} AS d${i}`), 'u.counts', `CASE WHEN u.counts IN (${people}) THEN u.person_key END AS person`, 'count(*) AS n'].join(', ')}
            FROM (${UNITS}) u
           GROUP BY ${Array.from({ length: n + 2 }, (_, i) => i + 1).join(', ')}) g
    ${n ? `GROUP BY ${outer.join(', ')} ORDER BY ${outer.map((d) => `${d} NULLS LAST`).join(', ')}` : ''}`;
}

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
    const sql = statisticsSql(dims);
    const m = await this.ctx.db.manager();
    await m.query(AGGREGATE_WORK_MEM);
    const rows: Array<Record<string, string | number | null>> = await m.query(sql, [this.ctx.identity.authority, from.toString(), to.toString()]);
    return rows.map((row) => ({
      dimensions: dims.map((dimension, i) => ({ dimension, value: (row[`d${i}`] as string | null) ?? null })),
      counts: Object.fromEntries(STATISTICS_COUNTS.map((c) => [c, Number(row[c])])) as Record<StatisticsCount, number>,
    }));
  }
}
