import { BadUserInput, LocalDate, StatisticsDimension } from '@careplan/domain';
import type { SubgraphContext } from '@careplan/subgraph-kit';

/** The counts `careStatistics` gives for each group, before suppression. */
export const STATISTICS_COUNTS = ['peopleWithLongTermSupport', 'peopleWithDirectPayments', 'assessmentsRequested', 'assessmentsCompleted', 'plansAgreed', 'reviewsCompleted', 'arrivalsFromOtherCouncils'] as const;
export type StatisticsCount = (typeof STATISTICS_COUNTS)[number];

/** Where each dimension's value comes from: the person (`p`) or the counted record (`u`). */
const DIMENSION_SQL: Record<StatisticsDimension, string> = {
  PRIMARY_SUPPORT_REASON: 'p.primary_support_reason',
  AGE_BAND: 'p.age_band',
  GENDER: 'p.gender',
  ETHNICITY: 'p.ethnicity',
  TEAM: 'p.team_id::text',
  POSTCODE_DISTRICT: 'p.postcode_district',
  SERVICE_TYPE: 'u.service_type',
  DELIVERY_MECHANISM: 'u.delivery_mechanism',
  ELIGIBILITY_OUTCOME: 'u.eligibility',
  REVIEW_OUTCOME: 'u.review_outcome',
  NATION: `CASE WHEN u.authority_code LIKE 'W%' THEN 'WALES' ELSE 'ENGLAND' END`,
};

/** Dimensions of the person counted, read from `analytics.person`; the others are the counted record's own. */
const PERSON_DIMENSIONS = new Set([
  StatisticsDimension.PRIMARY_SUPPORT_REASON,
  StatisticsDimension.AGE_BAND,
  StatisticsDimension.GENDER,
  StatisticsDimension.ETHNICITY,
  StatisticsDimension.TEAM,
  StatisticsDimension.POSTCODE_DISTRICT,
]);
/** Counts of people, who may have several records in a period (plans, direct payments); the others count records once each. */
const COUNTS_OF_PEOPLE = new Set<StatisticsCount>(['peopleWithLongTermSupport', 'peopleWithDirectPayments']);

/**
 * Every counted thing in the period, one row each, with the dimensions only it has (a support item's
 * service type, an assessment's outcome, a review's outcome; null where the dimension does not apply).
 * Grouped by service type or delivery mechanism (`bySupportItem`), a person with long-term support comes
 * once per support item of their plans in force, so they count under each type they receive; otherwise
 * once per plan, and people are counted distinct either way.
 */
const units = (bySupportItem: boolean) => `
  SELECT 'peopleWithLongTermSupport' AS counts, pl.pseudonym AS unit, pl.pseudonym, pl.authority_code,
         ${bySupportItem ? `si->>'serviceType'` : 'NULL'} AS service_type, ${bySupportItem ? `si->>'deliveryMechanism'` : 'NULL'} AS delivery_mechanism, NULL AS eligibility, NULL AS review_outcome
    FROM analytics.plan pl ${bySupportItem ? 'LEFT JOIN LATERAL jsonb_array_elements(pl.support_items) si ON true' : ''}
   WHERE pl.authority_code = $1 AND pl.agreed_on <= $3 AND (pl.closed_on IS NULL OR pl.closed_on >= $2)
  UNION ALL
  SELECT 'peopleWithDirectPayments', d.pseudonym, d.pseudonym, d.authority_code, NULL, 'DIRECT_PAYMENT', NULL, NULL
    FROM analytics.direct_payment d
   WHERE d.authority_code = $1 AND d.started_on <= $3 AND (d.ended_on IS NULL OR d.ended_on >= $2)
  UNION ALL
  SELECT 'assessmentsRequested', a.ref, a.pseudonym, a.authority_code, NULL, NULL, NULL, NULL
    FROM analytics.assessment a WHERE a.authority_code = $1 AND a.requested_on BETWEEN $2 AND $3
  UNION ALL
  SELECT 'assessmentsCompleted', a.ref, a.pseudonym, a.authority_code, NULL, NULL,
         CASE WHEN a.eligible THEN 'ELIGIBLE' WHEN NOT a.eligible THEN 'NOT_ELIGIBLE' END, NULL
    FROM analytics.assessment a WHERE a.authority_code = $1 AND a.status = 'COMPLETED' AND a.completed_on BETWEEN $2 AND $3
  UNION ALL
  SELECT 'plansAgreed', pl.ref, pl.pseudonym, pl.authority_code, NULL, NULL, NULL, NULL
    FROM analytics.plan pl WHERE pl.authority_code = $1 AND pl.agreed_on BETWEEN $2 AND $3
  UNION ALL
  SELECT 'reviewsCompleted', r.ref, r.pseudonym, r.authority_code, NULL, NULL, NULL, r.outcome
    FROM analytics.review r WHERE r.authority_code = $1 AND r.state = 'COMPLETED' AND r.completed_on BETWEEN $2 AND $3
  UNION ALL
  SELECT 'arrivalsFromOtherCouncils', h.ref, h.pseudonym, h.authority_code, NULL, NULL, NULL, NULL
    FROM analytics.handover h WHERE h.authority_code = $1 AND h.direction = 'INCOMING' AND h.arrived_on BETWEEN $2 AND $3`;

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
    const counted = STATISTICS_COUNTS.map((c) => `count(${COUNTS_OF_PEOPLE.has(c) ? 'DISTINCT u.unit' : '*'}) FILTER (WHERE u.counts = '${c}')::int AS "${c}"`);
    const bySupportItem = dims.includes(StatisticsDimension.SERVICE_TYPE) || dims.includes(StatisticsDimension.DELIVERY_MECHANISM);
    const sql = `SELECT ${[...selected, ...counted].join(', ')}
      FROM (${units(bySupportItem)}) u
      ${dims.some((d) => PERSON_DIMENSIONS.has(d)) ? 'LEFT JOIN analytics.person p ON p.authority_code = $1 AND p.pseudonym = u.pseudonym' : ''}
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
