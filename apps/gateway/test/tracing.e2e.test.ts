import { randomBytes } from 'node:crypto';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { installTracing } from '@careplan/runtime';
import { AUTHORITY_A, Frontend, tokenFor } from '@careplan/testing';
import { Role } from '@careplan/domain';
import { suiteStack } from './support/stack';

// Before the stack starts: every process of it (here, one Node process) records its spans in memory.
const exporter = new InMemorySpanExporter();
installTracing(exporter);
const stack = suiteStack();
const frontend = new Frontend(() => stack.url);

const OVERVIEW = `query Overview($id: ID!) {
  person(id: $id) {
    id
    relationships { kind }
    assessments { status }
    currentPlan { status personalBudget { status } nextReview { dueDate } }
  }
}`;

describe('traces', () => {
  it('one person overview is one trace under the caller’s traceparent: the gateway’s span, and a child span in each subgraph it reaches', async () => {
    const team = await frontend.planningTeam(AUTHORITY_A, 'trace');
    const p = await frontend.completePlan(team.practitioner, team.assessor);
    const token = await tokenFor({ authority: AUTHORITY_A, userId: 'trace-reader', roles: [Role.PRACTITIONER] });
    exporter.reset();

    const traceId = randomBytes(16).toString('hex');
    const callerSpan = randomBytes(8).toString('hex');
    const res = await fetch(stack.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, traceparent: `00-${traceId}-${callerSpan}-01` },
      body: JSON.stringify({ query: OVERVIEW, variables: { id: p.personId }, operationName: 'Overview' }),
    });
    expect(((await res.json()) as { data: { person: { id: string } } }).data.person.id).toBe(p.personId);

    const spans = exporter.getFinishedSpans().filter((s) => s.spanContext().traceId === traceId);
    const service = (s: (typeof spans)[number]) => s.attributes['service.name'];
    const gateway = spans.filter((s) => service(s) === 'gateway');
    expect(gateway).toHaveLength(1);
    expect(gateway[0].parentSpanContext?.spanId).toBe(callerSpan);
    // Apollo's own gateway spans (planning, each fetch) sit between ours: a subgraph's parent is one of them.
    const inGateway = spans.filter((s) => service(s) === 'gateway' || s.name.startsWith('gateway.'));
    expect(inGateway.map((s) => s.name)).toEqual(expect.arrayContaining(['gateway.request', 'gateway.plan', 'gateway.fetch']));
    const hops = spans.filter((s) => !inGateway.includes(s));
    expect(new Set(hops.map(service))).toEqual(new Set(['people', 'assessments', 'plans', 'budgets', 'reviews']));
    const gatewayIds = new Set(inGateway.map((s) => s.spanContext().spanId));
    for (const hop of hops) expect(gatewayIds.has(hop.parentSpanContext!.spanId)).toBe(true);
    // Spans name the service, route and status: nothing a caller sent, nothing about a person.
    const recorded = JSON.stringify(spans.map((s) => ({ name: s.name, attributes: s.attributes })));
    expect(recorded).not.toContain(p.personId);
    expect(recorded).not.toContain(token);
    expect(gateway[0].attributes['http.response.status_code']).toBe(200);
  });

  it('a request without a traceparent starts its own trace, and the subgraphs join it', async () => {
    exporter.reset();
    const token = await tokenFor({ authority: AUTHORITY_A, userId: 'trace-reader', roles: [Role.PRACTITIONER] });
    await frontend.ok(token, `{ practitioners(first: 1) { edges { node { id } } } }`);
    const gateway = exporter.getFinishedSpans().find((s) => s.attributes['service.name'] === 'gateway')!;
    expect(gateway.parentSpanContext).toBeUndefined();
    const people = exporter.getFinishedSpans().find((s) => s.attributes['service.name'] === 'people')!;
    expect(people.spanContext().traceId).toBe(gateway.spanContext().traceId);
  });
});
