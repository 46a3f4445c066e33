import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, getNamedType, isInputObjectType, isObjectType, type GraphQLNamedType } from 'graphql';
import { rebuildCouncil } from '@careplan/analytics';
import { LocalDate, Role, reportingYear } from '@careplan/domain';
import { createLogger, pseudonymiser } from '@careplan/runtime';
import { createDataSource } from '@careplan/subgraph-kit';
import { AUTHORITY_A, AUTHORITY_B, tokenFor, Frontend } from '@careplan/testing';
import { analyticsCaughtUp } from './support/analytics';
import { startStack, type Stack } from './support/stack';

let stack: Stack;
let analystA: string;
let analystB: string;
let serviceA: string;
const frontend = new Frontend(() => stack.url);
const { ok, call } = frontend;

/** Six people in A through the whole journey (assessment, plan, final budget, agreement, a completed review), one more only assessed as MALE, one in B. */
const JOURNEYS = 6;
/** Of those, a third have their plan revised after the review, and the revision agreed. */
const REVISED = Math.ceil(JOURNEYS / 3);
/** The reporting year running today (from 1 April). */
const year = (() => {
  const today = LocalDate.today();
  const calendar = Number(today.toString().slice(0, 4));
  return today.isBefore(LocalDate.of(calendar, 4, 1)) ? calendar - 1 : calendar;
})();

const STATISTICS = `query($from: LocalDate!, $to: LocalDate!, $groupBy: [StatisticsDimension!]) {
  careStatistics(from: $from, to: $to, groupBy: $groupBy) {
    dimensions { dimension value }
    peopleWithLongTermSupport { value suppressed } peopleWithDirectPayments { value suppressed }
    assessmentsRequested { value suppressed } assessmentsCompleted { value suppressed }
    plansAgreed { value suppressed } reviewsCompleted { value suppressed } arrivalsFromOtherCouncils { value suppressed }
  }
}`;
const MEASURE = '{ numerator denominator value suppressed }';
const MEASURES = `query($year: Int!) { careMeasures(year: $year) { year from to asOf
  peopleWithLongTermSupport ${MEASURE} selfDirectedSupport ${MEASURE} directPayments ${MEASURE} longTermClientsReviewed ${MEASURE}
  reviewsOverdue ${MEASURE} assessmentsWithin28Days ${MEASURE} averageWeeklyBudget ${MEASURE} daysFromRequestToPlanAgreed ${MEASURE} } }`;
const RECORD = `mutation($input: RecordAnalyticsFactsInput!) { recordAnalyticsFacts(input: $input) { eventId eventType duplicate } }`;

const { from, to, asOf } = reportingYear(year);
const period = { from: from.toString(), to: to.toString() };
const statistics = (token: string, groupBy: string[] = []) => ok(token, STATISTICS, { ...period, groupBy });

beforeAll(async () => {
  stack = await startStack(undefined, { worker: true });
  const team = await frontend.planningTeam(AUTHORITY_A, 'analytics');
  for (let i = 0; i < JOURNEYS; i++) {
    const { planId } = await frontend.reviewedPlan(team);
    // Some reviews lead to a revision, agreed: the version it replaces is in force no more.
    if (i < REVISED) await frontend.agreedRevision(team, planId);
  }

  // One more person, male and only asked for an assessment: a group of one.
  const male = await frontend.person(team.practitioner);
  await ok(team.practitioner, `mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { id } }`, { input: { id: male, version: 1, gender: 'MALE' } });
  await ok(team.practitioner, `mutation($input: CreateAssessmentInput!) { createAssessment(input: $input) { id } }`, { input: { personId: male } });
  const practitionerB = await tokenFor({ authority: AUTHORITY_B, userId: 'analytics-b-sw', roles: [Role.PRACTITIONER] });
  await frontend.person(practitionerB);
  analystA = await tokenFor({ authority: AUTHORITY_A, userId: 'analyst-a', roles: [Role.ANALYST] });
  analystB = await tokenFor({ authority: AUTHORITY_B, userId: 'analyst-b', roles: [Role.ANALYST] });
  serviceA = await tokenFor({ authority: AUTHORITY_A, userId: 'careplan-worker', roles: [Role.SERVICE] });
  await analyticsCaughtUp(stack, AUTHORITY_A);
}, 300_000);

afterAll(async () => {
  await stack?.close();
});

describe('analytics for data teams (domain.md §8)', () => {
  it('gives an analyst the counts of its own council from the events, and another council’s analyst nothing of them', async () => {
    const [totals] = (await statistics(analystA)).careStatistics;
    expect(totals).toMatchObject({
      dimensions: [],
      peopleWithLongTermSupport: { value: JOURNEYS, suppressed: false },
      assessmentsRequested: { value: JOURNEYS + 1, suppressed: false },
      assessmentsCompleted: { value: JOURNEYS, suppressed: false },
      // Each version agreed counts: a revision is a plan agreed too.
      plansAgreed: { value: JOURNEYS + REVISED, suppressed: false },
      reviewsCompleted: { value: JOURNEYS, suppressed: false },
    });
    const byNation = (await statistics(analystA, ['NATION'])).careStatistics;
    expect(byNation.map((r: { dimensions: unknown }) => r.dimensions)).toEqual([[{ dimension: 'NATION', value: 'ENGLAND' }]]);
    // Cardiff's analyst: nothing of Hackney's (its own council has too little to show, so every count is withheld).
    const b = (await statistics(analystB)).careStatistics;
    expect(b).toHaveLength(1);
    for (const [key, count] of Object.entries(b[0])) if (key !== 'dimensions') expect(count).toEqual({ value: null, suppressed: true });
    expect((await statistics(analystB, ['NATION'])).careStatistics).toEqual([]);
  });

  it('withholds every count below 5 in every group, however the data is sliced', async () => {
    const rows = (await statistics(analystA, ['GENDER'])).careStatistics;
    const male = rows.find((r: { dimensions: Array<{ value: string | null }> }) => r.dimensions[0].value === 'MALE');
    const unknown = rows.find((r: { dimensions: Array<{ value: string | null }> }) => r.dimensions[0].value === null);
    expect(male.assessmentsRequested).toEqual({ value: null, suppressed: true });
    expect(male.peopleWithLongTermSupport).toEqual({ value: null, suppressed: true });
    expect(unknown.assessmentsRequested).toEqual({ value: JOURNEYS, suppressed: false });
    const byReview = (await statistics(analystA, ['REVIEW_OUTCOME', 'SERVICE_TYPE'])).careStatistics;
    for (const row of byReview) {
      for (const [key, count] of Object.entries(row)) {
        if (key === 'dimensions') continue;
        const c = count as { value: number | null; suppressed: boolean };
        expect(c.suppressed ? c.value : (c.value ?? 0) >= 5).toBe(c.suppressed ? null : true);
      }
    }
  });

  it('refuses an analyst every path to names, addresses, dates of birth and NHS numbers', async () => {
    const [{ id }] = await stack.db.asAdmin<{ id: string }>(`SELECT id FROM people.person WHERE authority_code = $1 LIMIT 1`, [AUTHORITY_A]);
    for (const [query, variables] of [
      [`query($id: ID!) { person(id: $id) { givenName familyName dateOfBirth nhsNumber address postcode } }`, { id }],
      [`query { people(first: 5) { edges { node { givenName dateOfBirth } } } }`, {}],
      [`query { myCaseload(first: 5) { edges { node { id } } } }`, {}],
    ] as const) {
      const res = await call(analystA, query, variables);
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    // The analyst's own fields lead to nothing that names a person: walk everything the analytics queries reach.
    const schema = buildSchema(readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8'));
    const seen = new Set<string>();
    const walk = (type: GraphQLNamedType | undefined | void): void => {
      if (!type || seen.has(type.name) || !(isObjectType(type) || isInputObjectType(type))) return;
      seen.add(type.name);
      for (const field of Object.values(type.getFields())) {
        expect(`${type.name}.${field.name}`).not.toMatch(/\.(givenName|familyName|preferredName|name|address|postcode|dateOfBirth|nhsNumber|localPersonId|personId|id)$/);
        walk(getNamedType(field.type));
      }
    };
    for (const root of ['careStatistics', 'careMeasures']) walk(getNamedType(schema.getQueryType()!.getFields()[root].type));
    expect([...seen].sort()).toEqual(['CareMeasure', 'CareMeasures', 'DimensionValue', 'StatisticsRow', 'SuppressedCount']);
    // Nor does the analytics subgraph keep any of them: its tables have no such column.
    const columns = await stack.db.asAdmin<{ column_name: string }>(`SELECT column_name FROM information_schema.columns WHERE table_schema = 'analytics' AND table_name NOT IN ('access_audit', 'migrations')`);
    expect(columns.map((c) => c.column_name)).not.toEqual(expect.arrayContaining([expect.stringMatching(/name|address|birth|nhs|^postcode$|person_id/)]));
    // Only the worker records facts, and only staff see a person's pseudonym.
    expect((await call(analystA, RECORD, { input: facts(randomUUID(), randomUUID()) })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await call(analystA, `query($id: ID!) { person(id: $id) { pseudonym } }`, { id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('keeps persons as keyed pseudonyms: stable within a council, unmatchable across councils, and the id not kept', async () => {
    const [{ id }] = await stack.db.asAdmin<{ id: string }>(`SELECT id FROM people.person WHERE authority_code = $1 LIMIT 1`, [AUTHORITY_A]);
    const practitioner = await tokenFor({ authority: AUTHORITY_A, userId: 'analytics-sw', roles: [Role.PRACTITIONER] });
    const { person } = await ok(practitioner, `query($id: ID!) { person(id: $id) { pseudonym } }`, { id });
    expect(person.pseudonym).toMatch(/^[0-9a-f]{64}$/);
    const stored = await stack.db.asAdmin(`SELECT 1 FROM analytics.person WHERE authority_code = $1 AND pseudonym = $2`, [AUTHORITY_A, person.pseudonym]);
    expect(stored).toHaveLength(1);
    const anywhere = await stack.db.asAdmin(`SELECT 1 FROM analytics.fact_event WHERE facts::text LIKE $1`, [`%${id}%`]);
    expect(anywhere).toHaveLength(0);
    // The same id recorded by another council is another pseudonym.
    expect(pseudonymiser(AUTHORITY_B)('person', id)).not.toBe(person.pseudonym);
    expect(pseudonymiser(AUTHORITY_A)('person', id)).toBe(person.pseudonym);
  });

  it('counts an event delivered twice once', async () => {
    const eventId = randomUUID();
    const assessmentId = randomUUID();
    const first = await ok(serviceA, RECORD, { input: facts(eventId, assessmentId) });
    expect(first.recordAnalyticsFacts).toMatchObject({ eventId, duplicate: false });
    // The same event again, even carrying something else, changes nothing.
    const again = await ok(serviceA, RECORD, { input: { ...facts(eventId, assessmentId), assessment: { ...facts(eventId, assessmentId).assessment, status: 'COMPLETED', completedOn: period.from } } });
    expect(again.recordAnalyticsFacts).toMatchObject({ eventId, eventType: 'AssessmentRequested', duplicate: true });
    expect(await stack.db.asAdmin(`SELECT 1 FROM analytics.fact_event WHERE event_id = $1`, [eventId])).toHaveLength(1);
    const rows = await stack.db.asAdmin(`SELECT status FROM analytics.assessment WHERE authority_code = $1 AND ref = $2`, [AUTHORITY_A, pseudonymiser(AUTHORITY_A)('assessment', assessmentId)]);
    expect(rows).toEqual([{ status: 'REQUESTED' }]);
  });

  it('gives each measure as the live records give it, computed independently on the same data', async () => {
    await analyticsCaughtUp(stack, AUTHORITY_A);
    const { careMeasures: m } = await ok(analystA, MEASURES, { year });
    expect(m).toMatchObject({ year, from: period.from, to: period.to, asOf: asOf.toString() });
    const live = await liveMeasures();
    for (const [name, expected] of Object.entries(live)) {
      const small = [expected.numerator, expected.denominator].some((n) => n !== null && n < 5);
      expect({ name, ...m[name] }).toEqual({ name, ...(small ? { numerator: null, denominator: null, value: null, suppressed: true } : { ...expected, suppressed: false }) });
    }
    // The seeded data gives the measures something to show.
    expect(m.peopleWithLongTermSupport.value).toBe(JOURNEYS);
    expect(m.averageWeeklyBudget.suppressed).toBe(false);
  });

  it('moves every counted record of a person to their new group when the person changes', async () => {
    const [{ id, version }] = await stack.db.asAdmin<{ id: string; version: number }>(
      `SELECT p.id, p.version FROM people.person p JOIN plans.care_and_support_plan pl ON pl.person_id = p.id WHERE p.authority_code = $1 LIMIT 1`,
      [AUTHORITY_A],
    );
    const pseudonym = pseudonymiser(AUTHORITY_A)('person', id);
    const genders = async () => (await stack.db.asAdmin<{ gender: string | null; n: number }>(`SELECT gender, count(*)::int AS n FROM analytics.counted_record WHERE pseudonym = $1 GROUP BY 1`, [pseudonym]));
    const before = await genders();
    expect(before.map((g) => g.gender)).not.toContain('FEMALE');
    const practitioner = await tokenFor({ authority: AUTHORITY_A, userId: 'analytics-sw', roles: [Role.PRACTITIONER] });
    await ok(practitioner, `mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { id } }`, { input: { id, version, gender: 'FEMALE' } });
    await analyticsCaughtUp(stack, AUTHORITY_A);
    expect(await genders()).toEqual([{ gender: 'FEMALE', n: before.reduce((sum, g) => sum + g.n, 0) }]);
  });

  it('rebuilds from its own log to the same answers, facts logged before a plan carried revisedOn and revises included', async () => {
    await analyticsCaughtUp(stack, AUTHORITY_A);
    // Facts of plans never revised, as they were logged before those two were recorded.
    await stack.db.asAdmin(
      `UPDATE analytics.fact_event SET facts = facts #- '{plan,revises}' #- '{plan,revisedOn}'
        WHERE authority_code = $1 AND facts->'plan'->>'revises' = 'false' AND facts->'plan'->'revisedOn' = 'null'::jsonb`,
      [AUTHORITY_A],
    );
    expect(await stack.db.asAdmin(`SELECT count(*)::int AS n FROM analytics.fact_event WHERE authority_code = $1 AND facts ? 'plan' AND NOT facts->'plan' ? 'revises'`, [AUTHORITY_A])).not.toEqual([{ n: 0 }]);
    const groupings = [[], ['GENDER'], ['AGE_BAND', 'SERVICE_TYPE', 'DELIVERY_MECHANISM'], ['ELIGIBILITY_OUTCOME', 'REVIEW_OUTCOME', 'TEAM', 'PRIMARY_SUPPORT_REASON']];
    const answers = async () => ({ measures: await ok(analystA, MEASURES, { year }), rows: await Promise.all(groupings.map((g) => statistics(analystA, g))) });
    const before = await answers();
    for (const table of ['person', 'assessment', 'plan', 'budget', 'direct_payment', 'review', 'handover', 'counted_record']) await stack.db.asAdmin(`DELETE FROM analytics.${table}`);
    expect((await answers()).measures).not.toEqual(before.measures);
    const ds = createDataSource({ url: stack.db.appUrl, schema: 'analytics', entities: [], applicationName: 'analytics-rebuild-test', poolSize: 1, logger: createLogger('rebuild-test') });
    await ds.initialize();
    try {
      expect(await rebuildCouncil(ds, AUTHORITY_A)).toBeGreaterThan(0);
    } finally {
      await ds.destroy();
    }
    expect(await answers()).toEqual(before);
  });
});

/** Facts of an assessment requested for a new person, as the worker would send them. */
function facts(eventId: string, assessmentId: string) {
  return {
    eventId,
    eventType: 'AssessmentRequested',
    occurredOn: period.from,
    person: { personId: randomUUID(), ageBand: 'AGE_65_74', gender: 'FEMALE', postcodeDistrict: 'E8' },
    assessment: { assessmentId, status: 'REQUESTED', requestedOn: period.from },
  };
}

/** The same measures, straight from the live tables of the owning subgraphs (as the database owner would count them). */
async function liveMeasures(): Promise<Record<string, { numerator: number | null; denominator: number | null; value: number | null }>> {
  const [r] = await stack.db.asAdmin<Record<string, number | null>>(
    `WITH p AS (SELECT *, coalesce(closed_on, revised_on) AS ended_on FROM plans.care_and_support_plan WHERE authority_code = $1 AND agreed_on IS NOT NULL),
          lts_year AS (SELECT DISTINCT person_id FROM p WHERE agreed_on <= $3 AND (ended_on IS NULL OR ended_on >= $2)),
          lts_now AS (SELECT DISTINCT person_id FROM p WHERE agreed_on <= $4 AND (ended_on IS NULL OR ended_on > $4)),
          budgets_now AS (SELECT p.person_id, b.final_weekly_pence FROM budgets.personal_budget b JOIN p ON p.id = b.plan_id
                           WHERE b.finalised_on <= $4 AND b.final_weekly_pence IS NOT NULL AND p.agreed_on <= $4 AND (p.ended_on IS NULL OR p.ended_on > $4)),
          a AS (SELECT completed_on - requested_on AS days FROM assessments.needs_assessment WHERE authority_code = $1 AND status = 'COMPLETED' AND completed_on BETWEEN $2 AND $3),
          agreed AS (SELECT p.agreed_on - n.requested_on AS days FROM p JOIN assessments.needs_assessment n ON n.id = p.assessment_id
                      WHERE p.agreed_on BETWEEN $2 AND $3 AND p.previous_version_id IS NULL)
     SELECT (SELECT count(*) FROM lts_year)::int AS lts_year, (SELECT count(*) FROM lts_now)::int AS lts_now,
            (SELECT count(DISTINCT person_id) FROM budgets_now WHERE person_id IN (SELECT person_id FROM lts_now))::int AS sds,
            (SELECT count(DISTINCT d.person_id) FROM budgets.direct_payment d WHERE d.authority_code = $1 AND d.first_payment_on <= $4 AND (d.ended_on IS NULL OR d.ended_on > $4)
               AND d.person_id IN (SELECT person_id FROM lts_now))::int AS dp,
            (SELECT count(DISTINCT person_id) FROM reviews.review WHERE authority_code = $1 AND state = 'COMPLETED' AND completed_on BETWEEN $2 AND $3
               AND person_id IN (SELECT person_id FROM lts_year))::int AS reviewed,
            (SELECT count(*) FROM reviews.review WHERE authority_code = $1 AND due_date < $4 AND state NOT IN ('CANCELLED', 'REFUSED') AND (completed_on IS NULL OR completed_on > $4))::int AS overdue,
            (SELECT count(*) FROM a)::int AS assessed, (SELECT count(*) FROM a WHERE days <= 28)::int AS in_time,
            (SELECT count(*) FROM budgets_now)::int AS budgets, (SELECT avg(final_weekly_pence) FROM budgets_now)::float AS average_budget,
            (SELECT count(*) FROM agreed)::int AS agreed, (SELECT avg(days) FROM agreed)::float AS average_days`,
    [AUTHORITY_A, period.from, period.to, asOf.toString()],
  );
  const n = (k: string) => Number(r[k]);
  const ratio = (a: number, b: number) => ({ numerator: a, denominator: b, value: b ? a / b : null });
  const average = (v: number | null, over: number) => ({ numerator: null, denominator: over, value: v === null ? null : Math.round(v * 10) / 10 });
  return {
    peopleWithLongTermSupport: { numerator: n('lts_year'), denominator: null, value: n('lts_year') },
    selfDirectedSupport: ratio(n('sds'), n('lts_now')),
    directPayments: ratio(n('dp'), n('lts_now')),
    longTermClientsReviewed: ratio(n('reviewed'), n('lts_year')),
    reviewsOverdue: { numerator: n('overdue'), denominator: null, value: n('overdue') },
    assessmentsWithin28Days: ratio(n('in_time'), n('assessed')),
    averageWeeklyBudget: average(r.average_budget === null ? null : Number(r.average_budget), n('budgets')),
    daysFromRequestToPlanAgreed: average(r.average_days === null ? null : Number(r.average_days), n('agreed')),
  };
}
