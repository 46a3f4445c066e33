import IORedis from 'ioredis';
import { Role, type DomainEvent } from '@careplan/domain';
import { createLogger } from '@careplan/runtime';
import { reviewsSubgraph } from '@careplan/reviews';
import { AUTHORITY_A, AUTHORITY_B, Frontend, startTestSubgraph, tokenFor, until } from '@careplan/testing';
import { onEvent, startWorker, type RunningWorker } from '@careplan/worker';
import { suiteStack } from './support/stack';

// Real processes' faults, on real Postgres and Redis. This suite's Redis work keeps to a database index
// of its own, so dropping its connections touches no other suite's.
const REDIS_DB = 12;
process.env.REDIS_URL = `redis://127.0.0.1:6379/${REDIS_DB}`;
jest.setTimeout(120_000);

const stack = suiteStack();
const frontend = new Frontend(() => stack.url);
const { ok, call } = frontend;

/** What a fault test counted, printed for the run's record. */
function report(fault: string, counted: Record<string, number>): void {
  console.log(`${fault}: ${Object.entries(counted).map(([k, v]) => `${k} ${v}`).join(', ')}`);
}

const CREATE = `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`;
const PEOPLE = `{ people(first: 100) { edges { node { id authorityCode } } } }`;

/** Creates people one after another for a while, keeping what each answer said. */
async function writeFor(token: string, ms: number, tag: string) {
  const created: string[] = [];
  let failed = 0;
  const end = Date.now() + ms;
  for (let i = 0; Date.now() < end; i++) {
    const res = await call(token, CREATE, { input: { givenName: 'Fault', familyName: `${tag}${i}`, dateOfBirth: '1950-01-01' } });
    if (res.data?.createPerson) created.push(res.data.createPerson.id);
    else failed++;
  }
  return { created, failed };
}

describe('faults', () => {
  it('Postgres drops every connection under load: requests fail cleanly, then recover; no write is lost or doubled, and no council sees another’s rows', async () => {
    const a = await tokenFor({ authority: AUTHORITY_A, userId: 'fault-a', roles: [Role.PRACTITIONER] });
    const b = await tokenFor({ authority: AUTHORITY_B, userId: 'fault-b', roles: [Role.PRACTITIONER] });
    const load = Promise.all([writeFor(a, 3_000, 'pgA'), writeFor(b, 3_000, 'pgB')]);
    await new Promise((r) => setTimeout(r, 1_000));
    const killedAt = Date.now();
    const [{ n: killed }] = await stack.db.asAdmin<{ n: number }>(
      `SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE datname = current_database() AND usename IN ('careplan_app', 'careplan_relay') AND pid <> pg_backend_pid()`,
    );
    const [wroteA, wroteB] = await load;
    await until(async () => !(await call(a, PEOPLE)).errors, 30_000);
    const recoveredMs = Date.now() - killedAt;

    for (const [token, wrote, authority] of [[a, wroteA, AUTHORITY_A], [b, wroteB, AUTHORITY_B]] as const) {
      // Every write answered as done is there, once. One answered as failed may still have committed (the
      // connection can die after COMMIT, before the answer), but none is there twice.
      const rows = await stack.db.asAdmin<{ id: string; family_name: string }>(`SELECT id, family_name FROM people.person WHERE authority_code = $1 AND given_name = 'Fault' AND family_name LIKE 'pg%'`, [authority]);
      const stored = new Set(rows.map((r) => r.id));
      expect(wrote.created.filter((id) => !stored.has(id))).toEqual([]);
      expect(rows.length).toBeLessThanOrEqual(wrote.created.length + wrote.failed);
      expect(new Set(rows.map((r) => r.family_name)).size).toBe(rows.length);
      const seen = (await ok(token, PEOPLE)).people.edges.map((e: { node: { authorityCode: string } }) => e.node.authorityCode);
      expect(new Set(seen)).toEqual(new Set([authority]));
    }
    report('postgres connections dropped', { killed, written: wroteA.created.length + wroteB.created.length, refused: wroteA.failed + wroteB.failed, recoveredMs });
    expect(killed).toBeGreaterThan(0);
  });

  it('a subgraph killed while queries run: the gateway answers the rest with a clear error for the missing part, and recovers when it is back', async () => {
    const team = await frontend.planningTeam(AUTHORITY_A, 'fault');
    const p = await frontend.completePlan(team.practitioner, team.assessor);
    const OVERVIEW = `query($id: ID!) { person(id: $id) { id givenName currentPlan { id status reviews { id } } } }`;
    expect((await ok(team.practitioner, OVERVIEW, { id: p.personId })).person.currentPlan.id).toBe(p.planId);

    const port = Number(new URL(stack.subgraphs.reviews.url).port);
    await stack.subgraphs.reviews.close();
    const down = await call(team.practitioner, OVERVIEW, { id: p.personId });
    // What the other subgraphs know still comes back; the part that needs reviews (a plan's reviews are a
    // non-null list, so the plan) is null, with an error at that path.
    expect(down.data?.person).toEqual({ id: p.personId, givenName: 'Olu', currentPlan: null });
    expect(down.errors).toEqual([{ message: expect.stringContaining('could not be fetched just now'), extensions: { code: 'SERVICE_UNAVAILABLE' } }]);
    expect(JSON.stringify(down.errors)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|stack/i);

    const restartedAt = Date.now();
    stack.subgraphs.reviews = await startTestSubgraph(reviewsSubgraph, stack.db, { queuePrefix: stack.queuePrefix, graphUrl: () => stack.url, port });
    const back = await until(async () => {
      const res = await call(team.practitioner, OVERVIEW, { id: p.personId });
      return !res.errors && res;
    }, 30_000);
    expect(back.data.person.currentPlan.reviews).toEqual([]);
    report('subgraph killed', { failedParts: down.errors!.length, recoveredMs: Date.now() - restartedAt });
  });

  describe('Redis drops every connection while events flow', () => {
    const handled: Array<DomainEvent<'PersonRegistered'>> = [];
    let worker: RunningWorker;
    const counter = onEvent({
      name: 'fault-counter',
      handles: ['PersonRegistered'],
      async handle(event) {
        handled.push(event);
      },
    });

    beforeAll(async () => {
      worker = await startWorker({ redisUrl: process.env.REDIS_URL!, queuePrefix: stack.queuePrefix, graphUrl: stack.url, handlers: [counter], authorities: [], port: 0, logger: createLogger('faults') });
    });
    afterAll(async () => {
      await worker.close();
    });

    it('every event recorded during the outage is handled exactly once when Redis is back', async () => {
      const token = await tokenFor({ authority: AUTHORITY_A, userId: 'fault-redis', roles: [Role.PRACTITIONER] });
      const admin = new IORedis(process.env.REDIS_URL!, { maxRetriesPerRequest: null });
      const load = writeFor(token, 3_000, 'redis');
      await new Promise((r) => setTimeout(r, 1_000));
      // Only the clients of this suite's database index: every other suite's Redis work goes on.
      const ours = String(await admin.client('LIST'))
        .split('\n')
        .filter((line) => line.includes(` db=${REDIS_DB} `) && !line.includes('cmd=client'))
        .map((line) => /id=(\d+)/.exec(line)![1]);
      for (const id of ours) await admin.client('KILL', 'ID', id);
      const killedAt = Date.now();
      const { created, failed } = await load;
      await stack.settle();
      await until(() => created.every((id) => handled.some((e) => e.data.personId === id)), 60_000);
      const recoveredMs = Date.now() - killedAt;
      // Handled once each, however often the relay or the queue tried again.
      for (const id of created) expect(handled.filter((e) => e.data.personId === id)).toHaveLength(1);
      admin.disconnect();
      report('redis connections dropped', { killed: ours.length, written: created.length, refused: failed, handled: handled.length, recoveredMs });
      expect(ours.length).toBeGreaterThan(0);
      expect(failed).toBe(0);
    });
  });
});
