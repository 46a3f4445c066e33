import {
  DirectPaymentAction,
  DirectPaymentRecipient,
  DirectPaymentStatus,
  LocalDate,
  PaymentFrequency,
  PlanStatus,
  assertDirectPaymentRecipient,
  assertPlanPaysDirectPayments,
  assertPlanTakesBudget,
  assertHouseholdRelativeAllowed,
  directPaymentReviewDates,
  directPaymentTransition,
  assertBudgetOpen,
  budgetEndsOn,
  nextDirectPaymentReview,
  paymentSchedule,
  recipientNoLongerFits,
} from '../src';

const current = (kind: string) => ({ kind, current: true });

describe('R12a direct payments', () => {
  it.each([
    ['the person, with capacity', { recipient: DirectPaymentRecipient.PERSON, personHasCapacity: true }, null],
    ['a nominated person, with capacity', { recipient: DirectPaymentRecipient.NOMINATED_PERSON, personHasCapacity: true, relationship: current('NOMINATED_PERSON') }, null],
    ['the person, lacking capacity', { recipient: DirectPaymentRecipient.PERSON, personHasCapacity: false }, 'R12a'],
    ['a nominated person, lacking capacity', { recipient: DirectPaymentRecipient.NOMINATED_PERSON, personHasCapacity: false, relationship: current('NOMINATED_PERSON') }, 'R12a'],
    ['an attorney, lacking capacity', { recipient: DirectPaymentRecipient.AUTHORISED_PERSON, personHasCapacity: false, relationship: current('ATTORNEY') }, null],
    ['a deputy, lacking capacity', { recipient: DirectPaymentRecipient.AUTHORISED_PERSON, personHasCapacity: false, relationship: current('DEPUTY') }, null],
    ['an approved suitable person, lacking capacity', { recipient: DirectPaymentRecipient.AUTHORISED_PERSON, personHasCapacity: false, relationship: current('AUTHORISED_PERSON') }, null],
    ['a household member as authorised person', { recipient: DirectPaymentRecipient.AUTHORISED_PERSON, personHasCapacity: false, relationship: current('HOUSEHOLD_MEMBER') }, 'R12a'],
    ['an authorised person when the person has capacity', { recipient: DirectPaymentRecipient.AUTHORISED_PERSON, personHasCapacity: true, relationship: current('ATTORNEY') }, 'R12a'],
  ] as const)('R12a recipient: %s', (_case, facts, rule) => {
    const check = () => assertDirectPaymentRecipient(facts);
    if (rule) expect(check).toThrow(expect.objectContaining({ code: 'RULE_VIOLATION', details: { rule } }));
    else expect(check).not.toThrow();
  });

  it('R12a an ended relationship cannot receive the payment', () => {
    expect(() => assertDirectPaymentRecipient({ recipient: DirectPaymentRecipient.NOMINATED_PERSON, personHasCapacity: true, relationship: { kind: 'NOMINATED_PERSON', current: false } })).toThrow(
      expect.objectContaining({ details: { field: 'relationshipId' } }),
    );
  });

  it('R12a a payment in force no longer fits when the person’s capacity changed or its recipient’s role ended, said in words', () => {
    expect(recipientNoLongerFits({ recipient: DirectPaymentRecipient.PERSON, personHasCapacity: true })).toBeNull();
    expect(recipientNoLongerFits({ recipient: DirectPaymentRecipient.PERSON, personHasCapacity: false })).toMatch(/lacks capacity to manage a direct payment/);
    expect(recipientNoLongerFits({ recipient: DirectPaymentRecipient.AUTHORISED_PERSON, personHasCapacity: true, relationship: current('ATTORNEY') })).toMatch(/has capacity/);
    expect(recipientNoLongerFits({ recipient: DirectPaymentRecipient.AUTHORISED_PERSON, personHasCapacity: false, relationship: { kind: 'ATTORNEY', current: false } })).toMatch(/current relationship/);
  });

  it('R12a a close relative in the household is paid only with a recorded necessity decision', () => {
    expect(() => assertHouseholdRelativeAllowed(true, null)).toThrow(expect.objectContaining({ details: { rule: 'R12a' } }));
    expect(() => assertHouseholdRelativeAllowed(true, { reason: 'Only her daughter can give intimate care she will accept.', decidedBy: 'Head of Service' })).not.toThrow();
    expect(() => assertHouseholdRelativeAllowed(false, null)).not.toThrow();
  });

  it('R12a suspend, resume and end; nothing after the end', () => {
    const { ACTIVE, SUSPENDED, ENDED } = DirectPaymentStatus;
    expect(directPaymentTransition(ACTIVE, DirectPaymentAction.SUSPEND)).toBe(SUSPENDED);
    expect(directPaymentTransition(SUSPENDED, DirectPaymentAction.RESUME)).toBe(ACTIVE);
    expect(directPaymentTransition(SUSPENDED, DirectPaymentAction.END)).toBe(ENDED);
    expect(() => directPaymentTransition(ENDED, DirectPaymentAction.RESUME)).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    expect(() => directPaymentTransition(ACTIVE, DirectPaymentAction.RESUME)).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
  });

  it('R12a a direct payment is set up only under a plan not ended; a closed or withdrawn plan’s budget ends on the day it ended, and nothing more is done under it', () => {
    for (const status of [PlanStatus.DRAFT, PlanStatus.AGREED, PlanStatus.ACTIVE, PlanStatus.UNDER_REVIEW]) expect(() => assertPlanPaysDirectPayments(status)).not.toThrow();
    expect(() => assertPlanPaysDirectPayments(PlanStatus.CLOSED)).toThrow(expect.objectContaining({ details: { rule: 'R12a' }, message: expect.stringContaining('closed') }));
    expect(() => assertPlanPaysDirectPayments(PlanStatus.REVISED)).toThrow(expect.objectContaining({ details: { rule: 'R12a' }, message: expect.stringContaining('revision') }));
    expect(() => assertPlanPaysDirectPayments(PlanStatus.WITHDRAWN)).toThrow(expect.objectContaining({ details: { rule: 'R12a' }, message: expect.stringContaining('withdrawn') }));
    expect(budgetEndsOn({ status: PlanStatus.CLOSED, closedOn: '2026-11-30', withdrawnOn: null }).toString()).toBe('2026-11-30');
    expect(budgetEndsOn({ status: PlanStatus.WITHDRAWN, closedOn: null, withdrawnOn: '2026-11-28' }).toString()).toBe('2026-11-28');
    expect(() => budgetEndsOn({ status: PlanStatus.ACTIVE, closedOn: null, withdrawnOn: null })).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    expect(() => budgetEndsOn({ status: PlanStatus.REVISED, closedOn: null, withdrawnOn: null })).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    for (const status of [PlanStatus.DRAFT, PlanStatus.RETURNED, PlanStatus.ACTIVE]) expect(() => assertPlanTakesBudget(status)).not.toThrow();
    for (const status of [PlanStatus.CLOSED, PlanStatus.REVISED, PlanStatus.WITHDRAWN]) {
      expect(() => assertPlanTakesBudget(status)).toThrow(expect.objectContaining({ code: 'CONFLICT', message: expect.stringContaining(status.toLowerCase()) }));
    }
    expect(() => assertBudgetOpen({ endedOn: null })).not.toThrow();
    expect(() => assertBudgetOpen({ endedOn: '2026-11-30' })).toThrow(expect.objectContaining({ code: 'CONFLICT', message: expect.stringContaining('2026-11-30') }));
  });

  it('R12a the review is due 6 months after the first payment, then every 12 months', () => {
    expect(directPaymentReviewDates(LocalDate.parse('2026-01-31'), 3)).toEqual(['2026-07-31', '2027-07-31', '2028-07-31']);
    expect(directPaymentReviewDates(LocalDate.parse('2026-08-31'), 1)).toEqual(['2027-02-28']);
    const first = LocalDate.parse('2025-01-15');
    expect(nextDirectPaymentReview(first, LocalDate.parse('2025-03-01')).toString()).toBe('2025-07-15');
    expect(nextDirectPaymentReview(first, LocalDate.parse('2025-07-16')).toString()).toBe('2026-07-15');
    expect(nextDirectPaymentReview(first, LocalDate.parse('2026-07-15')).toString()).toBe('2026-07-15');
  });

  it('R12a payment schedules in whole pence: weekly, four-weekly, and monthly sharing the year exactly', () => {
    const start = LocalDate.parse('2026-12-01');
    expect(paymentSchedule(start, 35_251, PaymentFrequency.WEEKLY, 2)).toEqual([{ dueOn: '2026-12-01', amountPence: 35_251 }, { dueOn: '2026-12-08', amountPence: 35_251 }]);
    expect(paymentSchedule(start, 35_251, PaymentFrequency.FOUR_WEEKLY, 2).map((p) => p.dueOn)).toEqual(['2026-12-01', '2026-12-29']);
    const monthly = paymentSchedule(start, 35_251, PaymentFrequency.MONTHLY, 12);
    expect(monthly.reduce((sum, p) => sum + p.amountPence, 0)).toBe(35_251 * 52);
    expect(monthly.map((p) => p.dueOn).slice(0, 3)).toEqual(['2026-12-01', '2027-01-01', '2027-02-01']);
  });
});
