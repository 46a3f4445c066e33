import { AUTHORITY_A, Frontend, type PlanningTeam, type PlanStepName } from '@careplan/testing';
import { suiteStack } from './support/stack';

// Each subgraph has its default pool of 10 connections. A step that held its connection while asking the
// graph — which calls back into the same subgraph for the plan — locked the pool up under a few users.
const AT_ONCE = 30;

const stack = suiteStack();
let team: PlanningTeam;
const frontend = new Frontend(() => stack.url);
const { ok } = frontend;

/** Sends one step for every plan at once; every one must succeed. */
async function allAtOnce(token: string, step: PlanStepName, plans: Array<{ id: string; version: number }>) {
  const answers = await Promise.all(plans.map((p) => frontend.attemptStep(token, step, p.id, p.version)));
  expect(answers.flatMap((a) => a.errors ?? [])).toEqual([]);
  return answers.map((a) => a.data![step]!);
}

beforeAll(async () => {
  team = await frontend.planningTeam(AUTHORITY_A, 'busy');
});

describe('a busy council: no subgraph waits on itself', () => {
  it(`R9 R8 R11 ${AT_ONCE} plans proposed, approved and signed off at once all complete`, async () => {
    const drafted = await Promise.all(Array.from({ length: AT_ONCE }, () => frontend.completePlan(team.practitioner, team.assessor)));
    const plans = drafted.map((p) => ({ id: p.planId, version: p.version }));

    const proposed = await allAtOnce(team.practitioner, 'proposePlan', plans);
    expect(proposed.map((p) => p.status)).toEqual(plans.map(() => 'PROPOSED'));
    const submitted = await allAtOnce(team.practitioner, 'submitPlanForApproval', proposed);
    const approved = await allAtOnce(team.approver, 'approvePlan', submitted);
    expect(approved.map((p) => p.status)).toEqual(plans.map(() => 'APPROVED'));

    await Promise.all(plans.map((p) => frontend.finaliseBudget(team.practitioner, team.finance, p.id)));

    const agreed = await allAtOnce(team.practitioner, 'agreePlan', approved);
    expect(agreed.map((p) => p.status)).toEqual(plans.map(() => 'AGREED'));
    // Read back: every plan is agreed, none half-done.
    const { plan } = await ok(team.practitioner, `query($id: ID!) { plan(id: $id) { status agreedOn } }`, { id: plans[AT_ONCE - 1].id });
    expect(plan.status).toBe('AGREED');
  }, 120_000);
});
