import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The dates the direct-payment lists page on, computed in SQL as the domain computes them
 * (packages/domain/src/budget/direct-payment.ts), so a page is cut in the database. Adding months to a
 * date clamps to the month's last day in Postgres as `LocalDate.plusMonths` does (31 August + 6 months
 * is 28 or 29 February); apps/budgets/test/direct-payment-dates.int.test.ts proves they agree.
 */
export class DirectPaymentDates1764500000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    for (const sql of [
      // The first date on or after a day in the series first + (offset + step × i) months, i ≥ 0: the
      // first i whose month is not before that day's month, or the next one when its day falls before.
      `CREATE FUNCTION budgets.month_series_on_or_after(first date, offset_months int, step_months int, on_or_after date) RETURNS date
       LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
         SELECT CASE WHEN d >= on_or_after THEN d ELSE (first + make_interval(months => offset_months + step_months * (i + 1)))::date END
         FROM (SELECT i, (first + make_interval(months => offset_months + step_months * i))::date AS d
               FROM (SELECT GREATEST(0, ceil(((extract(year FROM on_or_after) * 12 + extract(month FROM on_or_after))
                                              - (extract(year FROM first) * 12 + extract(month FROM first)) - offset_months)::numeric / step_months))::int AS i) AS n) AS c
       $$`,
      // R12a: the next direct-payment review on or after a day: 6 months after the first payment, then every 12.
      `CREATE FUNCTION budgets.next_direct_payment_review(first date, on_or_after date) RETURNS date
       LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT budgets.month_series_on_or_after(first, 6, 12, on_or_after) $$`,
      // The first instalment due on or after a day, by frequency (weekly, every four weeks, monthly).
      `CREATE FUNCTION budgets.next_direct_payment_instalment(first date, frequency text, on_or_after date) RETURNS date
       LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
         SELECT CASE frequency
           WHEN 'MONTHLY' THEN budgets.month_series_on_or_after(first, 0, 1, on_or_after)
           WHEN 'WEEKLY' THEN first + 7 * ceil(GREATEST(0, on_or_after - first) / 7.0)::int
           WHEN 'FOUR_WEEKLY' THEN first + 28 * ceil(GREATEST(0, on_or_after - first) / 28.0)::int
         END
       $$`,
    ]) {
      await q.query(sql);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP FUNCTION budgets.next_direct_payment_instalment(date, text, date)');
    await q.query('DROP FUNCTION budgets.next_direct_payment_review(date, date)');
    await q.query('DROP FUNCTION budgets.month_series_on_or_after(date, int, int, date)');
  }
}
