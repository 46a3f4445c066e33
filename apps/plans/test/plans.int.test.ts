import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { PLAN_HISTORY_STATUSES } from '@careplan/domain';
import { RequestDb, keyedSelectThrough } from '@careplan/subgraph-kit';
import { AUTHORITY_A, graphql, entityAnswers, resolvedOnlyForOwnCouncil, seenOnlyByOwnCouncil, rowsOfAAtDatabase, startAlone, STAFF_USER, whoSees, writeAttempts, type Probe, type SubgraphAlone } from '@careplan/testing';
import { plansSubgraph } from '../src';
import { CareAndSupportPlan } from '../src/entities/care-and-support-plan.entity';
import { SupportItemRecord } from '../src/entities/support-item.entity';

let alone: SubgraphAlone;
const personId = randomUUID();
const assessmentId = randomUUID();
/** Council A's plans, one in each state a root query lists, and one joint with another person. */
const plan: Record<'draft' | 'awaiting' | 'active' | 'joint', string> = { draft: '', awaiting: '', active: '', joint: '' };
const jointPersonId = randomUUID();
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
  plan.joint = await insert('ACTIVE', ', joint_person_id', [jointPersonId]);
  const page = `{ edges { node { id } } }`;
  const entities = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { plans { id } currentPlan { id } } ... on NeedsAssessment { plan { id } } } }`;
  PROBES = [
    { root: 'plan', query: `query($id: ID!) { plan(id: $id) { id } }`, variables: { id: plan.draft }, reveals: plan.draft },
    { root: 'plans', query: `query($ids: [ID!]!) { plans(ids: $ids) { id } }`, variables: { ids: [plan.draft] }, reveals: plan.draft },
    { root: 'plansAwaitingApproval', query: `{ plansAwaitingApproval ${page} }`, reveals: plan.awaiting },
    { root: 'plansPastConsideration', query: `{ plansPastConsideration ${page} }`, reveals: plan.awaiting },
    { root: 'activePlans', query: `{ activePlans ${page} }`, reveals: plan.active },
    { root: 'jointPlansOf', query: `query($id: ID!) { jointPlansOf(personId: $id) { id } }`, variables: { id: jointPersonId }, reveals: plan.joint },
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

  it('R9 current plan: its support is read beside it from the versions that may be current only, never from years of revised ones', async () => {
    const someone = randomUUID();
    const version = async (status: string, support: string) => {
      const [{ id }] = await alone.db.asAdmin<{ id: string }>(`INSERT INTO plans.care_and_support_plan (authority_code, person_id, kind, status) VALUES ($1, $2, 'CARE_AND_SUPPORT', $3) RETURNING id`, [AUTHORITY_A, someone, status]);
      await alone.db.asAdmin(`INSERT INTO plans.support_item (authority_code, plan_id, need, kind, description) VALUES ($1, $2, 'NUTRITION', 'COMMISSIONED_PROVIDER', $3)`, [AUTHORITY_A, id, support]);
      return id;
    };
    const revised = [await version('REVISED', 'Meals, 2024'), await version('REVISED', 'Meals, 2025')];
    const closed = await version('CLOSED', 'Meals, ended');
    const active = await version('ACTIVE', 'Meals, now');
    const answer = await graphql(alone.url, `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { currentPlan { id supportItems { description } } } } }`, { reps: [{ __typename: 'Person', id: someone }] }, alone.tokenA);
    expect(answer.data!._entities).toEqual([{ currentPlan: { id: active, supportItems: [{ description: 'Meals, now' }] } }]);
    // The read-ahead prepared the through-read that leaves history out ($3: the statuses left out) on a pooled connection.
    const pool = (alone.subgraph.dataSource.driver as unknown as { master: Pool }).master;
    const clients = await Promise.all(Array.from({ length: pool.totalCount }, () => pool.connect()));
    const prepared = (await Promise.all(clients.map(async (c) => (await c.query<{ statement: string }>('SELECT statement FROM pg_prepared_statements')).rows))).flat();
    clients.forEach((c) => c.release());
    expect(prepared.some((p) => p.statement.includes('"support_item"') && p.statement.includes('= ANY($3)'))).toBe(true);
    // That read itself: the parents that are history are left out in the database, not after.
    const db = new RequestDb(alone.subgraph.dataSource, AUTHORITY_A);
    db.readOnly = true;
    const through = (except?: { column: string; values: readonly string[] }) => keyedSelectThrough(alone.subgraph.dataSource, SupportItemRecord, 'planId', CareAndSupportPlan, 'personId', { createdAt: 'ASC' }, except).run(db, [someone]);
    expect((await through({ column: 'status', values: PLAN_HISTORY_STATUSES })).map((p) => [p.parentId, p.children.map((c) => c.description)])).toEqual([[active, ['Meals, now']]]);
    expect((await through()).map((p) => p.parentId).sort()).toEqual([...revised, closed, active].sort());
    // Council A's rows are counted by the tenancy test below.
    await alone.db.asAdmin(`DELETE FROM plans.support_item WHERE plan_id = ANY($1)`, [[...revised, closed, active]]);
    await alone.db.asAdmin(`DELETE FROM plans.care_and_support_plan WHERE person_id = $1`, [someone]);
  });

  it('tenancy: as careplan_app, the database shows council A’s rows only with app.authority set to A', async () => {
    const counts = await rowsOfAAtDatabase(alone, 'plans');
    expect(counts.find((c) => c.table === 'care_and_support_plan')!.admin).toBe(4);
    expect(counts).toEqual(counts.map((c) => ({ ...c, asA: c.admin, asB: 0, asNone: 0 })));
  });
});
