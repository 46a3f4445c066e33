import { randomUUID } from 'node:crypto';
import { Role } from '@careplan/domain';
import { AUTHORITY_A, AUTHORITY_B, tokenFor, Frontend } from '@careplan/testing';
import { startStack, type Stack } from './support/stack';

let stack: Stack;
const frontend = new Frontend(() => stack.url);
const { ok, call } = frontend;
let practitioner: string;
/** One record of each kind the journey makes, by the type node(id) must name. */
let ids: Record<string, string>;

const NODE = `query($id: ID!) { node(id: $id) {
  __typename id
  ... on Person { familyName }
  ... on NeedsAssessment { assessmentStatus: status person { id } }
  ... on CareAndSupportPlan { planStatus: status }
  ... on PersonalBudget { budgetStatus: status }
  ... on Review { reviewStatus: status }
  ... on Practitioner { userId }
} }`;

beforeAll(async () => {
  // The worker schedules the first review when the plan becomes active.
  stack = await startStack(undefined, { worker: true });
  const team = await frontend.planningTeam(AUTHORITY_A, 'node');
  practitioner = team.practitioner;
  const { planId, reviewId } = await frontend.reviewedPlan(team);
  const { plan } = await ok(practitioner, `query($id: ID!) { plan(id: $id) { person { id } assessment { id } personalBudget { id } } }`, { id: planId });
  ids = { Person: plan.person.id, NeedsAssessment: plan.assessment.id, CareAndSupportPlan: planId, PersonalBudget: plan.personalBudget.id, Review: reviewId, Practitioner: team.assessor };
}, 120_000);

afterAll(async () => {
  await stack?.close();
});

describe('Node: any record fetched again by its id alone', () => {
  it('node(id) names the type of each kind of record and fetches its fields from the subgraph that owns it', async () => {
    for (const [type, id] of Object.entries(ids)) {
      const { node } = await ok(practitioner, NODE, { id });
      expect(node).toMatchObject({ __typename: type, id });
    }
    expect((await ok(practitioner, NODE, { id: ids.Person })).node.familyName).toBe('Assessed');
    expect((await ok(practitioner, NODE, { id: ids.PersonalBudget })).node.budgetStatus).toBe('FINAL');
    expect((await ok(practitioner, NODE, { id: ids.NeedsAssessment })).node).toMatchObject({ assessmentStatus: 'COMPLETED', person: { id: ids.Person } });
    expect((await ok(practitioner, NODE, { id: ids.CareAndSupportPlan })).node.planStatus).toBe('ACTIVE');
    expect((await ok(practitioner, NODE, { id: ids.Review })).node.reviewStatus).toBe('COMPLETED');
    expect((await ok(practitioner, NODE, { id: ids.Practitioner })).node.userId).toBe('node-assessor');
  });

  it('node(id) is null for an id no record has, and for every record of another council (tenancy)', async () => {
    expect((await ok(practitioner, NODE, { id: randomUUID() })).node).toBeNull();
    const otherCouncil = await tokenFor({ authority: AUTHORITY_B, userId: 'node-b', roles: [Role.PRACTITIONER] });
    for (const id of Object.values(ids)) {
      const answer = await call(otherCouncil, NODE, { id });
      expect(answer.errors).toBeUndefined();
      expect(answer.data.node).toBeNull();
    }
  });

  it('node(id) lets a PERSON fetch their own records and refuses anybody else’s with FORBIDDEN', async () => {
    const me = await tokenFor({ authority: AUTHORITY_A, userId: 'node-citizen', roles: [Role.PERSON], personId: ids.Person });
    expect((await ok(me, NODE, { id: ids.CareAndSupportPlan })).node).toMatchObject({ __typename: 'CareAndSupportPlan', planStatus: 'ACTIVE' });
    const stranger = await tokenFor({ authority: AUTHORITY_A, userId: 'node-stranger', roles: [Role.PERSON], personId: randomUUID() });
    const refused = await call(stranger, NODE, { id: ids.CareAndSupportPlan });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(refused.data?.node ?? null).toBeNull();
  });

  it('node(id) with something that is not an id this graph issued is BAD_USER_INPUT naming id', async () => {
    const refused = await call(practitioner, NODE, { id: 'Person:1' });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});
