import { LocalDate } from '@careplan/domain';
import { AUTHORITY_A, pageShapes, shapeOf, Frontend } from '@careplan/testing';
import { suiteStack } from './support/stack';

const stack = suiteStack();
let practitioner: string;
let finance: string;
let assessor: string;
const frontend = new Frontend(() => stack.url);
const { call, ok } = frontend;

const MANAGE = `mutation($input: BudgetManagementInput!) { setBudgetManagement(input: $input) { id version } }`;

/** A person with a final budget of £200 a week for one need met by direct payment, all of it held as a direct payment (R11b). */
async function personWithFinalBudget({ split = true } = {}) {
  const a = await frontend.assessmentReadyToComplete(practitioner, assessor, [
    { outcome: 'PERSONAL_HYGIENE', unableReasons: ['NEEDS_HELP'] },
    { outcome: 'NUTRITION', unableReasons: ['NEEDS_HELP'] },
  ]);
  await frontend.completeAssessment(practitioner, a);
  const { createPlan } = await ok(practitioner, `mutation($input: CreatePlanInput!) { createPlan(input: $input) { id } }`, { input: { personId: a.personId, assessmentId: a.id } });
  const { addSupportItem } = await ok(practitioner, `mutation($input: AddSupportItemInput!) { addSupportItem(input: $input) { id } }`, {
    input: { planId: createPlan.id, need: 'PERSONAL_HYGIENE', kind: 'DIRECT_PAYMENT', description: 'A personal assistant for morning routines' },
  });
  const { createPersonalBudget: b } = await ok(practitioner, `mutation($input: CreatePersonalBudgetInput!) { createPersonalBudget(input: $input) { id version } }`, { input: { planId: createPlan.id, indicativeWeeklyPence: 20_000, indicativeExplanation: 'From the council’s resource allocation system for the needs assessed.' } });
  await ok(practitioner, `mutation($input: SetCostLineInput!) { setCostLine(input: $input) { id } }`, {
    input: { budgetId: b.id, supportItemId: addSupportItem.id, unitCostPence: 2_000, unitType: 'HOUR', plannedUnitsPerWeek: 10 },
  });
  const { finalisePersonalBudget: final } = await ok(finance, `mutation($input: FinaliseBudgetInput!) { finalisePersonalBudget(input: $input) { id version } }`, {
    input: { id: b.id, version: b.version, finalWeeklyPence: 20_000 },
  });
  if (split) await ok(finance, MANAGE, { input: { id: b.id, version: final.version, councilManagedPence: 0, directPaymentPence: 20_000, individualServiceFundPence: 0 } });
  return { personId: a.personId, budgetId: b.id as string, planId: createPlan.id as string };
}

const SET_UP = `mutation($input: SetUpDirectPaymentInput!) { setUpDirectPayment(input: $input) { id version status recipient nextReviewDue } }`;
const dp = (budgetId: string, over: Record<string, unknown> = {}) => ({
  budgetId,
  recipient: 'PERSON',
  coversNeeds: ['PERSONAL_HYGIENE'],
  weeklyPence: 20_000,
  frequency: 'FOUR_WEEKLY',
  accountType: 'Separate bank account',
  purchases: [{ kind: 'PERSONAL_ASSISTANT', description: 'PA, 10 hours a week', weeklyPence: 20_000, employmentCosts: ['employer’s NI', 'DBS check', 'holiday pay', 'employer’s liability insurance'] }],
  firstPaymentOn: '2026-06-01',
  ...over,
});

/** A direct payment of £50 a week, so several fit in one budget’s direct-payment part (R11b). */
const small = (budgetId: string, over: Record<string, unknown> = {}) =>
  dp(budgetId, { weeklyPence: 5_000, purchases: [{ kind: 'PERSONAL_ASSISTANT', description: 'PA, 2.5 hours a week', weeklyPence: 5_000, employmentCosts: [] }], ...over });

/** The sizes of the pages `total` items take, `first` a page. */
const pagesOf = (total: number, first: number) => Array.from({ length: Math.max(1, Math.ceil(total / first)) }, (_, i) => Math.min(first, total - first * i));

beforeAll(async () => {
  ({ practitioner, finance, assessor } = await frontend.planningTeam(AUTHORITY_A, 'dp'));
});

describe('direct payments through the gateway', () => {
  it('R12a pays a person with capacity, publishes the review date 6 months after the first payment, and schedules instalments', async () => {
    const p = await personWithFinalBudget();
    expect((await call(finance, SET_UP, { input: dp(p.budgetId, { recipient: 'AUTHORISED_PERSON' }) })).errors?.[0].extensions).toMatchObject({ rule: 'R12a' });
    expect((await call(finance, SET_UP, { input: dp(p.budgetId, { coversNeeds: ['TOILET_NEEDS'] }) })).errors?.[0].extensions).toMatchObject({ field: 'coversNeeds' });
    const { setUpDirectPayment } = await ok(finance, SET_UP, { input: dp(p.budgetId) });
    expect(setUpDirectPayment).toMatchObject({ status: 'ACTIVE', recipient: 'PERSON' });
    const [event] = await stack.db.asAdmin<{ data: Record<string, string> }>(`SELECT data FROM budgets.outbox WHERE type = 'DirectPaymentStarted' AND data->>'directPaymentId' = $1`, [setUpDirectPayment.id]);
    expect(event.data).toMatchObject({ firstPaymentOn: '2026-06-01', firstReviewDue: '2026-12-01' });
    const { person } = await ok(practitioner, `query($id: ID!) { person(id: $id) { directPayments { id payments(until: "2026-07-31") { dueOn amount { pence } } } } }`, { id: p.personId });
    expect(person.directPayments[0].payments).toEqual([
      { dueOn: '2026-06-01', amount: { pence: 80_000 } },
      { dueOn: '2026-06-29', amount: { pence: 80_000 } },
      { dueOn: '2026-07-27', amount: { pence: 80_000 } },
    ]);
    // A schedule is asked for at most a year ahead: centuries of instalments are refused, by field.
    const tooFar = await call(practitioner, `query($id: ID!, $until: LocalDate!) { person(id: $id) { directPayments { payments(until: $until) { dueOn } } } }`, {
      id: p.personId,
      until: LocalDate.today().plusDays(367).toString(),
    });
    expect(tooFar.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'until' });
    const due = (await ok(finance, `{ directPaymentsDueForReview(withinDays: 30, first: 100) { edges { node { id } } } }`)).directPaymentsDueForReview.edges;
    const nextDue = LocalDate.parse(setUpDirectPayment.nextReviewDue);
    expect(due.some((e: { node: { id: string } }) => e.node.id === setUpDirectPayment.id)).toBe(!nextDue.isAfter(LocalDate.today().plusDays(30)));
  });

  it('lists for finance officers: budgets awaiting finalisation, and instalments due this week', async () => {
    const p = await personWithFinalBudget();
    const { setUpDirectPayment } = await ok(finance, SET_UP, { input: dp(p.budgetId, { frequency: 'WEEKLY', firstPaymentOn: LocalDate.today().toString() }) });
    const { paymentsDueThisWeek } = await ok(finance, `{ paymentsDueThisWeek(first: 100) { edges { node { directPayment { id } dueOn amount { pence } } } } }`);
    expect(paymentsDueThisWeek.edges).toContainEqual({ node: { directPayment: { id: setUpDirectPayment.id }, dueOn: LocalDate.today().toString(), amount: { pence: 20_000 } } });
    const { createPlan } = await ok(practitioner, `mutation($input: CreatePlanInput!) { createPlan(input: $input) { id } }`, { input: { personId: p.personId } });
    const { createPersonalBudget } = await ok(practitioner, `mutation($input: CreatePersonalBudgetInput!) { createPersonalBudget(input: $input) { id } }`, { input: { planId: createPlan.id, indicativeWeeklyPence: 1_000, indicativeExplanation: 'From the council’s resource allocation system for the needs assessed.' } });
    const { budgetsAwaitingFinalisation } = await ok(finance, `{ budgetsAwaitingFinalisation(first: 100) { edges { node { id } } } }`);
    expect(budgetsAwaitingFinalisation.edges).toContainEqual({ node: { id: createPersonalBudget.id } });
    expect(budgetsAwaitingFinalisation.edges).not.toContainEqual({ node: { id: p.budgetId } });
  });

  it('R12a the direct payments due for review page to their end with after, soonest review first, and refuse more than 100 a page naming first', async () => {
    const p = await personWithFinalBudget();
    const today = LocalDate.today();
    const mine: Array<{ id: string; review: string }> = [];
    for (const days of [9, 3, 6]) {
      const { setUpDirectPayment } = await ok(finance, SET_UP, { input: small(p.budgetId, { firstPaymentOn: today.plusMonths(-6).plusDays(days).toString() }) });
      mine.push({ id: setUpDirectPayment.id, review: setUpDirectPayment.nextReviewDue });
    }
    const DUE = `query($first: Int, $after: String) {
      directPaymentsDueForReview(withinDays: 30, first: $first, after: $after) { edges { cursor node { id nextReviewDue } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }
    }`;
    const pages = await frontend.pagesToEnd<{ id: string; nextReviewDue: string }>(finance, DUE, 'directPaymentsDueForReview', { first: 2 });
    const all = pages.flatMap((page) => page.edges.map((e) => e.node));
    expect(shapeOf(pages)).toEqual(pageShapes(pagesOf(all.length, 2)));
    expect(all.map((n) => n.nextReviewDue)).toEqual(all.map((n) => n.nextReviewDue).sort());
    expect(all.filter((n) => mine.some((m) => m.id === n.id)).map((n) => n.id)).toEqual([...mine].sort((a, b) => a.review.localeCompare(b.review)).map((m) => m.id));
    const tooMany = await call(finance, DUE, { first: 101 });
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('R12a the instalments due this week page to their end with after, soonest first, each with its amount from the schedule, and refuse more than 100 a page naming first', async () => {
    const p = await personWithFinalBudget();
    const today = LocalDate.today();
    const monday = today.plusDays(-((today.dayOfWeek + 6) % 7));
    const setUps = [
      { frequency: 'WEEKLY', firstPaymentOn: monday.plusDays(1), expected: { dueOn: monday.plusDays(1), pence: 5_000 } },
      { frequency: 'MONTHLY', firstPaymentOn: monday.plusDays(2), expected: { dueOn: monday.plusDays(2), pence: 21_667 } },
      { frequency: 'FOUR_WEEKLY', firstPaymentOn: monday.plusDays(-28), expected: { dueOn: monday, pence: 20_000 } },
    ];
    type Due = { directPayment: { id: string }; dueOn: string; amount: { pence: number } };
    const expected: Due[] = [];
    for (const { frequency, firstPaymentOn, expected: e } of setUps) {
      const { setUpDirectPayment } = await ok(finance, SET_UP, { input: small(p.budgetId, { frequency, firstPaymentOn: firstPaymentOn.toString() }) });
      expected.push({ directPayment: { id: setUpDirectPayment.id }, dueOn: e.dueOn.toString(), amount: { pence: e.pence } });
    }
    const DUE = `query($first: Int, $after: String) {
      paymentsDueThisWeek(first: $first, after: $after) { edges { cursor node { directPayment { id } dueOn amount { pence } } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }
    }`;
    const pages = await frontend.pagesToEnd<Due>(finance, DUE, 'paymentsDueThisWeek', { first: 2 });
    const all = pages.flatMap((page) => page.edges.map((e) => e.node));
    expect(shapeOf(pages)).toEqual(pageShapes(pagesOf(all.length, 2)));
    expect(all.map((n) => n.dueOn)).toEqual(all.map((n) => n.dueOn).sort());
    expect(all.filter((n) => expected.some((e) => e.directPayment.id === n.directPayment.id))).toEqual(expected.sort((a, b) => a.dueOn.localeCompare(b.dueOn)));
    const tooMany = await call(finance, DUE, { first: 101 });
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('R12a for a person lacking capacity pays only an attorney, deputy or approved suitable person', async () => {
    const p = await personWithFinalBudget();
    await ok(practitioner, `mutation($input: RecordCapacityAssessmentInput!) { recordCapacityAssessment(input: $input) { id } }`, {
      input: { personId: p.personId, decision: 'MANAGING_DIRECT_PAYMENT', assessedOn: '2026-10-01', outcome: 'LACKS_CAPACITY', assessorName: 'Test Assessor' },
    });
    expect((await call(finance, SET_UP, { input: dp(p.budgetId) })).errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R12a' });
    const neighbour = await frontend.relate(practitioner, p.personId, { kind: 'HOUSEHOLD_MEMBER', name: 'Lodger' });
    expect((await call(finance, SET_UP, { input: dp(p.budgetId, { recipient: 'AUTHORISED_PERSON', recipientRelationshipId: neighbour }) })).errors?.[0].extensions).toMatchObject({ rule: 'R12a' });
    const attorney = await frontend.relate(practitioner, p.personId, { kind: 'ATTORNEY', name: 'Ruth', powerScope: 'PROPERTY_AND_AFFAIRS' });
    expect((await ok(finance, SET_UP, { input: dp(p.budgetId, { recipient: 'AUTHORISED_PERSON', recipientRelationshipId: attorney }) })).setUpDirectPayment.recipient).toBe('AUTHORISED_PERSON');
  });

  it('R12a pays a close relative in the household only with a recorded necessity decision, readable with who decided; suspend, resume, end (its day readable) and repayment; its budget and plan are readable from it', async () => {
    const p = await personWithFinalBudget();
    const relative = dp(p.budgetId, { closeRelativeInHousehold: true });
    expect((await call(finance, SET_UP, { input: relative })).errors?.[0].extensions).toMatchObject({ rule: 'R12a' });
    const { setUpDirectPayment: d } = await ok(finance, SET_UP, {
      input: { ...relative, necessityReason: 'Only her daughter can give the intimate care she will accept.', necessityDecidedBy: 'Head of Adult Services' },
    });
    const MOVE = `mutation($id: ID!, $v: Int!, $a: DirectPaymentAction!) { changeDirectPayment(input: { id: $id, version: $v, action: $a, reason: "Needs reduced during a hospital stay" }) { status version } }`;
    const suspended = (await ok(finance, MOVE, { id: d.id, v: d.version, a: 'SUSPEND' })).changeDirectPayment;
    expect(suspended.status).toBe('SUSPENDED');
    const resumed = (await ok(finance, MOVE, { id: d.id, v: suspended.version, a: 'RESUME' })).changeDirectPayment;
    const ended = (await ok(finance, MOVE, { id: d.id, v: resumed.version, a: 'END' })).changeDirectPayment;
    expect(ended.status).toBe('ENDED');
    expect((await call(finance, MOVE, { id: d.id, v: ended.version, a: 'RESUME' })).errors?.[0].extensions?.code).toBe('CONFLICT');
    const { person } = await ok(finance, `query($id: ID!) { person(id: $id) { directPayments { necessityDecidedBy endedOn personalBudget { id finalisedBy } plan { id } } } }`, { id: p.personId });
    expect(person.directPayments).toEqual([
      { necessityDecidedBy: 'Head of Adult Services', endedOn: LocalDate.today().toString(), personalBudget: { id: p.budgetId, finalisedBy: 'dp-finance' }, plan: { id: p.planId } },
    ]);
    const { requestDirectPaymentRepayment } = await ok(finance, `mutation($id: ID!) { requestDirectPaymentRepayment(input: { id: $id, amountPence: 12500, reason: "Spent on a holiday, not on care" }) { amount { pence } } }`, { id: d.id });
    expect(requestDirectPaymentRepayment.amount.pence).toBe(12_500);
    expect(await stack.db.asAdmin(`SELECT type FROM budgets.outbox WHERE data->>'directPaymentId' = $1 ORDER BY occurred_at`, [d.id])).toEqual([
      { type: 'DirectPaymentStarted' },
      { type: 'DirectPaymentSuspended' },
      { type: 'DirectPaymentResumed' },
      { type: 'DirectPaymentEnded' },
    ]);
  });

  it('R11b direct payments never pay more than the part of the budget held as a direct payment; refused, nothing is written', async () => {
    const p = await personWithFinalBudget();
    const { setUpDirectPayment: first } = await ok(finance, SET_UP, { input: dp(p.budgetId, { weeklyPence: 15_000 }) });
    const over = await call(finance, SET_UP, { input: dp(p.budgetId, { weeklyPence: 5_001 }) });
    expect(over.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R11b' });
    const count = async () => (await ok(practitioner, `query($id: ID!) { person(id: $id) { directPayments { id } } }`, { id: p.personId })).person.directPayments.length;
    expect(await count()).toBe(1);
    await ok(finance, SET_UP, { input: dp(p.budgetId, { weeklyPence: 5_000 }) });
    // Nor can the split move under the payments in force.
    const { personalBudget: b } = await ok(finance, `query($id: ID!) { personalBudget(id: $id) { version } }`, { id: p.budgetId });
    const shrink = await call(finance, MANAGE, { input: { id: p.budgetId, version: b.version, councilManagedPence: 1, directPaymentPence: 19_999, individualServiceFundPence: 0 } });
    expect(shrink.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R11b' });
    // An ended payment no longer counts against the part.
    await ok(finance, `mutation($id: ID!, $v: Int!) { changeDirectPayment(input: { id: $id, version: $v, action: END, reason: "The person moved to a care home" }) { status } }`, { id: first.id, v: first.version });
    await ok(finance, SET_UP, { input: dp(p.budgetId, { weeklyPence: 15_000 }) });
    expect(await count()).toBe(3);
  });

  it('R12a a budget ended while a direct payment is being set up refuses it under the budget’s lock, and nothing is written', async () => {
    const p = await personWithFinalBudget();
    // As if its plan closed and the worker ended the budget after the set-up had read the plan as open: the
    // plan here is still being prepared, so only the check under the budget's lock stands in the way.
    await stack.db.asAdmin(`UPDATE budgets.personal_budget SET ended_on = CURRENT_DATE WHERE id = $1`, [p.budgetId]);
    const refused = await call(finance, SET_UP, { input: dp(p.budgetId) });
    expect(refused.errors?.[0]).toMatchObject({ message: expect.stringContaining('nothing more is changed or paid'), extensions: { code: 'CONFLICT' } });
    expect(await stack.db.asAdmin(`SELECT count(*)::int AS n FROM budgets.direct_payment WHERE budget_id = $1`, [p.budgetId])).toEqual([{ n: 0 }]);
  });

  it('R11b a budget with no recorded split pays no direct payment', async () => {
    const p = await personWithFinalBudget({ split: false });
    expect((await call(finance, SET_UP, { input: dp(p.budgetId) })).errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R11b' });
    expect((await ok(practitioner, `query($id: ID!) { person(id: $id) { directPayments { id } } }`, { id: p.personId })).person.directPayments).toEqual([]);
  });
});
