import { randomUUID } from 'node:crypto';
import { AUTHORITY_A, entityAnswers, resolvedOnlyForOwnCouncil, seenOnlyByOwnCouncil, rowsOfAAtDatabase, startAlone, whoSees, writeAttempts, type Probe, type SubgraphAlone } from '@careplan/testing';
import { budgetsSubgraph } from '../src';

let alone: SubgraphAlone;
const personId = randomUUID();
const planId = randomUUID();
/** Council A's budgets, one still indicative and one final with a running direct payment. */
const ids: Record<'indicative' | 'final' | 'directPayment' | 'financialAssessment', string> = { indicative: '', final: '', directPayment: '', financialAssessment: '' };
let PROBES: Probe[];

beforeAll(async () => {
  alone = await startAlone(budgetsSubgraph);
  // As the budgets subgraph would have written them after asking plans.
  const one = async (sql: string, params: unknown[]) => (await alone.db.asAdmin<{ id: string }>(`${sql} RETURNING id`, [AUTHORITY_A, personId, ...params]))[0].id;
  const budget = `INSERT INTO budgets.personal_budget (authority_code, person_id, plan_id, status, indicative_weekly_pence, final_weekly_pence, council_managed_pence, direct_payment_pence, isf_pence)`;
  ids.indicative = await one(`${budget} VALUES ($1, $2, $3, 'INDICATIVE', 30000, NULL, NULL, NULL, NULL)`, [randomUUID()]);
  ids.final = await one(`${budget} VALUES ($1, $2, $3, 'FINAL', 30000, 30000, 20000, 10000, 0)`, [planId]);
  // First paid nearly six months ago: its first review (R12a) falls within the next 28 days, and it pays every week.
  ids.directPayment = await one(
    `INSERT INTO budgets.direct_payment (authority_code, person_id, budget_id, recipient, covers_needs, weekly_pence, frequency, account_type, status, first_payment_on)
     VALUES ($1, $2, $3, 'PERSON', '{NUTRITION}', 5000, 'WEEKLY', 'BANK', 'ACTIVE', (current_date - interval '6 months' + interval '7 days')::date)`,
    [ids.final],
  );
  ids.financialAssessment = await one(`INSERT INTO budgets.financial_assessment (authority_code, person_id, kind, weekly_contribution_pence, assessed_on, assessor) VALUES ($1, $2, 'FULL', 1500, '2026-01-10', 'Finance')`, []);
  const entities = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { financialAssessments { id } directPayments { id } } ... on CareAndSupportPlan { personalBudget { id } } } }`;
  PROBES = [
    { root: 'personalBudget', query: `query($id: ID!) { personalBudget(id: $id) { id } }`, variables: { id: ids.final }, reveals: ids.final },
    { root: 'budgetsAwaitingFinalisation', query: `{ budgetsAwaitingFinalisation { edges { node { id } } } }`, reveals: ids.indicative },
    { root: 'directPaymentsDueForReview', query: `{ directPaymentsDueForReview(withinDays: 28) { edges { node { id } } } }`, reveals: ids.directPayment },
    { root: 'paymentsDueThisWeek', query: `{ paymentsDueThisWeek { edges { node { dueOn directPayment { id } } } } }`, reveals: ids.directPayment },
    { root: '_entities', query: entities, variables: { reps: [{ __typename: 'Person', id: personId }] }, reveals: ids.financialAssessment },
    { root: '_entities', query: entities, variables: { reps: [{ __typename: 'Person', id: personId }] }, reveals: ids.directPayment },
    { root: '_entities', query: entities, variables: { reps: [{ __typename: 'CareAndSupportPlan', id: planId }] }, reveals: ids.final },
  ];
});

afterAll(() => alone?.close());

describe('budgets subgraph alone', () => {
  it('entities: resolves PersonalBudget by key for its own council, and null alike for another council’s key and an unknown one', async () => {
    expect(await entityAnswers(alone, 'PersonalBudget', ids.final)).toEqual(resolvedOnlyForOwnCouncil(ids.final));
  });

  it('tenancy: no root query shows council A’s budgets, direct payments or financial assessments to council B', async () => {
    expect(await whoSees(alone, PROBES)).toEqual(seenOnlyByOwnCouncil(PROBES));
  });

  it('tenancy: council B cannot set how council A’s budget is managed; it changes nothing, as for an unknown id', async () => {
    const MANAGE = `mutation($input: BudgetManagementInput!) { setBudgetManagement(input: $input) { id version } }`;
    const split = { councilManagedPence: 25000, directPaymentPence: 5000, individualServiceFundPence: 0 };
    const tries = await writeAttempts(alone, MANAGE, (id) => ({ id, version: 1, ...split }), ids.final, `SELECT council_managed_pence, direct_payment_pence, version FROM budgets.personal_budget WHERE id = $1`);
    const untouched = { council_managed_pence: 20000, direct_payment_pence: 10000, version: 1 };
    expect(tries).toEqual({
      before: untouched,
      byB: { code: tries.unknown.code, row: untouched },
      unknown: { code: 'BAD_USER_INPUT', row: untouched },
      byA: { code: null, row: { council_managed_pence: 25000, direct_payment_pence: 5000, version: 2 } },
    });
  });

  it('tenancy: as careplan_app, the database shows council A’s rows only with app.authority set to A', async () => {
    const counts = await rowsOfAAtDatabase(alone, 'budgets');
    expect(counts.filter((c) => ['personal_budget', 'direct_payment', 'financial_assessment'].includes(c.table)).map((c) => c.admin)).toEqual([1, 1, 2]);
    expect(counts).toEqual(counts.map((c) => ({ ...c, asA: c.admin, asB: 0, asNone: 0 })));
  });
});
