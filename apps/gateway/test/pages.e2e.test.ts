import { AUTHORITY_A, AUTHORITY_B, errorCode, pageShapes, shapeOf, tokenFor, Frontend } from '@careplan/testing';
import { Role } from '@careplan/domain';
import { startStack, type Stack } from './support/stack';

let stack: Stack;
const frontend = new Frontend(() => stack.url);
const { call, ok } = frontend;

const QUEUE = `query($first: Int, $after: String) {
  plansAwaitingApproval(first: $first, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }
}`;

/** Plans of a new planning team in a council, each put in the approvers' queue, oldest first. */
async function queuedPlans(authority: string, name: string, count: number): Promise<string[]> {
  const team = await frontend.planningTeam(authority, name);
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const plan = await frontend.completePlan(team.practitioner, team.assessor);
    await frontend.submitForApproval(team.practitioner, plan);
    ids.push(plan.planId);
  }
  return ids;
}

beforeAll(async () => {
  stack = await startStack();
});

afterAll(async () => {
  await stack?.close();
});

describe('lists that grow are Relay connections', () => {
  it('R8 the approvers’ queue pages to its end with after, oldest first, with a full PageInfo, and another council sees none of them', async () => {
    const mine = await queuedPlans(AUTHORITY_A, 'pager-a', 5);
    const approver = await tokenFor({ authority: AUTHORITY_A, userId: 'pager-a-approver', roles: [Role.TEAM_MANAGER] });

    const pages = await frontend.pagesToEnd(approver, QUEUE, 'plansAwaitingApproval', { first: 2 });
    expect(shapeOf(pages)).toEqual(pageShapes([2, 2, 1]));
    expect(pages.flatMap((p) => p.edges.map((e) => e.node.id))).toEqual(mine);
    // Without first: the default page holds them all; the other council sees none of them.
    expect((await ok(approver, QUEUE)).plansAwaitingApproval.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(mine);
    const other = await tokenFor({ authority: AUTHORITY_B, userId: 'pager-b-approver', roles: [Role.TEAM_MANAGER] });
    expect((await ok(other, QUEUE)).plansAwaitingApproval.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([]);
  }, 120_000);

  it('R8 the approvers’ queue refuses more than 100 a page and a cursor it did not issue, naming the argument', async () => {
    const approver = await tokenFor({ authority: AUTHORITY_A, userId: 'pager-refusals', roles: [Role.TEAM_MANAGER] });
    const tooMany = await call(approver, QUEUE, { first: 101 });
    expect(errorCode(tooMany)).toBe('BAD_USER_INPUT');
    expect(tooMany.errors?.[0].extensions).toMatchObject({ field: 'first' });
    const forged = [
      'not a cursor',
      Buffer.from(JSON.stringify(['2026-01-01T00:00:00.000Z', "x' OR 1=1 --"])).toString('base64url'),
      Buffer.from(JSON.stringify(['yesterday', '00000000-0000-4000-8000-000000000000'])).toString('base64url'),
      Buffer.from(JSON.stringify({ createdAt: '2026-01-01T00:00:00.000Z' })).toString('base64url'),
    ];
    for (const after of forged) {
      const res = await call(approver, QUEUE, { after });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions).toMatchObject({ field: 'after' });
    }
  });

  it('R18 the staff list pages to its end with after, by family name then given name then id, one team’s or the council’s, and refuses more than 100 a page naming first', async () => {
    const manager = await tokenFor({ authority: AUTHORITY_A, userId: 'staff-pager-tm', roles: [Role.TEAM_MANAGER] });
    const { createTeam } = await ok(manager, `mutation($name: String!) { createTeam(input: { name: $name }) { id } }`, { name: 'staff pager' });
    // Created out of order, with a shared family name and a shared full name, so every key of the order is needed.
    const names = [['Zed', 'Adams'], ['Amy', 'Brown'], ['Bea', 'Adams'], ['Amy', 'Brown'], ['Cal', 'Adams']];
    const ids: string[] = [];
    for (const [givenName, familyName] of names) {
      const input = { userId: `staff-pager-${ids.length}`, givenName, familyName, teamId: createTeam.id, roles: [Role.PRACTITIONER] };
      ids.push((await ok(manager, `mutation($input: PractitionerInput!) { createPractitioner(input: $input) { id } }`, { input })).createPractitioner.id);
    }
    const STAFF = `query($teamId: ID, $first: Int, $after: String) {
      practitioners(teamId: $teamId, first: $first, after: $after) { edges { cursor node { id givenName familyName } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }
    }`;
    const pages = await frontend.pagesToEnd(manager, STAFF, 'practitioners', { teamId: createTeam.id, first: 2 });
    expect(shapeOf(pages)).toEqual(pageShapes([2, 2, 1]));
    const brown = [ids[1]!, ids[3]!].sort();
    expect(pages.flatMap((p) => p.edges.map((e) => e.node.id))).toEqual([ids[2], ids[4], ids[0], ...brown]);

    // The whole council's staff, a hundred at a time, holds the team's in the same order.
    const council = (await frontend.pagesToEnd(manager, STAFF, 'practitioners', { first: 100 })).flatMap((p) => p.edges.map((e) => e.node.id));
    expect(council.filter((id) => ids.includes(id))).toEqual([ids[2], ids[4], ids[0], ...brown]);
    const tooMany = await call(manager, STAFF, { first: 101 });
    expect(errorCode(tooMany)).toBe('BAD_USER_INPUT');
    expect(tooMany.errors?.[0].extensions).toMatchObject({ field: 'first' });

    // Reminders ask for the staff they need by id, never the whole list: at most a page of ids.
    const BY_ID = `query($ids: [ID!]!) { practitionersById(ids: $ids) { id } }`;
    const found = (await ok(manager, BY_ID, { ids: [ids[0], ids[1], '00000000-0000-4000-8000-000000000000'] })).practitionersById.map((p: { id: string }) => p.id);
    expect(found.sort()).toEqual([ids[0], ids[1]].sort());
    const tooManyIds = await call(manager, BY_ID, { ids: Array.from({ length: 101 }, () => ids[0]) });
    expect(tooManyIds.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids' });
  });
});
