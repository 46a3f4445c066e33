import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { DOMAIN_EVENTS_QUEUE, createLogger } from '@careplan/runtime';
import { redisUrl, removePrefix, uniquePrefix } from '@careplan/testing';
import { startWorker, type RunningWorker } from '../src';
import { dashboardCredentials } from '../src/dashboard';

const LOGIN = { user: 'ops', password: 'a-long-enough-password' };
const basic = (user: string, password: string) => ({ authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` });

let worker: RunningWorker;
let base: string;
let prefix: string;
let connection: IORedis;

beforeAll(async () => {
  prefix = uniquePrefix();
  connection = new IORedis(redisUrl(), { maxRetriesPerRequest: null });
  worker = await startWorker({ redisUrl: redisUrl(), queuePrefix: prefix, graphUrl: 'http://127.0.0.1:9/unreachable', handlers: [], authorities: [], port: 0, logger: createLogger('worker-test'), dashboard: LOGIN });
  base = worker.healthUrl.replace(/\/health$/, '');
});
afterAll(async () => {
  await worker?.close();
  await connection?.quit();
  await removePrefix(prefix);
});

describe('the queue dashboard', () => {
  it('answers 401 without the platform login, or with a wrong one, and asks for basic authentication', async () => {
    for (const headers of [{}, basic('ops', 'wrong'), basic('someone', LOGIN.password), { authorization: 'Bearer a-council-token' }]) {
      const res = await fetch(`${base}/queues`, { headers });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Basic/);
    }
    expect((await fetch(`${base}/queues/api/queues`)).status).toBe(401);
  });

  it('with it, serves the page and lists the three queues, showing a domain event’s envelope and never its payload', async () => {
    // An event the worker cannot verify fails at once, and stays listed with what it carried.
    const events = new Queue(DOMAIN_EVENTS_QUEUE, { connection, prefix });
    await events.add('CapacityAssessed', { id: 'ev-1', type: 'CapacityAssessed', authority: 'E09000012', occurredAt: new Date().toISOString(), data: { personId: 'p-1', decision: 'LACKS_CAPACITY_SECRET' } }, { jobId: 'ev-1' });
    await events.close();

    const page = await fetch(`${base}/queues`, { headers: basic(LOGIN.user, LOGIN.password) });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<html');

    const api = await fetch(`${base}/queues/api/queues?activeQueue=${DOMAIN_EVENTS_QUEUE}&status=latest&page=1`, { headers: basic(LOGIN.user, LOGIN.password) });
    expect(api.status).toBe(200);
    const text = await api.text();
    const body = JSON.parse(text) as { queues: Array<{ name: string; readOnlyMode: boolean; jobs: Array<{ id: string; data: unknown }> }> };
    expect(body.queues.map((q) => q.name).sort()).toEqual([DOMAIN_EVENTS_QUEUE, 'notifications', 'review-reminders'].sort());
    expect(body.queues.every((q) => q.readOnlyMode)).toBe(true);
    const listed = body.queues.find((q) => q.name === DOMAIN_EVENTS_QUEUE)!.jobs.find((j) => j.id === 'ev-1');
    expect(listed?.data).toEqual(expect.objectContaining({ id: 'ev-1', type: 'CapacityAssessed', authority: 'E09000012' }));
    expect(text).not.toContain('LACKS_CAPACITY_SECRET');
    expect(text).not.toContain('p-1');
  });

  it('is not served without a login configured, and wants a long password in production', () => {
    expect(dashboardCredentials({})).toBeUndefined();
    expect(() => dashboardCredentials({ QUEUE_DASHBOARD_USER: 'ops' })).toThrow(/both/);
    expect(() => dashboardCredentials({ QUEUE_DASHBOARD_USER: 'ops', QUEUE_DASHBOARD_PASSWORD: 'short', NODE_ENV: 'production' })).toThrow(/16/);
    expect(dashboardCredentials({ QUEUE_DASHBOARD_USER: 'ops', QUEUE_DASHBOARD_PASSWORD: 'short' })).toEqual({ user: 'ops', password: 'short' });
  });
});
