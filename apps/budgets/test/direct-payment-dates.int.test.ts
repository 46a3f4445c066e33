import { LocalDate, PaymentFrequency, nextDirectPaymentReview, paymentSchedule } from '@careplan/domain';
import { createTestDatabase, type TestDatabase } from '@careplan/testing';
import { budgetsSubgraph } from '../src';

let db: TestDatabase;

/** First payments at month ends, leap days and ordinary days: where month arithmetic goes wrong. */
const FIRSTS = ['2023-08-31', '2024-02-29', '2024-01-31', '2023-12-31', '2024-03-31', '2025-05-31', '2024-02-28', '2024-08-29', '2024-08-30', '2023-06-30', '2025-01-01', '2026-11-15'];

/** Every `step`th day from `from` for `days` days. */
function days(from: string, count: number, step: number): LocalDate[] {
  return Array.from({ length: count }, (_, i) => LocalDate.parse(from).plusDays(i * step));
}

/** Each pair's SQL answer, in one statement. */
async function sql(fn: string, pairs: Array<{ first: string; day: string; frequency?: string }>): Promise<string[]> {
  const rows = await db.asAdmin<{ d: string | null }>(
    `SELECT to_char(${fn}, 'YYYY-MM-DD') AS d FROM unnest($1::date[], $2::date[], $3::text[]) WITH ORDINALITY AS t(first, day, frequency, n) ORDER BY n`,
    [pairs.map((p) => p.first), pairs.map((p) => p.day), pairs.map((p) => p.frequency ?? '')],
  );
  return rows.map((r) => r.d ?? 'none');
}

beforeAll(async () => {
  db = await createTestDatabase([budgetsSubgraph]);
}, 60_000);

afterAll(async () => {
  await db?.drop();
});

describe('the dates the direct-payment lists page on are the domain’s, computed in SQL', () => {
  it('R12a the next direct-payment review in SQL agrees with the domain for every day over three years, from 31 August, 29 February and other month ends', async () => {
    const pairs = FIRSTS.flatMap((first) => days(first, 400, 3).map((day) => ({ first, day: day.plusDays(-20).toString() })));
    const expected = pairs.map((p) => nextDirectPaymentReview(LocalDate.parse(p.first), LocalDate.parse(p.day)).toString());
    expect(await sql('budgets.next_direct_payment_review(first, day)', pairs)).toEqual(expected);
    // The clamping itself: 31 August plus 6 months is the end of February, in a leap year or not.
    expect(await sql('budgets.next_direct_payment_review(first, day)', [{ first: '2023-08-31', day: '2023-08-31' }, { first: '2022-08-31', day: '2022-08-31' }])).toEqual(['2024-02-29', '2023-02-28']);
  });

  it('R12a the instalment due in a week in SQL agrees with the domain’s schedule for each frequency, week by week over three years', async () => {
    const pairs = FIRSTS.flatMap((first) =>
      Object.values(PaymentFrequency).flatMap((frequency) => days('2023-05-01', 160, 7).map((monday) => ({ first, frequency, day: monday.toString() }))),
    );
    const expected = pairs.map(({ first, frequency, day }) => {
      const sunday = LocalDate.parse(day).plusDays(6).toString();
      const due = paymentSchedule(LocalDate.parse(first), 100, frequency, 200).filter((p) => p.dueOn >= day && p.dueOn <= sunday);
      expect(due.length).toBeLessThanOrEqual(1);
      return due[0]?.dueOn ?? 'none';
    });
    const found = await sql(`CASE WHEN budgets.next_direct_payment_instalment(first, frequency, day) <= day + 6 THEN budgets.next_direct_payment_instalment(first, frequency, day) END`, pairs);
    expect(found).toEqual(expected);
    expect(expected.filter((d) => d !== 'none').length).toBeGreaterThan(1000);
  });
});
