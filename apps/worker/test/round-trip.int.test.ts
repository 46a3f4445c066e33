import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import type { DomainEvent } from '@careplan/domain';
import { DOMAIN_EVENTS_QUEUE, createLogger, eventsSigningKey, signEvent } from '@careplan/runtime';
import { onboardAuthorities, peopleSubgraph } from '@careplan/people';
import type { RunningSubgraph } from '@careplan/subgraph-kit';
import { AUTHORITY_A, createTestDatabase, graphql, redisUrl, removePrefix, startTestSubgraph, tokenFor, uniquePrefix, until, type TestDatabase } from '@careplan/testing';
import { GraphRefused, onEvent, startWorker, type RunningWorker } from '../src';

let db: TestDatabase;
let people: RunningSubgraph;
let worker: RunningWorker;
let prefix: string;
const handled: DomainEvent[] = [];

/** Records what it saw: proves the worker delivers each event to a handler exactly once. */
/** Refuses for good, as the graph does a step the law does not allow: the event must stop, not retry. */
const refuser = onEvent({
  name: 'test-refuser',
  handles: ['PersonUpdated'],
  async handle() {
    throw new GraphRefused(['RULE_VIOLATION'], 'the graph refused: RULE_VIOLATION R2a');
  },
});

const recorder = onEvent({
  name: 'test-recorder',
  handles: ['PersonRegistered'],
  async handle(event) {
    handled.push(event);
  },
});

async function queueIdle(queue: Queue): Promise<boolean> {
  const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
  return Object.values(counts).every((n) => n === 0);
}

beforeAll(async () => {
  db = await createTestDatabase([peopleSubgraph], (owner) => onboardAuthorities(owner));
  prefix = uniquePrefix();
  people = await startTestSubgraph(peopleSubgraph, db, { queuePrefix: prefix });
  worker = await startWorker({ redisUrl: redisUrl(), queuePrefix: prefix, graphUrl: 'http://127.0.0.1:9/unreachable', handlers: [recorder, refuser], authorities: [], port: 0, logger: createLogger('worker-test') });
});

afterAll(async () => {
  await worker?.close();
  await people?.close();
  await db?.drop();
  await removePrefix(prefix);
});

describe('domain events: subgraph → outbox → relay → queue → worker', () => {
  it('runs the handler once for a change, even when the relay publishes the event twice or after the job is gone', async () => {
    const token = await tokenFor({ authority: AUTHORITY_A });
    const res = await graphql(
      people.url,
      `mutation { createPerson(input: { givenName: "Eve", familyName: "Event", dateOfBirth: "1970-05-05" }) { id } }`,
      {},
      token,
    );
    const personId = res.data!.createPerson.id as string;
    await until(() => handled.some((e) => ('personId' in e.data && e.data.personId === personId)));
    const event = handled.find((e) => ('personId' in e.data && e.data.personId === personId))!;
    expect(event).toMatchObject({ type: 'PersonRegistered', authority: AUTHORITY_A, data: { personId } });
    // Ids only: nothing personal travels on the queue. The whole date, not its year: the hex of an id
    // or the signature can hold '1970' by chance.
    expect(JSON.stringify(event)).not.toMatch(/Eve|Event|1970-05-05/);

    const connection = new IORedis(redisUrl(), { maxRetriesPerRequest: null });
    const queue = new Queue(DOMAIN_EVENTS_QUEUE, { connection, prefix });
    try {
      // A crash between publishing and marking published: the relay publishes the row again.
      await db.asAdmin(`UPDATE people.outbox SET published_at = NULL WHERE id = $1`, [event.id]);
      expect(await people.relay.publishBatch()).toBe(1);
      await until(() => queueIdle(queue));

      // Later still, after the completed job was removed: the queue accepts the id again, the marker holds.
      await queue.remove(event.id);
      await db.asAdmin(`UPDATE people.outbox SET published_at = NULL WHERE id = $1`, [event.id]);
      expect(await people.relay.publishBatch()).toBe(1);
      await until(async () => (await queue.getJobState(event.id)) === 'completed');
    } finally {
      await queue.close();
      connection.disconnect();
    }
    expect(handled.filter((e) => e.id === event.id)).toHaveLength(1);
  });

  it('keeps an event refused for good as failed with its reason after one attempt, and goes on with the others', async () => {
    const token = await tokenFor({ authority: AUTHORITY_A });
    const created = await graphql(people.url, `mutation { createPerson(input: { givenName: "Rae", familyName: "Refused", dateOfBirth: "1970-05-05" }) { id version } }`, {}, token);
    const { id, version } = created.data!.createPerson as { id: string; version: number };
    await graphql(people.url, `mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { id } }`, { input: { id, version, preferredName: 'Rae' } }, token);
    const failed = await until(async () => {
      const list = (await (await fetch(worker.healthUrl.replace('/health', '/events/failed'))).json()) as Array<{ type: string; reason: string; attempts: number }>;
      return list.find((e) => e.type === 'PersonUpdated');
    });
    expect(failed).toMatchObject({ attempts: 1, reason: expect.stringContaining('RULE_VIOLATION') });
    // The person's registration, published beside it, was handled all the same.
    await until(() => handled.some((e) => 'personId' in e.data && e.data.personId === id && e.type === 'PersonRegistered'));
  });

  it('never acts on an event no subgraph published: a job written straight into Redis, or one changed there, is refused for good', async () => {
    const connection = new IORedis(redisUrl(), { maxRetriesPerRequest: null });
    const queue = new Queue(DOMAIN_EVENTS_QUEUE, { connection, prefix });
    const forged = { type: 'PersonRegistered', authority: AUTHORITY_A, occurredAt: new Date().toISOString(), data: { personId: 'e0a1b2c3-d4e5-4f60-8a7b-9c0d1e2f3a4b' } };
    try {
      await queue.add('PersonRegistered', { ...forged, id: 'forged-unsigned' }, { jobId: 'forged-unsigned' });
      // Signed for another event, then pointed at this one: the signature no longer fits.
      const signed = signEvent(eventsSigningKey(), { ...forged, id: 'forged-altered', data: { personId: 'f1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d' } } as DomainEvent);
      await queue.add('PersonRegistered', { ...signed, data: forged.data }, { jobId: 'forged-altered' });
      const failed = await until(async () => {
        const list = (await (await fetch(worker.healthUrl.replace('/health', '/events/failed'))).json()) as Array<{ id: string; reason: string; attempts: number }>;
        const mine = list.filter((e) => e.id.startsWith('forged-'));
        return mine.length === 2 ? mine : undefined;
      });
      expect(failed.map((e) => [e.attempts, e.reason])).toEqual([
        [1, expect.stringContaining('no valid signature')],
        [1, expect.stringContaining('no valid signature')],
      ]);
      expect(handled.filter((e) => 'personId' in e.data && e.data.personId === forged.data.personId)).toEqual([]);
    } finally {
      await queue.close();
      connection.disconnect();
    }
  });

  it('answers /health', async () => {
    expect((await fetch(worker.healthUrl)).status).toBe(200);
  });
});
