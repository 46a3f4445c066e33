import type { Client } from 'pg';
import { STATISTICS_INDEXES } from '@careplan/analytics/dist/migrations/1767000000000-StatisticsIndexes';
import { periodIndex } from '@careplan/analytics/dist/migrations/1769000000000-CountedPersonKey';

/** A set of statements the aggregates once ran, timed on the same data as what replaced them. */
export interface Before {
  name: string;
  statements: Array<[label: string, sql: string, usesAsOf: boolean]>;
  /** Makes again the indexes they relied on, which later migrations dropped. */
  restoreIndexes(client: Client): Promise<void>;
}

/*
 * The aggregates' statements before the counted records (commit 4447a63), kept here only to be timed on
 * the same data as what replaced them: each query joined a council's records to its people. They run
 * with the covering indexes they had (migration 1767000000000), made again for them. $1 council, $2 first
 * day, $3 last day, $4 the snapshot day.
 */
const units = (bySupportItem: boolean) => `
  SELECT 'peopleWithLongTermSupport' AS counts, pl.pseudonym AS unit, pl.pseudonym, pl.authority_code,
         ${bySupportItem ? `si->>'serviceType'` : 'NULL'} AS service_type, ${bySupportItem ? `si->>'deliveryMechanism'` : 'NULL'} AS delivery_mechanism
    FROM analytics.plan pl ${bySupportItem ? 'LEFT JOIN LATERAL jsonb_array_elements(pl.support_items) si ON true' : ''}
   WHERE pl.authority_code = $1 AND pl.agreed_on <= $3 AND (pl.closed_on IS NULL OR pl.closed_on >= $2)
  UNION ALL
  SELECT 'peopleWithDirectPayments', d.pseudonym, d.pseudonym, d.authority_code, NULL, 'DIRECT_PAYMENT'
    FROM analytics.direct_payment d WHERE d.authority_code = $1 AND d.started_on <= $3 AND (d.ended_on IS NULL OR d.ended_on >= $2)
  UNION ALL
  SELECT 'assessmentsRequested', a.ref, a.pseudonym, a.authority_code, NULL, NULL FROM analytics.assessment a WHERE a.authority_code = $1 AND a.requested_on BETWEEN $2 AND $3
  UNION ALL
  SELECT 'assessmentsCompleted', a.ref, a.pseudonym, a.authority_code, NULL, NULL
    FROM analytics.assessment a WHERE a.authority_code = $1 AND a.status = 'COMPLETED' AND a.completed_on BETWEEN $2 AND $3
  UNION ALL
  SELECT 'plansAgreed', pl.ref, pl.pseudonym, pl.authority_code, NULL, NULL FROM analytics.plan pl WHERE pl.authority_code = $1 AND pl.agreed_on BETWEEN $2 AND $3
  UNION ALL
  SELECT 'reviewsCompleted', r.ref, r.pseudonym, r.authority_code, NULL, NULL
    FROM analytics.review r WHERE r.authority_code = $1 AND r.state = 'COMPLETED' AND r.completed_on BETWEEN $2 AND $3
  UNION ALL
  SELECT 'arrivalsFromOtherCouncils', h.ref, h.pseudonym, h.authority_code, NULL, NULL
    FROM analytics.handover h WHERE h.authority_code = $1 AND h.direction = 'INCOMING' AND h.arrived_on BETWEEN $2 AND $3`;

const COUNTS = ['peopleWithLongTermSupport', 'peopleWithDirectPayments', 'assessmentsRequested', 'assessmentsCompleted', 'plansAgreed', 'reviewsCompleted', 'arrivalsFromOtherCouncils'];
const counted = COUNTS.map((c) => `count(${c.startsWith('people') ? 'DISTINCT u.unit' : '*'}) FILTER (WHERE u.counts = '${c}')`).join(', ');

/** Both older sets' measures from their named sets of people and records; `overdue` counts the reviews overdue. */
const measuresFrom = (overdue: string) => `SELECT
  (SELECT count(*) FROM lts_year)::int AS lts_year,
  (SELECT count(*) FROM lts_now)::int AS lts_now,
  (SELECT count(DISTINCT pseudonym) FROM budgets_now WHERE pseudonym IN (SELECT pseudonym FROM lts_now))::int AS sds,
  (SELECT count(*) FROM dp_now WHERE pseudonym IN (SELECT pseudonym FROM lts_now))::int AS dp,
  (SELECT count(*) FROM reviewed WHERE pseudonym IN (SELECT pseudonym FROM lts_year))::int AS reviewed,
  (${overdue})::int AS overdue,
  (SELECT count(*) FROM assessed)::int AS assessed,
  (SELECT count(*) FROM assessed WHERE days <= 28)::int AS assessed_in_time,
  (SELECT count(*) FROM budgets_now)::int AS budgets,
  (SELECT avg(weekly_pence) FROM budgets_now)::float AS average_budget,
  (SELECT count(*) FROM agreed)::int AS agreed,
  (SELECT avg(days) FROM agreed)::float AS average_days`;

/** By primary support reason and age band (the person's), and by service type and delivery mechanism (the support item's). */
const STATISTICS_BY_PERSON = `SELECT p.primary_support_reason, p.age_band, ${counted} FROM (${units(false)}) u
  LEFT JOIN analytics.person p ON p.authority_code = $1 AND p.pseudonym = u.pseudonym GROUP BY 1, 2 ORDER BY 1 NULLS LAST, 2 NULLS LAST`;
const STATISTICS_BY_SERVICE = `SELECT u.service_type, u.delivery_mechanism, ${counted} FROM (${units(true)}) u GROUP BY 1, 2 ORDER BY 1 NULLS LAST, 2 NULLS LAST`;
const MEASURES = `
WITH lts_year AS (
  SELECT DISTINCT pseudonym FROM analytics.plan
   WHERE authority_code = $1 AND agreed_on <= $3 AND (closed_on IS NULL OR closed_on >= $2)
), lts_now AS (
  SELECT DISTINCT pseudonym FROM analytics.plan
   WHERE authority_code = $1 AND agreed_on <= $4 AND (closed_on IS NULL OR closed_on > $4)
), budgets_now AS (
  SELECT b.pseudonym, b.weekly_pence FROM analytics.budget b
    JOIN analytics.plan pl ON pl.authority_code = b.authority_code AND pl.ref = b.plan_ref
   WHERE b.authority_code = $1 AND b.finalised_on <= $4 AND b.weekly_pence IS NOT NULL
     AND pl.agreed_on <= $4 AND (pl.closed_on IS NULL OR pl.closed_on > $4)
), dp_now AS (
  SELECT DISTINCT pseudonym FROM analytics.direct_payment
   WHERE authority_code = $1 AND started_on <= $4 AND (ended_on IS NULL OR ended_on > $4)
), reviewed AS (
  SELECT DISTINCT pseudonym FROM analytics.review
   WHERE authority_code = $1 AND state = 'COMPLETED' AND completed_on BETWEEN $2 AND $3
), assessed AS (
  SELECT completed_on - requested_on AS days FROM analytics.assessment
   WHERE authority_code = $1 AND status = 'COMPLETED' AND completed_on BETWEEN $2 AND $3
), agreed AS (
  SELECT pl.agreed_on - a.requested_on AS days FROM analytics.plan pl
    JOIN analytics.assessment a ON a.authority_code = pl.authority_code AND a.ref = pl.assessment_ref
   WHERE pl.authority_code = $1 AND pl.agreed_on BETWEEN $2 AND $3
)
${measuresFrom(`SELECT count(*) FROM analytics.review WHERE authority_code = $1 AND due_date < $4 AND state NOT IN ('CANCELLED', 'REFUSED')
      AND (completed_on IS NULL OR completed_on > $4)`)}`;

const BEFORE_COUNTED_RECORDS: Before = {
  name: 'before the counted records',
  statements: [
    ['careStatistics by primary support reason and age band', STATISTICS_BY_PERSON, false],
    ['careStatistics by service type and delivery mechanism', STATISTICS_BY_SERVICE, false],
    ['careMeasures', MEASURES, true],
  ],
  async restoreIndexes(client) {
    for (const [name, definition] of STATISTICS_INDEXES) await client.query(`CREATE INDEX IF NOT EXISTS ${name} ON ${definition}`);
  },
};

/*
 * The counted records' first statements (commit 418d13e), before their person key (migration
 * 1769000000000): people counted with count(DISTINCT pseudonym), and the measures in a pass per measure,
 * with the covering index that carried the pseudonym.
 */
const PERIOD = `
  SELECT * FROM analytics.counted_record WHERE authority_code = $1 AND counts IN ('peopleWithLongTermSupport', 'peopleWithDirectPayments')
     AND starts_on <= $3 AND (ends_on IS NULL OR ends_on >= $2)
  UNION ALL
  SELECT * FROM analytics.counted_record WHERE authority_code = $1 AND counts IN ('assessmentsRequested', 'assessmentsCompleted', 'plansAgreed', 'reviewsCompleted', 'arrivalsFromOtherCouncils')
     AND starts_on BETWEEN $2 AND $3`;
const countedByPseudonym = COUNTS.map((c) => `count(${c.startsWith('people') ? 'DISTINCT u.pseudonym' : '*'}) FILTER (WHERE u.counts = '${c}')::int AS "${c}"`).join(', ');
const groupedByPseudonym = (a: string, b: string) => `SELECT u.${a}, u.${b}, ${countedByPseudonym} FROM (${PERIOD}) u GROUP BY 1, 2 ORDER BY 1 NULLS LAST, 2 NULLS LAST`;
const MEASURES_BY_PSEUDONYM = `
WITH lts_year AS (
  SELECT DISTINCT pseudonym FROM analytics.counted_record WHERE authority_code = $1 AND counts = 'peopleWithLongTermSupport' AND starts_on <= $3 AND (ends_on IS NULL OR ends_on >= $2)
), lts_now AS (
  SELECT DISTINCT pseudonym FROM analytics.counted_record WHERE authority_code = $1 AND counts = 'peopleWithLongTermSupport' AND starts_on <= $4 AND (ends_on IS NULL OR ends_on > $4)
), budgets_now AS (
  SELECT pseudonym, value AS weekly_pence FROM analytics.counted_record WHERE authority_code = $1 AND counts = 'budgetInForce' AND starts_on <= $4 AND (ends_on IS NULL OR ends_on > $4)
), dp_now AS (
  SELECT DISTINCT pseudonym FROM analytics.counted_record WHERE authority_code = $1 AND counts = 'peopleWithDirectPayments' AND starts_on <= $4 AND (ends_on IS NULL OR ends_on > $4)
), reviewed AS (
  SELECT DISTINCT pseudonym FROM analytics.counted_record WHERE authority_code = $1 AND counts = 'reviewsCompleted' AND starts_on BETWEEN $2 AND $3
), assessed AS (
  SELECT value AS days FROM analytics.counted_record WHERE authority_code = $1 AND counts = 'assessmentsCompleted' AND starts_on BETWEEN $2 AND $3
), agreed AS (
  SELECT value AS days FROM analytics.counted_record WHERE authority_code = $1 AND counts = 'plansAgreed' AND starts_on BETWEEN $2 AND $3 AND value IS NOT NULL
)
${measuresFrom(`SELECT count(*) FROM analytics.counted_record WHERE authority_code = $1 AND counts = 'reviewDue' AND starts_on < $4 AND (ends_on IS NULL OR ends_on > $4)`)}`;

const COUNTED_BY_PSEUDONYM: Before = {
  name: 'counted records by pseudonym',
  statements: [
    ['careStatistics by primary support reason and age band', groupedByPseudonym('primary_support_reason', 'age_band'), false],
    ['careStatistics by service type and delivery mechanism', groupedByPseudonym('service_type', 'delivery_mechanism'), false],
    ['careMeasures', MEASURES_BY_PSEUDONYM, true],
  ],
  async restoreIndexes(client) {
    if ((await client.query(`SELECT to_regclass('analytics.counted_record_by_pseudonym') AS i`)).rows[0].i === null) await client.query(periodIndex('counted_record_by_pseudonym', 'pseudonym'));
  },
};

/** The earlier statements, newest first. */
export const BEFORE: Before[] = [COUNTED_BY_PSEUDONYM, BEFORE_COUNTED_RECORDS];
