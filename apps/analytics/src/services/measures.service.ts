import { ASSESSMENT_TIMELINESS_DAYS, BadUserInput, LocalDate, reportingYear } from '@careplan/domain';
import type { SubgraphContext } from '@careplan/subgraph-kit';
import { AGGREGATE_WORK_MEM } from './statistics.service';

/** A measure before suppression: a count or a ratio (numerator over denominator) or an average over `denominator` records. */
export interface RawMeasure {
  numerator: number | null;
  denominator: number | null;
  value: number | null;
}

export const CARE_MEASURES = [
  'peopleWithLongTermSupport',
  'selfDirectedSupport',
  'directPayments',
  'longTermClientsReviewed',
  'reviewsOverdue',
  'assessmentsWithin28Days',
  'averageWeeklyBudget',
  'daysFromRequestToPlanAgreed',
] as const;
export type CareMeasureName = (typeof CARE_MEASURES)[number];

export interface MeasuresOfYear {
  year: number;
  from: LocalDate;
  to: LocalDate;
  asOf: LocalDate;
  measures: Record<CareMeasureName, RawMeasure>;
}

/*
 * One statement over the counted records (services/counted.ts), each measure a column pair. $1 authority,
 * $2 first day, $3 last day, $4 the snapshot day. "In force" on a day: started on or before it and not
 * ended before it; a budget is in force from when both it is final and its plan agreed until the plan closes.
 */
const SQL = `
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
SELECT
  (SELECT count(*) FROM lts_year)::int AS lts_year,
  (SELECT count(*) FROM lts_now)::int AS lts_now,
  (SELECT count(DISTINCT pseudonym) FROM budgets_now WHERE pseudonym IN (SELECT pseudonym FROM lts_now))::int AS sds,
  (SELECT count(*) FROM dp_now WHERE pseudonym IN (SELECT pseudonym FROM lts_now))::int AS dp,
  (SELECT count(*) FROM reviewed WHERE pseudonym IN (SELECT pseudonym FROM lts_year))::int AS reviewed,
  (SELECT count(*) FROM analytics.counted_record WHERE authority_code = $1 AND counts = 'reviewDue' AND starts_on < $4 AND (ends_on IS NULL OR ends_on > $4))::int AS overdue,
  (SELECT count(*) FROM assessed)::int AS assessed,
  (SELECT count(*) FROM assessed WHERE days <= ${ASSESSMENT_TIMELINESS_DAYS})::int AS assessed_in_time,
  (SELECT count(*) FROM budgets_now)::int AS budgets,
  (SELECT avg(weekly_pence) FROM budgets_now)::float AS average_budget,
  (SELECT count(*) FROM agreed)::int AS agreed,
  (SELECT avg(days) FROM agreed)::float AS average_days`;

const ratio = (numerator: number, denominator: number): RawMeasure => ({ numerator, denominator, value: denominator ? numerator / denominator : null });
const average = (value: number | null, over: number): RawMeasure => ({ numerator: null, denominator: over, value: value === null ? null : Math.round(value * 10) / 10 });

/** The measures councils report (ASCOF, SALT), from the caller's council's read model. */
export class MeasuresService {
  constructor(private readonly ctx: SubgraphContext) {}

  async ofYear(year: number): Promise<MeasuresOfYear> {
    if (!Number.isInteger(year) || year < 2000 || year > LocalDate.LATEST_YEAR - 1) throw new BadUserInput('year', 'year must be the year a reporting year starts in, such as 2025');
    const { from, to, asOf } = reportingYear(year);
    const m = await this.ctx.db.manager();
    await m.query(AGGREGATE_WORK_MEM);
    const [r]: Array<Record<string, number | null>> = await m.query(SQL, [this.ctx.identity.authority, from.toString(), to.toString(), asOf.toString()]);
    const n = (k: string) => Number(r[k] ?? 0);
    return {
      year,
      from,
      to,
      asOf,
      measures: {
        peopleWithLongTermSupport: { numerator: n('lts_year'), denominator: null, value: n('lts_year') },
        selfDirectedSupport: ratio(n('sds'), n('lts_now')),
        directPayments: ratio(n('dp'), n('lts_now')),
        longTermClientsReviewed: ratio(n('reviewed'), n('lts_year')),
        reviewsOverdue: { numerator: n('overdue'), denominator: null, value: n('overdue') },
        assessmentsWithin28Days: ratio(n('assessed_in_time'), n('assessed')),
        averageWeeklyBudget: average(r.average_budget === null ? null : Number(r.average_budget), n('budgets')),
        daysFromRequestToPlanAgreed: average(r.average_days === null ? null : Number(r.average_days), n('agreed')),
      },
    };
  }
}
