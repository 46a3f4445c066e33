import { AUTHORITY_A, AUTHORITY_B, errorCode, tokenFor, Frontend } from '@careplan/testing';
import { Role } from '@careplan/domain';
import { startStack, type Stack } from './support/stack';

let stack: Stack;
const frontend = new Frontend(() => stack.url);
const { call, ok } = frontend;

const QUEUE = `query($first: Int, $after: String) {
  plansAwaitingApproval(first: $first, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }
}`;

interface QueuePage {
  edges: Array<{ cursor: string; node: { id: string } }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

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

    const pages: QueuePage[] = [];
    let after: string | null = null;
    do {
      const page: QueuePage = (await ok(approver, QUEUE, { first: 2, after })).plansAwaitingApproval;
      pages.push(page);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after && pages.length < 10);

    expect(pages.map((p) => p.edges.length)).toEqual([2, 2, 1]);
    expect(pages.flatMap((p) => p.edges.map((e) => e.node.id))).toEqual(mine);
    expect(pages.map((p) => [p.pageInfo.hasPreviousPage, p.pageInfo.hasNextPage])).toEqual([
      [false, true],
      [true, true],
      [true, false],
    ]);
    for (const page of pages) {
      expect(page.pageInfo.startCursor).toBe(page.edges[0]!.cursor);
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)!.cursor);
    }
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
});
