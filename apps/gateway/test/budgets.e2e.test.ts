import { AUTHORITY_A, Frontend } from '@careplan/testing';
import { suiteStack } from './support/stack';

const stack = suiteStack();
let practitioner: string;
let finance: string;
let assessor: string;
let approver: string;
const frontend = new Frontend(() => stack.url);
const { call, ok } = frontend;

/** A final budget of £400 a week for a plan with two costed support items: one Care Act, one s.117. */
async function finalBudget() {
  const a = await frontend.assessmentReadyToComplete(practitioner, assessor, [
    { outcome: 'NUTRITION', unableReasons: ['NEEDS_HELP'] },
    { outcome: 'FAMILY_AND_PERSONAL_RELATIONSHIPS', unableReasons: ['NEEDS_HELP'] },
  ]);
  await frontend.completeAssessment(practitioner, a);
  const { createPlan } = await ok(practitioner, `mutation($input: CreatePlanInput!) { createPlan(input: $input) { id } }`, { input: { personId: a.personId, assessmentId: a.id } });
  const items: string[] = [];
  for (const need of ['NUTRITION', 'FAMILY_AND_PERSONAL_RELATIONSHIPS']) {
    const { addSupportItem } = await ok(practitioner, `mutation($input: AddSupportItemInput!) { addSupportItem(input: $input) { id } }`, {
      input: { planId: createPlan.id, need, kind: 'COMMISSIONED_PROVIDER', description: `Support with ${need.toLowerCase()}`, provider: 'Provider' },
    });
    items.push(addSupportItem.id);
  }
  const { createPersonalBudget: budget } = await ok(practitioner, `mutation($input: CreatePersonalBudgetInput!) { createPersonalBudget(input: $input) { id version } }`, {
    input: { planId: createPlan.id, indicativeWeeklyPence: 40_000, indicativeExplanation: 'From the council’s resource allocation system for the needs assessed.' },
  });
  const LINE = `mutation($input: SetCostLineInput!) { setCostLine(input: $input) { id } }`;
  await ok(practitioner, LINE, { input: { budgetId: budget.id, supportItemId: items[0], unitCostPence: 2_500, unitType: 'HOUR', plannedUnitsPerWeek: 10, fundingBasis: 'CARE_ACT' } });
  await ok(practitioner, LINE, { input: { budgetId: budget.id, supportItemId: items[1], unitCostPence: 15_000, unitType: 'WEEK', plannedUnitsPerWeek: 1, fundingBasis: 'S117_AFTERCARE' } });
  const { finalisePersonalBudget } = await ok(finance, `mutation($input: FinaliseBudgetInput!) { finalisePersonalBudget(input: $input) { id version } }`, {
    input: { id: budget.id, version: budget.version, finalWeeklyPence: 40_000 },
  });
  return { personId: a.personId, budgetId: finalisePersonalBudget.id as string, version: finalisePersonalBudget.version as number };
}

beforeAll(async () => {
  ({ practitioner, finance, assessor, approver } = await frontend.planningTeam(AUTHORITY_A, 'budget'));
});

describe('personal budgets through the gateway', () => {
  it('R11 R11a shares the cost: the contribution is charged against Care Act support only, never s.117', async () => {
    const b = await finalBudget();
    await ok(finance, `mutation($input: RecordFinancialAssessmentInput!) { recordFinancialAssessment(input: $input) { id } }`, {
      input: { personId: b.personId, kind: 'FULL', weeklyContributionPence: 30_000, assessedOn: '2026-11-01', assessor: 'Financial Assessment Team' },
    });
    const { personalBudget } = await ok(practitioner, `query($id: ID!) { personalBudget(id: $id) { shares { total { pence } chargeable { pence } person { pence } council { pence } } } }`, { id: b.budgetId });
    expect(personalBudget.shares).toEqual({ total: { pence: 40_000 }, chargeable: { pence: 25_000 }, person: { pence: 25_000 }, council: { pence: 15_000 } });
    const denied = await call(practitioner, `mutation($input: RecordFinancialAssessmentInput!) { recordFinancialAssessment(input: $input) { id } }`, {
      input: { personId: b.personId, kind: 'FULL', weeklyContributionPence: 1, assessedOn: '2026-11-01', assessor: 'x' },
    });
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('R11 R11a an indicative amount is explained; s.117-only support takes no contribution; reablement stays outside the budget', async () => {
    const a = await frontend.assessmentReadyToComplete(practitioner, assessor, [
      { outcome: 'NUTRITION', unableReasons: ['NEEDS_HELP'] },
      { outcome: 'USING_HOME_SAFELY', unableReasons: ['NEEDS_HELP'] },
    ]);
    await frontend.completeAssessment(practitioner, a);
    const { createPlan } = await ok(practitioner, `mutation($input: CreatePlanInput!) { createPlan(input: $input) { id } }`, { input: { personId: a.personId, assessmentId: a.id } });
    const ADD = `mutation($input: AddSupportItemInput!) { addSupportItem(input: $input) { id } }`;
    const aftercare = (await ok(practitioner, ADD, { input: { planId: createPlan.id, need: 'NUTRITION', kind: 'COMMISSIONED_PROVIDER', description: 'Mental health aftercare support worker', provider: 'Mind' } })).addSupportItem.id;
    const reablement = (await ok(practitioner, ADD, {
      input: { planId: createPlan.id, need: 'USING_HOME_SAFELY', kind: 'COUNCIL_PROVIDED', description: 'Six weeks of reablement', provider: 'Reablement team', serviceType: 'SHORT_TERM_REABLEMENT' },
    })).addSupportItem.id;
    const CREATE = `mutation($input: CreatePersonalBudgetInput!) { createPersonalBudget(input: $input) { id version indicativeMethod indicativeExplanation } }`;
    expect((await call(practitioner, CREATE, { input: { planId: createPlan.id, indicativeWeeklyPence: 15_000, indicativeExplanation: 'RAS' } })).errors?.[0].extensions).toMatchObject({ field: 'indicativeExplanation' });
    const { createPersonalBudget: b } = await ok(practitioner, CREATE, {
      input: { planId: createPlan.id, indicativeWeeklyPence: 15_000, indicativeMethod: 'COST_OF_PLANNED_SUPPORT', indicativeExplanation: 'The cost of the aftercare worker at the framework rate.' },
    });
    expect(b.indicativeMethod).toBe('COST_OF_PLANNED_SUPPORT');
    const LINE = `mutation($input: SetCostLineInput!) { setCostLine(input: $input) { id } }`;
    expect((await call(practitioner, LINE, { input: { budgetId: b.id, supportItemId: reablement, unitCostPence: 1_000, unitType: 'WEEK', plannedUnitsPerWeek: 1 } })).errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R11a' });
    await ok(practitioner, LINE, { input: { budgetId: b.id, supportItemId: aftercare, unitCostPence: 15_000, unitType: 'WEEK', plannedUnitsPerWeek: 1, fundingBasis: 'S117_AFTERCARE' } });
    // Reablement needs no cost line: the budget is final on the aftercare line alone.
    expect((await ok(finance, `mutation($input: FinaliseBudgetInput!) { finalisePersonalBudget(input: $input) { status } }`, { input: { id: b.id, version: b.version, finalWeeklyPence: 15_000 } })).finalisePersonalBudget.status).toBe('FINAL');
    const FA = `mutation($input: RecordFinancialAssessmentInput!) { recordFinancialAssessment(input: $input) { id } }`;
    const charged = await call(finance, FA, { input: { personId: a.personId, kind: 'FULL', weeklyContributionPence: 5_000, assessedOn: '2026-11-01', assessor: 'Financial Assessment Team' } });
    expect(charged.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R11a' });
    expect(await stack.db.asAdmin('SELECT 1 FROM budgets.financial_assessment WHERE person_id = $1', [a.personId])).toHaveLength(0);
  });

  it('R11b the way the budget is held must add up exactly', async () => {
    const b = await finalBudget();
    const SET = `mutation($input: BudgetManagementInput!) { setBudgetManagement(input: $input) { management { councilManaged { pence } directPayment { pence } individualServiceFund { pence } isfProvider } } }`;
    const wrong = await call(finance, SET, { input: { id: b.budgetId, version: b.version, councilManagedPence: 20_000, directPaymentPence: 15_000, individualServiceFundPence: 4_999, isfProvider: 'Choice Support' } });
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R11b' });
    const right = await ok(finance, SET.replace('isfProvider } }', 'isfProvider personalHealthBudget { pence } } pooledWith }'), {
      input: {
        id: b.budgetId,
        version: b.version,
        councilManagedPence: 20_000,
        directPaymentPence: 15_000,
        individualServiceFundPence: 5_000,
        isfProvider: 'Choice Support',
        pooledWith: ['her husband’s budget for shared day opportunities'],
        personalHealthBudgetWeeklyPence: 6_000,
        personalHealthBudgetHeldBy: 'the person',
      },
    });
    expect(right.setBudgetManagement).toEqual({
      management: { councilManaged: { pence: 20_000 }, directPayment: { pence: 15_000 }, individualServiceFund: { pence: 5_000 }, isfProvider: 'Choice Support', personalHealthBudget: { pence: 6_000 } },
      pooledWith: ['her husband’s budget for shared day opportunities'],
    });
  });

  it('R12 refuses a reduction without a reassessment, accepts it with one, and keeps every change dated', async () => {
    const b = await finalBudget();
    const CHANGE = `mutation($input: ChangeBudgetInput!) { changePersonalBudget(input: $input) { version finalWeeklyAmount { pence } changes { from { pence } to { pence } reason reassessmentId changedBy } } }`;
    const cut = { id: b.budgetId, version: b.version, newWeeklyPence: 35_000, reason: 'Annual review: fewer evening calls needed' };
    expect((await call(finance, CHANGE, { input: cut })).errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R12' });
    const other = await frontend.assessmentReadyToComplete(practitioner, assessor, [{ outcome: 'NUTRITION', unableReasons: ['NEEDS_HELP'] }]);
    await frontend.completeAssessment(practitioner, other, { eventOutcome: 'NO_SERVICES_UNIVERSAL_OR_SIGNPOSTED' });
    const wrongPerson = await call(finance, CHANGE, { input: { ...cut, reassessmentId: other.id, explanation: 'Your needs have changed since your last assessment.' } });
    expect(wrongPerson.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reassessmentId' });
    expect(await stack.db.asAdmin('SELECT final_weekly_pence FROM budgets.personal_budget WHERE id = $1', [b.budgetId])).toEqual([{ final_weekly_pence: 40_000 }]);

    const { createAssessment } = await ok(practitioner, `mutation($input: CreateAssessmentInput!) { createAssessment(input: $input) { id version } }`, { input: { personId: b.personId } });
    const started = (await ok(practitioner, `mutation($input: StartAssessmentInput!) { startAssessment(input: $input) { version } }`, {
      input: { id: createAssessment.id, version: createAssessment.version, assessorPractitionerId: assessor, method: 'FACE_TO_FACE' },
    })).startAssessment;
    await ok(practitioner, `mutation($input: RecordNeedInput!) { recordNeed(input: $input) { id } }`, { input: { assessmentId: createAssessment.id, outcome: 'NUTRITION', unableReasons: ['NEEDS_HELP'], inOwnWords: 'Still need help with meals.' } });
    await frontend.completeAssessment(practitioner, { id: createAssessment.id, version: started.version }, { eventOutcome: 'NO_SERVICES_UNIVERSAL_OR_SIGNPOSTED' });
    const { changePersonalBudget } = await ok(finance, CHANGE, { input: { ...cut, reassessmentId: createAssessment.id, explanation: 'Your reassessment found you now manage evenings with your neighbour’s help.' } });
    expect(changePersonalBudget).toMatchObject({
      finalWeeklyAmount: { pence: 35_000 },
      changes: [{ from: { pence: 40_000 }, to: { pence: 35_000 }, reason: cut.reason, reassessmentId: createAssessment.id, changedBy: 'budget-finance' }],
    });
  });

  it('R12 the assessment a budget rested on cannot justify cutting it', async () => {
    const b = await finalBudget();
    const { personalBudget } = await ok(practitioner, `query($id: ID!) { personalBudget(id: $id) { plan { assessment { id } } } }`, { id: b.budgetId });
    const CHANGE = `mutation($input: ChangeBudgetInput!) { changePersonalBudget(input: $input) { version } }`;
    const cut = { id: b.budgetId, version: b.version, newWeeklyPence: 35_000, reason: 'Annual review: fewer evening calls needed', explanation: 'Your needs have changed since your last assessment.' };
    const sameAssessment = await call(finance, CHANGE, { input: { ...cut, reassessmentId: personalBudget.plan.assessment.id } });
    expect(sameAssessment.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R12' });
    expect(await stack.db.asAdmin('SELECT final_weekly_pence FROM budgets.personal_budget WHERE id = $1', [b.budgetId])).toEqual([{ final_weekly_pence: 40_000 }]);
  });

  it('R12 a revised plan whose budget is lower than the one in force needs a reassessment and an explanation too', async () => {
    const p = await frontend.completePlan(practitioner, assessor);
    const agreed = await frontend.signOff(practitioner, p, approver, finance);
    const active = await frontend.step(practitioner, 'activatePlan', p.planId, agreed.version);
    const { revisePlan: v2 } = await ok(practitioner, `mutation($id: ID!, $v: Int!) { revisePlan(input: { id: $id, version: $v }) { id supportItems { id } } }`, { id: p.planId, v: active.version });
    const { createPersonalBudget: b } = await ok(practitioner, `mutation($input: CreatePersonalBudgetInput!) { createPersonalBudget(input: $input) { id version } }`, {
      input: { planId: v2.id, indicativeWeeklyPence: 30_000, indicativeExplanation: 'From the council’s resource allocation system for the needs reassessed.' },
    });
    for (const item of v2.supportItems) {
      await ok(practitioner, `mutation($input: SetCostLineInput!) { setCostLine(input: $input) { id } }`, {
        input: { budgetId: b.id, supportItemId: item.id, unitCostPence: 2_000, unitType: 'HOUR', plannedUnitsPerWeek: 7.5 },
      });
    }
    const FINALISE = `mutation($input: FinaliseBudgetInput!) { finalisePersonalBudget(input: $input) { status finalWeeklyAmount { pence } } }`;
    const lower = { id: b.id, version: b.version, finalWeeklyPence: 30_000, explanation: 'Your reassessment found you now manage evenings with your neighbour’s help.' };
    expect((await call(finance, FINALISE, { input: lower })).errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R12' });
    expect((await ok(practitioner, `query($id: ID!) { personalBudget(id: $id) { status } }`, { id: b.id })).personalBudget.status).toBe('INDICATIVE');

    const { createAssessment } = await ok(practitioner, `mutation($input: CreateAssessmentInput!) { createAssessment(input: $input) { id version } }`, { input: { personId: p.personId } });
    const started = (await ok(practitioner, `mutation($input: StartAssessmentInput!) { startAssessment(input: $input) { version } }`, {
      input: { id: createAssessment.id, version: createAssessment.version, assessorPractitionerId: assessor, method: 'FACE_TO_FACE' },
    })).startAssessment;
    for (const need of ['NUTRITION', 'PERSONAL_HYGIENE']) {
      await ok(practitioner, `mutation($input: RecordNeedInput!) { recordNeed(input: $input) { id } }`, { input: { assessmentId: createAssessment.id, outcome: need, unableReasons: ['NEEDS_HELP'], inOwnWords: 'In my words.' } });
    }
    await frontend.completeAssessment(practitioner, { id: createAssessment.id, version: started.version });
    const { finalisePersonalBudget } = await ok(finance, FINALISE, { input: { ...lower, reassessmentId: createAssessment.id } });
    expect(finalisePersonalBudget).toEqual({ status: 'FINAL', finalWeeklyAmount: { pence: 30_000 } });
  });

  it('R12 records a challenge to sufficiency and its outcome', async () => {
    const b = await finalBudget();
    const { challengeBudget } = await ok(practitioner, `mutation($id: ID!) { challengeBudget(input: { budgetId: $id, raisedBy: "Advocate on the person's behalf", grounds: "The rate does not buy care at the times she needs it." }) { id version outcome } }`, { id: b.budgetId });
    expect(challengeBudget.outcome).toBe('PENDING');
    const { decideBudgetChallenge } = await ok(finance, `mutation($id: ID!, $v: Int!) { decideBudgetChallenge(input: { id: $id, version: $v, upheld: true, reasons: "Local rates checked: the budget is increased." }) { outcome decidedOn } }`, { id: challengeBudget.id, v: challengeBudget.version });
    expect(decideBudgetChallenge.outcome).toBe('UPHELD');
  });
});
