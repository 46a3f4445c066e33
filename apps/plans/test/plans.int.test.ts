import { randomUUID } from 'node:crypto';
import { AUTHORITY_A, entityAnswers, resolvedOnlyForOwnCouncil, seenOnlyByOwnCouncil, rowsOfAAtDatabase, startAlone, STAFF_USER, whoSees, writeAttempts, type Probe, type SubgraphAlone } from '@careplan/testing';
import { plansSubgraph } from '../src';

let alone: SubgraphAlone;
const personId = randomUUID();
const assessmentId = randomUUID();
/** Council A's plans, one in each state a root query lists. */
const plan: Record<'draft' | 'awaiting' | 'active', string> = { draft: '', awaiting: '', active: '' };
let PROBES: Probe[];

/** planContentCheck asks the graph for the plan's assessment and budget, so it is proved through the gateway, not here. */
const NEEDS_THE_GRAPH = ['planContentCheck'];

beforeAll(async () => {
  alone = await startAlone(plansSubgraph);
  // As the plans subgraph would have written them after asking people and assessments.
  const insert = async (status: string, extra: string, values: unknown[]) =>
    (await alone.db.asAdmin<{ id: string }>(`INSERT INTO plans.care_and_support_plan (authority_code, person_id, kind, status${extra}) VALUES ($1, $2, 'CARE_AND_SUPPORT', $3${values.map((_, i) => `, $${i + 4}`).join('')}) RETURNING id`, [AUTHORITY_A, personId, status, ...values]))[0].id;
  plan.draft = await insert('DRAFT', ', assessment_id', [assessmentId]);
  plan.awaiting = await insert('AWAITING_APPROVAL', ', consideration_ends', ['2026-01-01']);
  plan.active = await insert('ACTIVE', ', responsible_user_id', [STAFF_USER]);
  const page = `{ edges { node { id } } }`;
  const entities = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { plans { id } currentPlan { id } } ... on NeedsAssessment { plan { id } } } }`;
  PROBES = [
    { root: 'plan', query: `query($id: ID!) { plan(id: $id) { id } }`, variables: { id: plan.draft }, reveals: plan.draft },
    { root: 'plans', query: `query($ids: [ID!]!) { plans(ids: $ids) { id } }`, variables: { ids: [plan.draft] }, reveals: plan.draft },
    { root: 'plansAwaitingApproval', query: `{ plansAwaitingApproval ${page} }`, reveals: plan.awaiting },
    { root: 'plansPastConsideration', query: `{ plansPastConsideration ${page} }`, reveals: plan.awaiting },
    { root: 'activePlans', query: `{ activePlans ${page} }`, reveals: plan.active },
    { root: '_entities', query: entities, variables: { reps: [{ __typename: 'Person', id: personId }] }, reveals: plan.draft },
    { root: '_entities', query: entities, variables: { reps: [{ __typename: 'NeedsAssessment', id: assessmentId }] }, reveals: plan.draft },
  ];
});

afterAll(() => alone?.close());

describe('plans subgraph alone', () => {
  it('entities: resolves CareAndSupportPlan by key for its own council, and null alike for another council’s key and an unknown one', async () => {
    expect(await entityAnswers(alone, 'CareAndSupportPlan', plan.draft)).toEqual(resolvedOnlyForOwnCouncil(plan.draft));
  });

  it('tenancy: no root query shows council A’s plans to council B', async () => {
    expect(await whoSees(alone, PROBES, NEEDS_THE_GRAPH)).toEqual(seenOnlyByOwnCouncil(PROBES));
  });

  it('tenancy: council B cannot edit council A’s draft plan by id; it changes nothing, as for an unknown id', async () => {
    const EDIT = `mutation($input: PlanSectionsInput!) { updatePlanSections(input: $input) { id version } }`;
    const tries = await writeAttempts(alone, EDIT, (id) => ({ id, version: 1, contingencyPlan: 'Ring the neighbour' }), plan.draft, `SELECT contingency_plan, version FROM plans.care_and_support_plan WHERE id = $1`);
    const untouched = { contingency_plan: null, version: 1 };
    expect(tries).toEqual({
      before: untouched,
      byB: { code: tries.unknown.code, row: untouched },
      unknown: { code: 'BAD_USER_INPUT', row: untouched },
      byA: { code: null, row: { contingency_plan: 'Ring the neighbour', version: 2 } },
    });
  });

  it('tenancy: as careplan_app, the database shows council A’s rows only with app.authority set to A', async () => {
    const counts = await rowsOfAAtDatabase(alone, 'plans');
    expect(counts.find((c) => c.table === 'care_and_support_plan')!.admin).toBe(3);
    expect(counts).toEqual(counts.map((c) => ({ ...c, asA: c.admin, asB: 0, asNone: 0 })));
  });
});
