import { Writable } from 'node:stream';
import { Role } from '@careplan/domain';
import { createLogger, type Logger } from '@careplan/runtime';
import { AUTHORITY_A, Frontend, graphql, redisUrl, tokenFor, until } from '@careplan/testing';
import { handlers, startWorker, type RunningWorker } from '@careplan/worker';
import { startStack, type Stack } from './support/stack';

/** Every line each process logs, parsed, for the suite to read. */
const logLines: Array<Record<string, unknown>> = [];
const logStream = new Writable({
  write(chunk, _enc, done) {
    for (const line of String(chunk).split('\n').filter(Boolean)) logLines.push(JSON.parse(line) as Record<string, unknown>);
    done();
  },
});

function capturedLogger(service: string): Logger {
  // The test setup silences logs; this suite reads them.
  const level = process.env.LOG_LEVEL;
  process.env.LOG_LEVEL = 'info';
  const logger = createLogger(service, logStream);
  process.env.LOG_LEVEL = level;
  return logger;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const GIVEN = 'Wilhelmina';
const FAMILY = 'Quarterbridge';

let stack: Stack;
let worker: RunningWorker;
let practitioner: string;
const frontend = new Frontend(() => stack.url);

const metricsUrl = (graphqlOrHealthUrl: string) => graphqlOrHealthUrl.replace(/\/(graphql|health)$/, '/metrics');

async function scrape(url: string): Promise<string> {
  const res = await fetch(metricsUrl(url));
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return res.text();
}

/** The value of the series `name` whose labels include `labels`, or 0 when there is none yet. */
function sample(text: string, name: string, labels: Record<string, string>): number {
  const line = text
    .split('\n')
    .find((l) => l.startsWith(`${name}{`) && Object.entries(labels).every(([k, v]) => l.includes(`{${k}="${v}"`) || l.includes(`,${k}="${v}"`)));
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : 0;
}

const allUrls = () => [stack.url, ...Object.values(stack.subgraphs).map((s) => s.url), worker.healthUrl];

const accessLines = (service: string) => logLines.filter((l) => l.service === service && l.msg === 'graphql request');

beforeAll(async () => {
  stack = await startStack(undefined, { loggerFor: capturedLogger });
  worker = await startWorker({ redisUrl: redisUrl(), queuePrefix: stack.queuePrefix, graphUrl: stack.url, handlers, authorities: [], port: 0, logger: capturedLogger('worker') });
  practitioner = await tokenFor({ authority: AUTHORITY_A, userId: 'metrics-sw', roles: [Role.PRACTITIONER] });
});

afterAll(async () => {
  await worker?.close();
  await stack?.close();
});

describe('metrics on every process, and one access-log line per GraphQL request', () => {
  it('GET /metrics on the gateway, each subgraph and the worker answers Prometheus text with its metrics, named by service', async () => {
    const gateway = await scrape(stack.url);
    for (const name of ['careplan_graphql_requests_total', 'careplan_graphql_request_duration_seconds', 'careplan_graphql_errors_total', 'careplan_gateway_subgraph_requests_total', 'careplan_gateway_subgraph_request_duration_seconds', 'careplan_gateway_subgraph_errors_total']) {
      expect(gateway).toContain(`# TYPE ${name} `);
    }
    expect(gateway).toMatch(/^process_cpu_user_seconds_total\{service="gateway"\} /m);
    expect(gateway).toMatch(/^nodejs_heap_size_used_bytes\{service="gateway"\} /m);

    for (const subgraph of Object.values(stack.subgraphs)) {
      const text = await scrape(subgraph.url);
      expect(text).toContain('# TYPE careplan_graphql_requests_total counter');
      expect(text).toContain('# TYPE careplan_graphql_request_duration_seconds histogram');
      expect(text).toMatch(new RegExp(`^careplan_db_pool_max_connections\\{service="${subgraph.name}"\\} 10$`, 'm'));
      for (const gauge of ['careplan_db_pool_connections', 'careplan_db_pool_idle_connections', 'careplan_db_pool_waiting_requests']) {
        expect(text).toMatch(new RegExp(`^${gauge}\\{service="${subgraph.name}"\\} \\d+$`, 'm'));
      }
      expect(text).toMatch(new RegExp(`^process_resident_memory_bytes\\{service="${subgraph.name}"\\} `, 'm'));
    }

    const text = await scrape(worker.healthUrl);
    for (const queue of ['domain-events', 'review-reminders', 'notifications']) {
      for (const state of ['waiting', 'active', 'delayed', 'failed']) {
        expect(text).toMatch(new RegExp(`^careplan_queue_jobs\\{queue="${queue}",state="${state}",service="worker"\\} \\d+$`, 'm'));
      }
    }
    for (const name of ['careplan_jobs_total', 'careplan_reminders_recorded_total', 'careplan_deliveries_total']) expect(text).toContain(`# TYPE ${name} counter`);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds\{service="worker"\} /m);
  });

  it('a request counts for its operation name at the gateway and at each subgraph it reached, and times it', async () => {
    const personId = await frontend.person(practitioner, { givenName: GIVEN, familyName: FAMILY });
    const before = await scrape(stack.url);
    const read = `query MetricsPersonRead($id: ID!) { person(id: $id) { id givenName familyName } }`;
    await frontend.ok(practitioner, read, { id: personId });
    await frontend.ok(practitioner, read, { id: personId });
    const after = await scrape(stack.url);
    const labels = { operation: 'MetricsPersonRead', type: 'query', outcome: 'ok', service: 'gateway' };
    expect(sample(after, 'careplan_graphql_requests_total', labels) - sample(before, 'careplan_graphql_requests_total', labels)).toBe(2);
    expect(sample(after, 'careplan_graphql_request_duration_seconds_count', { operation: 'MetricsPersonRead', type: 'query' })).toBe(2);
    expect(sample(after, 'careplan_gateway_subgraph_requests_total', { subgraph: 'people', status: '200' })).toBeGreaterThan(sample(before, 'careplan_gateway_subgraph_requests_total', { subgraph: 'people', status: '200' }));

    // The gateway names what it sends a subgraph after the caller's operation.
    const people = await scrape(stack.subgraphs.people.url);
    expect(people).toMatch(/^careplan_graphql_requests_total\{operation="MetricsPersonRead__people__0",type="query",outcome="ok",service="people"\} 2$/m);
  });

  it('errors count by code; unnamed operations count as "anonymous", unread ones as "unknown", and names are cut to 64 characters', async () => {
    const before = await scrape(stack.url);
    expect((await frontend.call(practitioner, `query MetricsBadId { person(id: "not-an-id") { id } }`)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    await frontend.ok(practitioner, `{ authority(code: "${AUTHORITY_A}") { code } }`);
    expect((await graphql(stack.url, `query MetricsNoToken { me { id } }`)).status).toBe(401);
    const long = `Metrics${'X'.repeat(100)}`;
    await frontend.call(practitioner, `query ${long} { authority(code: "${AUTHORITY_A}") { code } }`);
    const after = await scrape(stack.url);
    const delta = (name: string, labels: Record<string, string>) => sample(after, name, labels) - sample(before, name, labels);

    expect(delta('careplan_graphql_errors_total', { operation: 'MetricsBadId', code: 'BAD_USER_INPUT' })).toBe(1);
    expect(delta('careplan_graphql_requests_total', { operation: 'MetricsBadId', outcome: 'error' })).toBe(1);
    expect(delta('careplan_graphql_requests_total', { operation: 'anonymous', type: 'query', outcome: 'ok' })).toBe(1);
    expect(delta('careplan_graphql_errors_total', { operation: 'unknown', code: 'UNAUTHENTICATED' })).toBe(1);
    expect(delta('careplan_graphql_requests_total', { operation: long.slice(0, 64) })).toBe(1);
    expect(after).not.toContain(long.slice(0, 65));
  });

  it('worker: job outcomes per queue and job name, and queue depths read on scrape', async () => {
    const personId = await frontend.person(practitioner, { givenName: GIVEN, familyName: FAMILY });
    await frontend.ok(practitioner, `mutation MetricsAssessment($input: CreateAssessmentInput!) { createAssessment(input: $input) { id } }`, { input: { personId } });
    await stack.settle();
    // No handler acts on AssessmentRequested: the job completes at once.
    const completed = () => scrape(worker.healthUrl).then((t) => sample(t, 'careplan_jobs_total', { queue: 'domain-events', job: 'AssessmentRequested', outcome: 'completed' }) >= 1);
    expect(await until(completed)).toBe(true);
  });

  it('no /metrics output carries a UUID, a person’s id or name after requests about a person', async () => {
    const personId = await frontend.person(practitioner, { givenName: GIVEN, familyName: FAMILY });
    await frontend.ok(practitioner, `query MetricsPersonAgain($id: ID!) { person(id: $id) { givenName familyName } }`, { id: personId });
    for (const url of allUrls()) {
      const text = await scrape(url);
      expect({ url, uuid: UUID.exec(text)?.[0] }).toEqual({ url, uuid: undefined });
      expect(text).not.toContain(GIVEN);
      expect(text).not.toContain(FAMILY);
    }
  });

  it('writes one access-log line per request with operation, type, duration, status and request id: no variables, ids or names', async () => {
    const personId = await frontend.person(practitioner, { givenName: GIVEN, familyName: FAMILY });
    const res = await frontend.call(practitioner, `query MetricsLogged($id: ID!) { person(id: $id) { givenName familyName } }`, { id: personId });
    const requestId = res.headers.get('x-request-id');
    await frontend.call(practitioner, `query MetricsLoggedBad { person(id: "not-an-id") { id } }`);

    const gateway = accessLines('gateway').filter((l) => String(l.operation).startsWith('MetricsLogged'));
    expect(gateway).toEqual([
      { level: 30, time: expect.any(Number), service: 'gateway', msg: 'graphql request', requestId, operation: 'MetricsLogged', type: 'query', durationMs: expect.any(Number), status: 'ok' },
      expect.objectContaining({ operation: 'MetricsLoggedBad', type: 'query', status: 'error', codes: ['BAD_USER_INPUT'] }),
    ]);
    // The subgraph logs the same request under the gateway's request id.
    expect(accessLines('people').filter((l) => l.requestId === requestId)).toEqual([expect.objectContaining({ operation: 'MetricsLogged__people__0', type: 'query', status: 'ok', durationMs: expect.any(Number) })]);

    const logged = JSON.stringify([...accessLines('gateway'), ...Object.keys(stack.subgraphs).flatMap(accessLines)]);
    expect(logged).not.toContain(personId);
    expect(logged).not.toContain(GIVEN);
    expect(logged).not.toContain(FAMILY);
    expect(logged).not.toContain('variables');
  });

  it('a request a subgraph makes to the graph while answering one is logged with the request it answers', async () => {
    const assessor = await frontend.practitioner(AUTHORITY_A, 'metrics-assessor');
    const { planId } = await frontend.draftPlan(practitioner, assessor, [{ outcome: 'NUTRITION', unableReasons: ['NEEDS_HELP'] }]);
    // A plan's content check asks the graph for the facts other subgraphs hold.
    const res = await frontend.call(practitioner, `query MetricsContentCheck($id: ID!) { plan(id: $id) { contentCheck { rule } } }`, { id: planId });
    const requestId = res.headers.get('x-request-id');
    expect(requestId).toMatch(UUID);
    const nested = () => accessLines('gateway').filter((l) => l.answering === requestId);
    expect(await until(() => nested().length > 0)).toBe(true);
    expect(nested()).toEqual([expect.objectContaining({ type: 'query', status: 'ok', requestId: expect.stringMatching(UUID) })]);
    expect(nested()[0].requestId).not.toBe(requestId);
    // Requests from outside answer nothing.
    expect(accessLines('gateway').filter((l) => l.operation === 'MetricsContentCheck')).toEqual([expect.not.objectContaining({ answering: expect.anything() })]);
  });
});
