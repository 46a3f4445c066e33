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
 * Each range of the index is read once: the records about people are grouped by person (hashing the
 * 8-byte key) into what is true of each, then those people are counted; the others are counted as they are.
 */
export const MEASURES_SQL = `
WITH people AS (
  SELECT bool_or(counts = 'peopleWithLongTermSupport' AND starts_on <= $3 AND (ends_on IS NULL OR ends_on >= $2)) AS lts_year,
         bool_or(counts = 'peopleWithLongTermSupport' AND starts_on <= $4 AND (ends_on IS NULL OR ends_on > $4)) AS lts_now,
         bool_or(counts = 'budgetInForce' AND starts_on <= $4 AND (ends_on IS NULL OR ends_on > $4)) AS budget_now,
         bool_or(counts = 'peopleWithDirectPayments' AND starts_on <= $4 AND (ends_on IS NULL OR ends_on > $4)) AS dp_now,
         bool_or(counts = 'reviewsCompleted') AS reviewed,
         count(*) FILTER (WHERE counts = 'budgetInForce' AND starts_on <= $4 AND (ends_on IS NULL OR ends_on > $4)) AS budgets,
         sum(value) FILTER (WHERE counts = 'budgetInForce' AND starts_on <= $4 AND (ends_on IS NULL OR ends_on > $4)) AS budget_pence
    FROM (SELECT counts, person_key, starts_on, ends_on, value FROM analytics.counted_record
           WHERE authority_code = $1 AND counts IN ('peopleWithLongTermSupport', 'budgetInForce', 'peopleWithDirectPayments')
             AND starts_on <= greatest($3::date, $4::date) AND (ends_on IS NULL OR ends_on >= least($2::date, $4::date))
          UNION ALL
          SELECT counts, person_key, starts_on, ends_on, value FROM analytics.counted_record
           WHERE authority_code = $1 AND counts = 'reviewsCompleted' AND starts_on BETWEEN $2 AND $3) r
   GROUP BY person_key
), records AS (
  SELECT count(*) FILTER (WHERE counts = 'reviewDue' AND (ends_on IS NULL OR ends_on > $4)) AS overdue,
         count(*) FILTER (WHERE counts = 'assessmentsCompleted') AS assessed,
         count(*) FILTER (WHERE counts = 'assessmentsCompleted' AND value <= ${ASSESSMENT_TIMELINESS_DAYS}) AS assessed_in_time,
         count(value) FILTER (WHERE counts = 'plansAgreed') AS agreed,
         avg(value) FILTER (WHERE counts = 'plansAgreed') AS average_days
    FROM (SELECT counts, ends_on, value FROM analytics.counted_record WHERE authority_code = $1 AND counts = 'reviewDue' AND starts_on < $4
          UNION ALL
          SELECT counts, ends_on, value FROM analytics.counted_record WHERE authority_code = $1 AND counts IN ('assessmentsCompleted', 'plansAgreed') AND starts_on BETWEEN $2 AND $3) r
)
SELECT count(*) FILTER (WHERE lts_year)::int AS lts_year,
       count(*) FILTER (WHERE lts_now)::int AS lts_now,
       count(*) FILTER (WHERE lts_now AND budget_now)::int AS sds,
       count(*) FILTER (WHERE lts_now AND dp_now)::int AS dp,
       count(*) FILTER (WHERE lts_year AND reviewed)::int AS reviewed,
       (SELECT overdue FROM records)::int AS overdue,
       (SELECT assessed FROM records)::int AS assessed,
       (SELECT assessed_in_time FROM records)::int AS assessed_in_time,
       coalesce(sum(budgets), 0)::int AS budgets,
       (sum(budget_pence) / nullif(sum(budgets), 0))::float AS average_budget,
       (SELECT agreed FROM records)::int AS agreed,
       (SELECT average_days FROM records)::float AS average_days
  FROM people`;

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
    const [r]: Array<Record<string, number | null>> = await m.query(MEASURES_SQL, [this.ctx.identity.authority, from.toString(), to.toString(), asOf.toString()]);
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
