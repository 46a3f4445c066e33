import { Role } from '@careplan/domain';
import { AUTHORITY_A, AUTHORITY_B, tokenFor } from '@careplan/testing';
import { Frontend } from './support/drive';
import { startStack, type Stack } from './support/stack';

let stack: Stack;
const tokens: Record<string, string> = {};
const assessors: Record<string, string> = {};
const frontend = new Frontend(() => stack.url);
const { call, ok } = frontend;

const CHECK = `query($id: ID!) { planContentCheck(planId: $id) { rule missing { id } } }`;
const missing = async (token: string, planId: string) => (await ok(token, CHECK, { id: planId })).planContentCheck;

/** An eligible person's completed assessment and a draft plan drawn from it. */
async function draftPlan(authority: string, needs: Array<Record<string, unknown>>, completion: Record<string, unknown> = {}) {
  const token = tokens[authority];
  const a = await frontend.assessmentReadyToComplete(token, assessors[authority], needs);
  const done = await frontend.completeAssessment(token, a, 'eligibility { eligible }', completion);
  expect(done.data?.completeAssessment.eligibility.eligible).toBe(true);
  const { createPlan } = await ok(token, `mutation($input: CreatePlanInput!) { createPlan(input: $input) { id version } }`, { input: { personId: a.personId, assessmentId: a.id } });
  return { personId: a.personId, planId: createPlan.id as string, version: createPlan.version as number };
}

beforeAll(async () => {
  stack = await startStack();
  tokens[AUTHORITY_A] = await tokenFor({ authority: AUTHORITY_A, userId: 'e2e-planner', roles: [Role.PRACTITIONER] });
  tokens[AUTHORITY_B] = await tokenFor({ authority: AUTHORITY_B, userId: 'e2e-planner-b', roles: [Role.PRACTITIONER] });
  assessors[AUTHORITY_A] = await frontend.practitioner(AUTHORITY_A, 'planner-assessor-a');
  assessors[AUTHORITY_B] = await frontend.practitioner(AUTHORITY_B, 'planner-assessor-b');
});

afterAll(async () => {
  await stack?.close();
});

describe('writing a care and support plan through the gateway', () => {
  it('R5 R6 a draft plan lists what it lacks, and filling it in clears the list', async () => {
    const token = tokens[AUTHORITY_A];
    const p = await draftPlan(AUTHORITY_A, [
      { outcome: 'NUTRITION', unableReasons: ['NEEDS_HELP'] },
      { outcome: 'USING_HOME_SAFELY', unableReasons: ['ENDANGERS_SELF_OR_OTHERS'] },
      { outcome: 'FAMILY_AND_PERSONAL_RELATIONSHIPS', unableReasons: ['NEEDS_HELP'], metByCarer: true },
    ]);
    expect(await missing(token, p.planId)).toEqual({
      rule: 'R5',
      missing: ['R5(c)', 'R5(d)', 'R5(e)', 'R5(f)', 'R5 strengths', 'R5 carers', 'R5 contingency', 'R5 coordinator', 'R5 review'].map((id) => ({ id })),
    });

    const outcome = (await ok(token, `mutation($id: ID!) { addPlanOutcome(planId: $id, inOwnWords: "To stay in my own flat and cook for my grandchildren again") { id } }`, { id: p.planId })).addPlanOutcome.id;
    const ADD = `mutation($input: AddSupportItemInput!) { addSupportItem(input: $input) { id need kind } }`;
    const notEligible = await call(token, ADD, { input: { planId: p.planId, need: 'TOILET_NEEDS', kind: 'COMMISSIONED_PROVIDER', description: 'x', provider: 'y' } });
    expect(notEligible.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'need' });
    await ok(token, ADD, { input: { planId: p.planId, need: 'NUTRITION', kind: 'COMMISSIONED_PROVIDER', description: 'Help to cook a hot meal each lunchtime', provider: 'Hackney Homecare', schedule: 'daily, 12–1pm', plannedUnitsPerWeek: 7, outcomeIds: [outcome] } });
    await ok(token, ADD, { input: { planId: p.planId, need: 'USING_HOME_SAFELY', kind: 'EQUIPMENT_OR_ADAPTATION', description: 'Automatic gas shut-off valve and smoke alarm linked to the careline', outcomeIds: [outcome] } });
    await ok(token, `mutation($input: CreatePersonalBudgetInput!) { createPersonalBudget(input: $input) { id } }`, { input: { planId: p.planId, indicativeWeeklyPence: 32_500 } });
    const { updatePlanSections } = await ok(token, `mutation($input: PlanSectionsInput!) { updatePlanSections(input: $input) { version strengthsAndAssets reviewEveryMonths } }`, {
      input: {
        id: p.planId,
        version: p.version,
        strengthsAndAssets: 'Her granddaughter visits on Sundays; a good neighbour; she still enjoys the lunch club.',
        adviceAndInformation: 'Falls prevention classes at the leisure centre; Hackney Carers Centre for her granddaughter.',
        contingencyPlan: 'If the homecare visit is missed, the neighbour checks in and calls the duty team.',
        namedCoordinator: 'Amara Osei, Adults North',
        reviewArrangements: 'First review 8 weeks after the plan starts, then every 6 months, at home with her granddaughter.',
        reviewEveryMonths: 6,
        needsMetByCarer: 'Her granddaughter keeps her in touch with family and takes her to church.',
      },
    });
    expect(updatePlanSections).toMatchObject({ version: p.version + 1, reviewEveryMonths: 6 });
    expect(await missing(token, p.planId)).toEqual({ rule: 'R5', missing: [] });

    const { plan } = await ok(token, `query($id: ID!) { plan(id: $id) { outcomes { inOwnWords } supportItems { need kind outcomeIds plannedUnitsPerWeek } } }`, { id: p.planId });
    expect(plan.supportItems).toEqual([
      { need: 'NUTRITION', kind: 'COMMISSIONED_PROVIDER', outcomeIds: [outcome], plannedUnitsPerWeek: 7 },
      { need: 'USING_HOME_SAFELY', kind: 'EQUIPMENT_OR_ADAPTATION', outcomeIds: [outcome], plannedUnitsPerWeek: null },
    ]);
  });

  it('R5w a Welsh council’s plan is held to the Welsh content rules', async () => {
    const p = await draftPlan(AUTHORITY_B, [{ outcome: 'SELF_CARE_OR_DOMESTIC_ROUTINES', cannotMeetAlone: true, onlyWithCouncilHelp: true }], { significantImpact: null });
    expect(await missing(tokens[AUTHORITY_B], p.planId)).toEqual({
      rule: 'R5w',
      missing: ['R5w outcomes', 'R5w actions', 'R5w monitoring', 'R5w review'].map((id) => ({ id })),
    });
  });
});
