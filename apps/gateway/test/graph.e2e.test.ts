import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { Role } from '@careplan/domain';
import { signToken, type SigningKey } from '@careplan/identity';
import { AUTHORITY_A, AUTHORITY_B, ensureJourney, errorCode, Frontend, graphql, tokenFor } from '@careplan/testing';
import { exportJWK, generateKeyPair } from 'jose';
import { subgraphReadiness } from '../src/gateway';
import { startStack, type Stack } from './support/stack';

let stack: Stack;
let tokenA: string;
let tokenB: string;

const CREATE_PERSON = `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`;

const frontend = new Frontend(() => stack.url);
const { ok } = frontend;

/** A person with an assessment, a plan drawn from it, a budget and a review, created through the gateway. */
function journey(token: string, familyName = 'Journey', nhsNumber: string | null = null) {
  return ensureJourney(frontend.as(token), {
    givenName: 'Grace',
    familyName,
    dateOfBirth: '1948-03-02',
    nhsNumber,
    indicativeWeeklyPence: 45_050,
    indicativeExplanation: 'From the council’s resource allocation system for the needs assessed.',
    reviewDue: '2099-01-31',
  });
}

const WHOLE_RECORD = `query($id: ID!) {
  person(id: $id) {
    id authorityCode givenName familyName dateOfBirth nhsNumber
    authority { name nation }
    assessments { id status person { id } plan { id } }
    plans { id status personalBudget { id indicativeWeeklyAmount { display } plan { id } } reviews { id dueDate status } nextReview { id } }
    currentPlan { id }
    reviews { id plan { id } }
  }
}`;

beforeAll(async () => {
  stack = await startStack();
  tokenA = await tokenFor({ authority: AUTHORITY_A });
  tokenB = await tokenFor({ authority: AUTHORITY_B });
}, 60_000);

afterAll(async () => {
  await stack?.close();
});

describe('the federated graph end to end', () => {
  it('creates a person with assessment, plan, budget and review, and reads them back in one query across all five subgraphs', async () => {
    const j = await journey(tokenA);
    expect(j.budget.indicativeWeeklyAmount).toEqual({ pence: 45_050, display: '£450.50' });
    expect(j.review.status).toBe('SCHEDULED');
    const { person } = await ok(tokenA, WHOLE_RECORD, { id: j.person.id });
    expect(person).toEqual({
      id: j.person.id,
      authorityCode: AUTHORITY_A,
      givenName: 'Grace',
      familyName: 'Journey',
      dateOfBirth: '1948-03-02',
      nhsNumber: null,
      authority: { name: 'London Borough of Hackney', nation: 'ENGLAND' },
      assessments: [{ id: j.assessment.id, status: 'REQUESTED', person: { id: j.person.id }, plan: { id: j.plan.id } }],
      plans: [
        {
          id: j.plan.id,
          status: 'DRAFT',
          personalBudget: { id: j.budget.id, indicativeWeeklyAmount: { display: '£450.50' }, plan: { id: j.plan.id } },
          reviews: [{ id: j.review.id, dueDate: '2099-01-31', status: 'SCHEDULED' }],
          nextReview: { id: j.review.id },
        },
      ],
      currentPlan: { id: j.plan.id },
      reviews: [{ id: j.review.id, plan: { id: j.plan.id } }],
    });
  });

  it('seeds idempotently: a journey keyed by NHS number finds what exists and creates only what is missing', async () => {
    const first = await journey(tokenA, 'Seeded', '9990000077');
    expect(await journey(tokenA, 'Seeded', '9990000077')).toEqual(first);
    const { people } = await ok(tokenA, `query { people(first: 5, filter: { nhsNumber: "9990000077" }) { edges { node { plans { reviews { id } } } } } }`, {});
    expect(people.edges).toHaveLength(1);
    expect(people.edges[0].node.plans).toHaveLength(1);
    expect(people.edges[0].node.plans[0].reviews).toEqual([{ id: first.review.id }]);
  });

  it('keeps authority B out of A’s person, plan and budget through the gateway', async () => {
    const j = await journey(tokenA, 'Isolated');
    expect((await ok(tokenB, WHOLE_RECORD, { id: j.person.id })).person).toBeNull();
    expect((await ok(tokenB, `query($id: ID!) { plan(id: $id) { id } }`, { id: j.plan.id })).plan).toBeNull();
    expect((await ok(tokenB, `query($id: ID!) { personalBudget(id: $id) { id } }`, { id: j.budget.id })).personalBudget).toBeNull();
  });

  it('answers B the same for A’s records as for ids that exist nowhere, however deep the question: no existence oracle', async () => {
    const j = await journey(tokenA, 'Oracle');
    const nowhere = 'd0d0d0d0-0000-4000-8000-000000000000';
    const shapes = [
      `query($id: ID!) { plan(id: $id) { id person { givenName plans { id } assessments { id } } personalBudget { id costLines { id } } reviews { id } nextReview { id } } }`,
      `query($id: ID!) { person(id: $id) { id currentPlan { id personalBudget { id } } assessments { id eligibility { eligible } } } }`,
      `query($id: ID!) { personalBudget(id: $id) { id plan { id person { familyName } } } }`,
      `query($id: ID!) { assessment(id: $id) { id person { familyName } plan { id } } }`,
    ];
    const ids = [j.plan.id, j.person.id, j.budget.id, j.assessment.id];
    for (const [i, query] of shapes.entries()) {
      const theirs = await graphql(stack.url, query, { id: ids[i] }, tokenB);
      const unknown = await graphql(stack.url, query, { id: nowhere }, tokenB);
      expect([query, unknown.errors, Object.values(unknown.data ?? { root: 'missing' })]).toEqual([query, undefined, [null]]);
      expect([query, theirs.status, theirs.data, theirs.errors]).toEqual([query, unknown.status, unknown.data, unknown.errors]);
    }
  });

  it('refuses B changing A’s records: references to A’s person or plan do not resolve for B', async () => {
    const j = await journey(tokenA, 'Guarded');
    const plan = await graphql(stack.url, `mutation($input: CreatePlanInput!) { createPlan(input: $input) { id } }`, { input: { personId: j.person.id } }, tokenB);
    expect(errorCode(plan)).toBe('BAD_USER_INPUT');
    expect(plan.errors![0].extensions!.field).toBe('personId');
    const budget = await graphql(
      stack.url,
      `mutation($input: CreatePersonalBudgetInput!) { createPersonalBudget(input: $input) { id } }`,
      { input: { planId: j.plan.id, indicativeWeeklyPence: 1, indicativeExplanation: 'From the council’s resource allocation system for the needs assessed.' } },
      tokenB,
    );
    expect(errorCode(budget)).toBe('BAD_USER_INPUT');
  });

  it('keeps authority B out of A’s plan and budget through _entities sent straight to the subgraphs', async () => {
    const j = await journey(tokenA, 'Entities');
    const ask = (subgraph: string, reps: unknown[], type: string, token: string) =>
      graphql(stack.subgraphs[subgraph].url, `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${type} { id } } }`, { r: reps }, token);
    for (const [subgraph, type, id] of [
      ['people', 'Person', j.person.id],
      ['assessments', 'NeedsAssessment', j.assessment.id],
      ['plans', 'CareAndSupportPlan', j.plan.id],
      ['budgets', 'PersonalBudget', j.budget.id],
      ['reviews', 'Review', j.review.id],
    ]) {
      expect((await ask(subgraph, [{ __typename: type, id }], type, tokenA)).data!._entities).toEqual([{ id }]);
      expect((await ask(subgraph, [{ __typename: type, id }], type, tokenB)).data!._entities).toEqual([null]);
    }
  });

  it('applies the gateway’s depth and cost limits at a subgraph reached directly: `_entities` costs as many times as its representations', async () => {
    const people = stack.subgraphs.people.url;
    const sql = stack.sqlStatements();
    const many = Array.from({ length: 2_000 }, () => ({ __typename: 'Person', id: randomUUID() }));
    const flood = await graphql(people, `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { id relationships { id name } consents { id } } } }`, { reps: many }, tokenA);
    expect(flood.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
    const deep = `{ me { team { managers { team { managers { team { managers { team { managers { team { managers { id } } } } } } } } } } } }`;
    expect((await graphql(people, deep, {}, tokenA)).errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
    // Refused before anything ran.
    expect(stack.sqlStatements()).toBe(sql);
    const few = await graphql(people, `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { id } } }`, { reps: many.slice(0, 3) }, tokenA);
    expect(few.data).toEqual({ _entities: [null, null, null] });
  });

  it('keeps B out of A’s person, plan and budget by row-level security alone, with the app’s filters bypassed', async () => {
    const j = await journey(tokenA, 'RlsOnly');
    const app = new Client({ connectionString: stack.db.appUrl });
    await app.connect();
    try {
      // Every table that holds an authority's rows has RLS enabled and forced, in every subgraph's schema.
      const tenantTables = await app.query(
        `SELECT n.nspname, c.relname, c.relrowsecurity, c.relforcerowsecurity FROM pg_class c
           JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_attribute a ON a.attrelid = c.oid
          WHERE c.relkind = 'r' AND a.attname = 'authority_code' AND n.nspname = ANY($1)`,
        [['people', 'assessments', 'plans', 'budgets', 'reviews', 'analytics']],
      );
      expect(new Set(tenantTables.rows.map((r) => r.nspname))).toEqual(new Set(['people', 'assessments', 'plans', 'budgets', 'reviews', 'analytics']));
      for (const t of tenantTables.rows) expect({ table: `${t.nspname}.${t.relname}`, rls: t.relrowsecurity, forced: t.relforcerowsecurity }).toEqual({ table: `${t.nspname}.${t.relname}`, rls: true, forced: true });

      const rows: Array<[string, string]> = [
        ['people.person', j.person.id],
        ['plans.care_and_support_plan', j.plan.id],
        ['budgets.personal_budget', j.budget.id],
      ];
      const asAuthority = async (authority: string) => {
        await app.query('BEGIN');
        await app.query(`SELECT set_config('app.authority', $1, true)`, [authority]);
        const seen: number[] = [];
        for (const [table, id] of rows) {
          // No WHERE authority_code: only the policy decides.
          seen.push((await app.query(`SELECT 1 FROM ${table} WHERE id = $1`, [id])).rowCount!);
          seen.push((await app.query(`UPDATE ${table} SET updated_at = updated_at WHERE id = $1`, [id])).rowCount!);
        }
        await app.query('ROLLBACK');
        return seen;
      };
      expect(await asAuthority(AUTHORITY_A)).toEqual([1, 1, 1, 1, 1, 1]);
      expect(await asAuthority(AUTHORITY_B)).toEqual([0, 0, 0, 0, 0, 0]);
    } finally {
      await app.end();
    }
  });

  it('answers UNAUTHENTICATED with no token, an expired token or an unknown issuer, at the gateway and at a subgraph', async () => {
    const expired = await tokenFor({ authority: AUTHORITY_A }, { ttlSeconds: 60, now: new Date(Date.now() - 3_600_000) });
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    const stranger: SigningKey = { issuer: 'https://idp.example.invalid', jwk: { ...(await exportJWK(privateKey)), alg: 'ES256' } };
    const unknownIssuer = await signToken({ userId: 'x', authority: AUTHORITY_A, roles: [Role.PRACTITIONER] }, stranger);
    const forged = await signToken({ userId: 'x', authority: AUTHORITY_A, roles: [Role.PRACTITIONER] }, { ...stranger, issuer: 'urn:careplan:dev' });
    const query = `{ people(first: 1) { edges { cursor } } }`;
    for (const url of [stack.url, stack.subgraphs.people.url]) {
      for (const token of [undefined, expired, unknownIssuer, forged, 'not-a-jwt']) {
        const res = await graphql(url, query, {}, token);
        expect(errorCode(res)).toBe('UNAUTHENTICATED');
        expect(res.status).toBe(401);
        expect(res.data ?? null).toBeNull();
      }
    }
  });

  it('rejects a deeply nested or very wide query before any subgraph is called', async () => {
    const deep = `{ people(first: 1) { edges { node { plans { person { plans { person { plans { person { plans { person { id } } } } } } } } } } } }`;
    const wide = `{ ${Array.from({ length: 60 }, (_, i) => `p${i}: people(first: 100) { edges { node { id familyName } } }`).join(' ')} }`;
    const before = stack.gateway.subgraphCalls.calls;
    for (const query of [deep, wide]) {
      const res = await graphql(stack.url, query, {}, tokenA);
      expect(errorCode(res)).toBe('QUERY_TOO_COMPLEX');
      expect(res.status).toBe(400);
    }
    expect(stack.gateway.subgraphCalls.calls).toBe(before);
  });

  it('reads 100 people with their plans and budgets in the same number of SQL statements as 10 (no N+1)', async () => {
    const token = await tokenFor({ authority: AUTHORITY_B });
    for (let i = 0; i < 100; i++) {
      const { createPerson: p } = await ok(token, CREATE_PERSON, { input: { givenName: 'N', familyName: `Plus${i}`, dateOfBirth: '1960-01-01' } });
      const { createPlan: plan } = await ok(token, `mutation($input: CreatePlanInput!) { createPlan(input: $input) { id } }`, { input: { personId: p.id } });
      await ok(token, `mutation($input: CreatePersonalBudgetInput!) { createPersonalBudget(input: $input) { id } }`, { input: { planId: plan.id, indicativeWeeklyPence: 100 * i, indicativeExplanation: 'From the council’s resource allocation system for the needs assessed.' } });
    }
    const read = async (first: number) => {
      await stack.settle();
      const before = stack.sqlStatements();
      const data = await ok(token, `query($first: Int) { people(first: $first) { edges { node { id plans { id personalBudget { id indicativeWeeklyAmount { pence } } } } } } }`, { first });
      expect(data.people.edges).toHaveLength(first);
      expect(data.people.edges.every((e: any) => e.node.plans[0].personalBudget)).toBe(true);
      return stack.sqlStatements() - before;
    };
    const ten = await read(10);
    const hundred = await read(100);
    expect(hundred).toBe(ten);
  }, 120_000);

  it('reads a person overview in one round trip to Postgres per subgraph: the fields selected under a record are read beside it', async () => {
    const team = await frontend.planningTeam(AUTHORITY_A, 'overview');
    const p = await frontend.completePlan(team.practitioner, team.assessor);
    await frontend.costPlan(team.practitioner, p.planId);
    await stack.settle();
    const taken: Record<string, number> = {};
    const pools = Object.values(stack.subgraphs).map((s) => {
      const pool = (s.dataSource.driver as unknown as { master: import('pg').Pool }).master;
      const count = () => void (taken[s.name] = (taken[s.name] ?? 0) + 1);
      pool.on('acquire', count);
      return () => pool.off('acquire', count);
    });
    let person;
    try {
      ({ person } = await ok(team.practitioner, `query($id: ID!) { person(id: $id) {
        familyName relationships { kind } advocacy { required } communicationNeeds { formats }
        assessments { status needs { outcome } eligibility { eligible } }
        currentPlan { status outcomes { inOwnWords } supportItems { description } personalBudget { weeklyCost { pence } costLines { weeklyCost { pence } } } nextReview { dueDate } } } }`, { id: p.personId }));
    } finally {
      pools.forEach((off) => off());
    }
    expect(person.assessments).toEqual([{ status: 'COMPLETED', needs: [{ outcome: 'NUTRITION' }, { outcome: 'PERSONAL_HYGIENE' }], eligibility: { eligible: true } }]);
    expect(person.currentPlan.supportItems).toHaveLength(2);
    expect(person.currentPlan.outcomes).toEqual([{ inOwnWords: 'To wash and eat well at home' }]);
    expect(person.currentPlan.personalBudget).toEqual({ weeklyCost: { pence: 2 * 17_625 }, costLines: [{ weeklyCost: { pence: 17_625 } }, { weeklyCost: { pence: 17_625 } }] });
    // Each subgraph the overview reaches reads its part once: the record, and beside it the rows under it.
    expect(taken).toEqual({ people: 1, assessments: 1, plans: 1, budgets: 1, reviews: 1 });
  }, 60_000);

  it('refuses bad input with BAD_USER_INPUT naming the field and writes nothing', async () => {
    const count = async () => (await ok(tokenA, `{ people(first: 100) { edges { cursor } } }`, {})).people.edges.length;
    const before = await count();
    for (const [input, field] of [
      [{ nhsNumber: '9434765918' }, 'nhsNumber'],
      [{ authorityCode: 'E09000099' }, 'authorityCode'],
      [{ familyName: '' }, 'familyName'],
    ] as const) {
      const res = await graphql(stack.url, CREATE_PERSON, { input: { givenName: 'Bad', familyName: 'Input', dateOfBirth: '1950-01-01', ...input } }, tokenA);
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.field).toBe(field);
    }
    expect(await count()).toBe(before);
  });

  it('names no subgraph in an error: a refusal carries its code and documented extensions only', async () => {
    const forbidden = await graphql(stack.url, `mutation { createTeam(input: { name: "Not allowed" }) { id } }`, {}, tokenA);
    expect(forbidden.errors?.[0].extensions).toEqual({ code: 'FORBIDDEN' });
    const bad = await graphql(stack.url, CREATE_PERSON, { input: { givenName: 'Bad', familyName: '', dateOfBirth: '1950-01-01' } }, tokenA);
    expect(bad.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'familyName' });
    expect(JSON.stringify([forbidden.errors, bad.errors])).not.toContain('serviceName');
  });

  it('answers a malformed id or a null byte in text with BAD_USER_INPUT naming where it is, and writes nothing', async () => {
    const id = await graphql(stack.url, `query($id: ID!) { person(id: $id) { id } }`, { id: '1' }, tokenA);
    expect(id.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
    const count = async () => (await ok(tokenA, `{ people(first: 100) { edges { cursor } } }`, {})).people.edges.length;
    const before = await count();
    const nul = await graphql(stack.url, CREATE_PERSON, { input: { givenName: 'Bad\u0000', familyName: 'Input', dateOfBirth: '1950-01-01' } }, tokenA);
    expect(nul.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'givenName' });
    const nested = await graphql(stack.url, `mutation { recordConsent(input: { personId: "x", purpose: JOINT_PLAN, givenOn: "2026-01-01" }) { id } }`, {}, tokenA);
    expect(nested.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'personId' });
    expect(await count()).toBe(before);
  });

  it('R3a R13 dates are one rule everywhere: a day that is not on the calendar, or in a year no record needs, is BAD_USER_INPUT naming the field in every subgraph, and a real one is accepted alike', async () => {
    const created = await ok(tokenA, CREATE_PERSON, { input: { givenName: 'Leap', familyName: 'Day', dateOfBirth: '1948-02-29' } });
    const refusals = [
      await graphql(stack.url, CREATE_PERSON, { input: { givenName: 'Not', familyName: 'A Day', dateOfBirth: '1950-02-30' } }, tokenA),
      await graphql(stack.url, `mutation($input: CreateAssessmentInput!) { createAssessment(input: $input) { id } }`, { input: { personId: created.createPerson.id, requestedOn: '2026-13-01' } }, tokenA),
      await graphql(stack.url, `query($to: LocalDate!) { reviewsDue(from: "2026-01-01", to: $to) { edges { cursor } } }`, { to: '2026-11-31' }, tokenA),
      await graphql(stack.url, `{ reviewsDue(from: "2027-02-29", to: "2027-03-01") { edges { cursor } } }`, {}, tokenA),
      // Far-off years are refused too, so nothing is stored that a review a year on could not follow.
      await graphql(stack.url, `{ reviewsDue(from: "2026-01-01", to: "9999-12-31") { edges { cursor } } }`, {}, tokenA),
      await graphql(stack.url, CREATE_PERSON, { input: { givenName: 'Too', familyName: 'Old', dateOfBirth: '1899-12-31' } }, tokenA),
    ];
    expect(refusals.map((r) => r.errors?.[0].extensions)).toEqual([
      { code: 'BAD_USER_INPUT', field: 'dateOfBirth' },
      { code: 'BAD_USER_INPUT', field: 'requestedOn' },
      { code: 'BAD_USER_INPUT', field: 'to' },
      { code: 'BAD_USER_INPUT', field: 'from' },
      { code: 'BAD_USER_INPUT', field: 'to' },
      { code: 'BAD_USER_INPUT', field: 'dateOfBirth' },
    ]);
    expect(refusals[0].errors?.[0].message).toBe('dateOfBirth must be a calendar date written YYYY-MM-DD, in the years 1900 to 2199');
    expect(await stack.db.asAdmin(`SELECT count(*)::int AS n FROM assessments.needs_assessment WHERE person_id = $1`, [created.createPerson.id])).toEqual([{ n: 0 }]);
    const leap = await ok(tokenA, `mutation($input: CreateAssessmentInput!) { createAssessment(input: $input) { requestedOn } }`, { input: { personId: created.createPerson.id, requestedOn: '2024-02-29' } });
    expect(leap.createAssessment.requestedOn).toBe('2024-02-29');
  });

  it('R4 holds every value to the graph’s bounds in every subgraph: text beyond 8000 characters, a list beyond 100 entries, control or direction-changing characters are BAD_USER_INPUT naming the field', async () => {
    const someId = '5f0c7a3e-1d2b-4c3a-9e8f-0a1b2c3d4e5f';
    const refusals = [
      await graphql(stack.url, CREATE_PERSON, { input: { givenName: 'Ad\u202Ea', familyName: 'Spoof', dateOfBirth: '1950-01-01' } }, tokenA),
      await graphql(stack.url, CREATE_PERSON, { input: { givenName: 'Bell\u0007', familyName: 'Control', dateOfBirth: '1950-01-01' } }, tokenA),
      await graphql(stack.url, `mutation($input: AddPlanOutcomeInput!) { addPlanOutcome(input: $input) { id } }`, { input: { planId: someId, inOwnWords: 'x'.repeat(8001) } }, tokenA),
      await graphql(stack.url, `query($ids: [ID!]!) { plans(ids: $ids) { id } }`, { ids: Array.from({ length: 101 }, () => someId) }, tokenA),
    ];
    expect(refusals.map((r) => r.errors?.[0].extensions)).toEqual([
      { code: 'BAD_USER_INPUT', field: 'givenName' },
      { code: 'BAD_USER_INPUT', field: 'givenName' },
      { code: 'BAD_USER_INPUT', field: 'inOwnWords' },
      { code: 'BAD_USER_INPUT', field: 'ids' },
    ]);
    expect(await stack.db.asAdmin(`SELECT count(*)::int AS n FROM people.person WHERE family_name IN ('Spoof', 'Control')`)).toEqual([{ n: 0 }]);
    // Right-to-left text itself is what people write, and passes.
    const arabic = await ok(tokenA, CREATE_PERSON, { input: { givenName: 'ليلى', familyName: 'Haddad', dateOfBirth: '1950-01-01' } });
    expect(arabic.createPerson.id).toEqual(expect.any(String));
  });

  it('refuses an operation nested thousands deep as a parse failure in plain words, at the gateway and at a subgraph', async () => {
    const deep = `{ ${'person(id: "x") { '.repeat(3000)}id${' }'.repeat(3000)} }`;
    for (const url of [stack.url, stack.subgraphs.people.url]) {
      const res = await graphql(url, deep, {}, tokenA);
      expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
      expect(res.errors?.[0].message).toMatch(/Document contains more th\w+ 10000 tokens/);
    }
  });

  it('masks internal errors: no stack traces or driver messages reach the client', async () => {
    const malformed = await graphql(stack.url, `{ people(first: "x") { edges { cursor } } }`, {}, tokenA);
    expect(JSON.stringify(malformed.errors)).not.toMatch(/at .*\.(js|ts):\d+/);
  });

  it('answers a request refused before GraphQL (too large, not JSON, nowhere) as JSON without internals, at the gateway and at a subgraph', async () => {
    const post = (url: string, body: string) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${tokenA}` }, body });
    for (const url of [stack.url, stack.subgraphs.people.url]) {
      const answers = [
        await post(url, JSON.stringify({ query: `{ __typename }`, variables: { pad: 'x'.repeat(1_100_000) } })),
        await post(url, '{"query": "{ __typename }"'),
        await fetch(url.replace('/graphql', '/nowhere')),
      ];
      expect(answers.map((a) => a.status)).toEqual([413, 400, 404]);
      for (const answer of answers) {
        expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
        const text = await answer.text();
        expect(text).not.toMatch(/<html|at .*\.(js|ts):\d+|node_modules|\/work\//i);
        expect(JSON.parse(text).errors[0].extensions.code).toMatch(/^(BAD_REQUEST|NOT_FOUND)$/);
      }
    }
  });

  it('answers /health and /ready', async () => {
    expect((await fetch(stack.url.replace('/graphql', '/health'))).status).toBe(200);
    expect((await fetch(stack.url.replace('/graphql', '/ready'))).status).toBe(200);
    expect(await (await fetch(stack.url.replace('/graphql', '/ready'))).json()).toEqual({ status: 'ready', degraded: [] });
  });

  it('stays ready when a subgraph is not, and names it: one bad subgraph never takes every gateway out of the load balancer', async () => {
    expect(await subgraphReadiness({ people: stack.subgraphs.people.url, plans: 'http://127.0.0.1:9/graphql' })).toEqual({ degraded: ['plans'] });
  });
});
