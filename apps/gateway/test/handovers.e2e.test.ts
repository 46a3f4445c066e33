import { Client } from 'pg';
import { LocalDate, Nation, Role } from '@careplan/domain';
import { createLogger } from '@careplan/runtime';
import { Frontend, graphql, redisUrl, tokenFor, until } from '@careplan/testing';
import { councilSweep, handlers, processedMarker, reminderQueues, startWorker, type RunningWorker } from '@careplan/worker';
import IORedis from 'ioredis';
import { startSmtpReceiver } from './support/receivers';
import { suiteStack } from './support/stack';

const HACKNEY = 'E09000012';
const ISLINGTON = 'E09000019';
const CARDIFF = 'W06000015';
jest.setTimeout(120_000);

const stack = suiteStack();
const frontend = new Frontend(() => stack.url);
const { ok, call } = frontend;
const today = LocalDate.today();

const HANDOVER = `id status direction continuityDuty moveDate version
  notice { givenName familyName dateOfBirth nhsNumber }
  person { id }
  contacts { from { name } to { name } }
  letters { kind format copiesTo html }`;
const START = `mutation($input: StartHandoverInput!) { startHandover(input: $input) { ${HANDOVER} } }`;
const MATCH = `mutation($input: MatchHandoverInput!) { matchHandover(input: $input) { ${HANDOVER} } }`;
const SHARE = `mutation($input: ShareHandoverPackageInput!) { shareHandoverPackage(input: $input) { ${HANDOVER} } }`;
const RECORD_ASSESSMENT = `mutation($input: RecordHandoverAssessmentInput!) { recordHandoverAssessment(input: $input) { ${HANDOVER} secondAssessment { id } differencesExplanation } }`;
const WITHDRAW = `mutation($input: WithdrawHandoverInput!) { withdrawHandover(input: $input) { ${HANDOVER} closedReason } }`;
const PACKAGE = `query($id: ID!) { handover(id: $id) { status package { include directPaymentAdvice plan { planId kind weeklyBudgetPence outcomes supportItems { need description cost { unitCostPence unitType plannedUnitsPerWeek fundingBasis } } sections { key } } assessment { eligibleNeeds } reads { authorityCode userId } } } }`;
const LIST = `query($d: HandoverDirection!) { handovers(direction: $d) { edges { node { id status } } } }`;

interface Council {
  practitioner: string;
  finance: string;
  assessor: string;
  approver: string;
  contactId: string;
}

async function council(authority: string, name: string, contactEmail?: string): Promise<Council> {
  const team = await frontend.planningTeam(authority, name);
  return { ...team, contactId: await frontend.practitioner(authority, `${name}-contact`, { email: contactEmail }) };
}

/** Hackney's person (Olu Assessed, born 1944-04-04) with a plan in force and a final budget of £352.50 a week. */
async function hackneyPersonWithPlan(hackney: Council) {
  const p = await frontend.completePlan(hackney.practitioner, hackney.assessor);
  await frontend.signOff(hackney.practitioner, p, hackney.approver, hackney.finance);
  return p;
}

/** A Hackney person with a plan in force, moving to Islington, Hackney's package shared (R20, R21). */
async function sharedMove(hackney: Council, islington: Council, over: Record<string, unknown> = {}) {
  const a = await hackneyPersonWithPlan(hackney);
  const started = (await ok(islington.practitioner, START, { input: notice(islington.contactId, over) })).startHandover;
  const matched = (await ok(hackney.practitioner, MATCH, { input: { handoverId: started.id, version: started.version, personId: a.personId, contact: { practitionerId: hackney.contactId } } })).matchHandover;
  await ok(hackney.practitioner, SHARE, { input: { handoverId: started.id, version: matched.version, include: ['CURRENT_PLAN', 'LATEST_ASSESSMENT'] } });
  return { a, started };
}

function notice(contactId: string, over: Record<string, unknown> = {}) {
  return { fromAuthorityCode: HACKNEY, givenName: 'Olu', familyName: 'Assessed', dateOfBirth: '1944-04-04', intendedMoveDate: today.plusDays(21).toString(), genuineIntention: true, contact: { practitionerId: contactId, phone: '020 7527 2000' }, ...over };
}

/** Rows of a people table as careplan_app sees them with `app.authority` set: row-level security alone. */
async function rowsAs(authority: string, table: string, handoverId: string): Promise<number> {
  const app = new Client({ connectionString: stack.db.appUrl });
  await app.connect();
  try {
    await app.query('BEGIN');
    await app.query(`SELECT set_config('app.authority', $1, true)`, [authority]);
    const column = table === 'handover' ? 'id' : 'handover_id';
    return (await app.query(`SELECT count(*)::int AS n FROM people.${table} WHERE ${column} = $1`, [handoverId])).rows[0].n;
  } finally {
    await app.query('ROLLBACK');
    await app.end();
  }
}

describe('moving between councils (R20–R22)', () => {
  let hackney: Council;
  let islington: Council;

  beforeAll(async () => {
    hackney = await council(HACKNEY, 'hk-move');
    islington = await council(ISLINGTON, 'isl-move');
  });

  it('R20 R21 R22 the receiving council starts, the sending council matches and shares a package of that moment, and the receiving council explains its different view in writing', async () => {
    const a = await hackneyPersonWithPlan(hackney);
    // Islington has already assessed the person it now knows as moving in: nutrition and using the home safely.
    const own = await frontend.assessmentReadyToComplete(islington.practitioner, islington.assessor, [
      { outcome: 'NUTRITION', unableReasons: ['NEEDS_HELP'] },
      { outcome: 'USING_HOME_SAFELY', unableReasons: ['NEEDS_HELP'] },
    ]);
    expect((await frontend.completeAssessment(islington.practitioner, own)).errors).toBeUndefined();

    const notGenuine = await call(islington.practitioner, START, { input: notice(islington.contactId, { genuineIntention: false, personId: own.personId }) });
    expect(notGenuine.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R20' });
    expect(await stack.db.asAdmin(`SELECT count(*)::int AS n FROM people.handover WHERE to_person_id = $1`, [own.personId])).toEqual([{ n: 0 }]);

    const started = (await ok(islington.practitioner, START, { input: notice(islington.contactId, { personId: own.personId }) })).startHandover;
    expect(started).toMatchObject({ status: 'NOTIFIED', direction: 'INCOMING', continuityDuty: 'CARE_ACT_S37_S38', person: { id: own.personId }, contacts: { from: null, to: { name: 'Test isl-move-contact' } } });
    expect(started.letters.map((l: { kind: string }) => l.kind)).toEqual(['AREA_INFORMATION']);
    expect(started.letters[0].html).toContain('London Borough of Islington');

    // R20: the sending council is notified: the notice is in its outgoing list, and nothing is shared yet.
    const outgoing = (await ok(hackney.practitioner, LIST, { d: 'OUTGOING' })).handovers.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(outgoing).toContain(started.id);
    const tooEarly = await call(hackney.practitioner, SHARE, { input: { handoverId: started.id, version: started.version, include: ['CURRENT_PLAN', 'LATEST_ASSESSMENT'] } });
    expect(tooEarly.errors?.[0].extensions?.code).toBe('CONFLICT');

    // Matching: only the sending council, only its own person as the notice describes them.
    const byIslington = await call(islington.practitioner, MATCH, { input: { handoverId: started.id, version: started.version, personId: own.personId, contact: { practitionerId: islington.contactId } } });
    expect(byIslington.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const someoneElse = await frontend.person(hackney.practitioner, { givenName: 'Olu', familyName: 'Assessed', dateOfBirth: '1950-01-01' });
    const wrong = await call(hackney.practitioner, MATCH, { input: { handoverId: started.id, version: started.version, personId: someoneElse, contact: { practitionerId: hackney.contactId } } });
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'personId' });
    const matched = (await ok(hackney.practitioner, MATCH, { input: { handoverId: started.id, version: started.version, personId: a.personId, contact: { practitionerId: hackney.contactId } } })).matchHandover;
    expect(matched).toMatchObject({ status: 'MATCHED', direction: 'OUTGOING', person: { id: a.personId }, contacts: { from: { name: 'Test hk-move-contact' } } });

    // R21: the current plan and the latest assessment, always.
    const partial = await call(hackney.practitioner, SHARE, { input: { handoverId: started.id, version: matched.version, include: ['CURRENT_PLAN'] } });
    expect(partial.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R21' });
    const shared = (await ok(hackney.practitioner, SHARE, { input: { handoverId: started.id, version: matched.version, include: ['CURRENT_PLAN', 'LATEST_ASSESSMENT'], otherInformation: 'Key safe code given by phone.' } })).shareHandoverPackage;
    expect(shared.status).toBe('SHARED');
    expect(shared.letters.map((l: { kind: string }) => l.kind)).toEqual(['INFORMATION_SHARED']);
    expect(shared.letters[0].html).toContain('London Borough of Islington');

    // Islington reads the package: a copy of that moment, every read recorded for both councils.
    const { handover: seen } = await ok(islington.practitioner, PACKAGE, { id: started.id });
    expect(seen.package).toMatchObject({
      include: ['CURRENT_PLAN', 'LATEST_ASSESSMENT'],
      plan: { planId: a.planId, kind: 'CARE_AND_SUPPORT', weeklyBudgetPence: 35_250, outcomes: ['To wash and eat well at home'] },
      assessment: { eligibleNeeds: expect.arrayContaining(['NUTRITION', 'PERSONAL_HYGIENE']) },
    });
    expect(seen.package.plan.supportItems).toHaveLength(2);
    // Each with the cost Hackney's budget gave it, which the receiving council continues from arrival (R22).
    for (const item of seen.package.plan.supportItems) expect(item.cost).toEqual({ unitCostPence: 2_350, unitType: 'HOUR', plannedUnitsPerWeek: 7.5, fundingBasis: 'CARE_ACT' });
    expect(seen.package.reads).toEqual(expect.arrayContaining([{ authorityCode: ISLINGTON, userId: 'isl-move-sw' }]));
    const { handover: seenByHackney } = await ok(hackney.practitioner, PACKAGE, { id: started.id });
    expect(seenByHackney.package.reads.map((r: { authorityCode: string }) => r.authorityCode)).toEqual(expect.arrayContaining([ISLINGTON, HACKNEY]));
    // Nothing of Hackney's outside the package: its person and plan stay its own.
    expect(await ok(islington.practitioner, `query($p: ID!, $plan: ID!) { person(id: $p) { id } plan(id: $plan) { id } }`, { p: a.personId, plan: a.planId })).toEqual({ person: null, plan: null });

    // R22: Islington's view differs (no help to wash, help to use the new home safely): it must explain in writing, and the letter says so.
    const unexplained = await call(islington.practitioner, RECORD_ASSESSMENT, { input: { handoverId: started.id, version: shared.version, assessmentId: own.id } });
    expect(unexplained.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R22' });
    const why = 'Your new flat has a level-access shower, so you can wash without help; the stairs there need a plan to use safely.';
    const assessed = (await ok(islington.practitioner, RECORD_ASSESSMENT, { input: { handoverId: started.id, version: shared.version, assessmentId: own.id, differencesExplanation: why } })).recordHandoverAssessment;
    expect(assessed).toMatchObject({ secondAssessment: { id: own.id }, differencesExplanation: why });
    expect(assessed.letters.map((l: { kind: string }) => l.kind)).toEqual(['AREA_INFORMATION', 'DIFFERENCES_EXPLAINED']);
    expect(assessed.letters[1].html).toContain('level-access shower');
  });

  it('R20 R21 isolation: a third council sees nothing of a handover or its package, through the gateway, _entities or row-level security, and after withdrawal the receiving council cannot read the package', async () => {
    const { a, started } = await sharedMove(hackney, islington);
    await stack.settle();

    const cardiff = await tokenFor({ authority: CARDIFF, userId: 'cardiff-sw', roles: [Role.PRACTITIONER, Role.TEAM_MANAGER, Role.SERVICE] });
    expect((await ok(cardiff, PACKAGE, { id: started.id })).handover).toBeNull();
    for (const d of ['INCOMING', 'OUTGOING']) expect((await ok(cardiff, LIST, { d })).handovers.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(started.id);
    const entities = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Handover { id status } } }`;
    const people = stack.subgraphs.people.url;
    expect((await graphql(people, entities, { reps: [{ __typename: 'Handover', id: started.id }] }, cardiff)).data).toEqual({ _entities: [null] });
    expect((await graphql(people, entities, { reps: [{ __typename: 'Handover', id: started.id }] }, islington.practitioner)).data).toEqual({ _entities: [{ id: started.id, status: 'SHARED' }] });
    for (const table of ['handover', 'handover_package', 'handover_package_read']) expect(await rowsAs(CARDIFF, table, started.id)).toBe(0);
    expect([await rowsAs(HACKNEY, 'handover_package', started.id), await rowsAs(ISLINGTON, 'handover_package', started.id)]).toEqual([1, 1]);
    // Each council's letters are its own.
    expect(await rowsAs(ISLINGTON, 'handover_letter', started.id)).toBe(1);
    // Which councils a handover is between cannot be changed, even by a party.
    const app = new Client({ connectionString: stack.db.appUrl });
    await app.connect();
    try {
      await app.query('BEGIN');
      await app.query(`SELECT set_config('app.authority', $1, true)`, [ISLINGTON]);
      await expect(app.query(`UPDATE people.handover SET from_authority_code = $1 WHERE id = $2`, [CARDIFF, started.id])).rejects.toThrow(/permission denied/);
    } finally {
      await app.query('ROLLBACK').catch(() => undefined);
      await app.end();
    }

    const { handover: current } = await ok(islington.practitioner, `query($id: ID!) { handover(id: $id) { version } }`, { id: started.id });
    const withdrawn = (await ok(islington.practitioner, WITHDRAW, { input: { handoverId: started.id, version: current.version, reason: 'The person decided to stay.' } })).withdrawHandover;
    expect(withdrawn).toMatchObject({ status: 'WITHDRAWN', closedReason: 'The person decided to stay.' });
    expect((await ok(islington.practitioner, PACKAGE, { id: started.id })).handover).toMatchObject({ status: 'WITHDRAWN', package: null });
    expect(await rowsAs(ISLINGTON, 'handover_package', started.id)).toBe(0);
    expect((await ok(hackney.practitioner, PACKAGE, { id: started.id })).handover.package.plan.planId).toBe(a.planId);
  });

  it('R20 a council that does not know the person declines, and nothing of its records is shared; the move date can change, never to the past', async () => {
    const started = (await ok(islington.practitioner, START, { input: notice(islington.contactId, { givenName: 'Nobody', familyName: 'Known', dateOfBirth: '1961-06-06' }) })).startHandover;
    const DECLINE = `mutation($input: DeclineHandoverInput!) { declineHandover(input: $input) { status closedReason version package { id } } }`;
    const CHANGE = `mutation($input: ChangeHandoverMoveDateInput!) { changeHandoverMoveDate(input: $input) { moveDate intendedMoveDate version } }`;

    const past = await call(islington.practitioner, CHANGE, { input: { handoverId: started.id, version: started.version, moveDate: today.plusDays(-1).toString() } });
    expect(past.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'moveDate' });
    const later = today.plusDays(35).toString();
    const changed = (await ok(islington.practitioner, CHANGE, { input: { handoverId: started.id, version: started.version, moveDate: later } })).changeHandoverMoveDate;
    expect(changed).toEqual({ moveDate: later, intendedMoveDate: started.moveDate, version: started.version + 1 });
    const stale = await call(islington.practitioner, CHANGE, { input: { handoverId: started.id, version: started.version, moveDate: later } });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');

    expect((await call(islington.practitioner, DECLINE, { input: { handoverId: started.id, version: changed.version, reason: 'x' } })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const declined = (await ok(hackney.practitioner, DECLINE, { input: { handoverId: started.id, version: changed.version, reason: 'No one of that name and date of birth is known to Hackney.' } })).declineHandover;
    expect(declined).toMatchObject({ status: 'NOT_KNOWN', closedReason: 'No one of that name and date of birth is known to Hackney.', package: null });
    const share = await call(hackney.practitioner, SHARE, { input: { handoverId: started.id, version: declined.version, include: ['CURRENT_PLAN', 'LATEST_ASSESSMENT'] } });
    expect(share.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await ok(islington.practitioner, `query($id: ID!) { handover(id: $id) { status closedReason contacts { from { name } } } }`, { id: started.id })).handover).toEqual({
      status: 'NOT_KNOWN',
      closedReason: 'No one of that name and date of birth is known to Hackney.',
      contacts: { from: null },
    });
  });

  it('R20 R22 a move both councils record the death of stays withdrawn until each date is removed as recorded in error, then comes back as it stood', async () => {
    const { a, started } = await sharedMove(hackney, islington);
    const MOVE = `query($id: ID!) { handover(id: $id) { status closedReason reinstatedOn person { id } } }`;
    const move = async () => (await ok(islington.practitioner, MOVE, { id: started.id })).handover;
    const islingtonRecord = (await move()).person.id;
    const died = today.plusDays(-1).toString();
    await frontend.recordDeath(hackney.practitioner, a.personId, died);
    await frontend.recordDeath(islington.practitioner, islingtonRecord, died);
    expect(await move()).toMatchObject({ status: 'WITHDRAWN', closedReason: `The person died on ${died}.` });

    await frontend.recordDeath(hackney.practitioner, a.personId, null);
    expect(await move()).toMatchObject({ status: 'WITHDRAWN', closedReason: 'The person’s death is recorded by the other council.', reinstatedOn: null });
    await frontend.recordDeath(islington.practitioner, islingtonRecord, null);
    expect(await move()).toMatchObject({ status: 'SHARED', closedReason: null, reinstatedOn: today.toString() });
  });

  describe('the worker and the move date', () => {
    let redis: IORedis;
    let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;
    let worker: RunningWorker | null = null;
    const start = () =>
      startWorker({ redisUrl: redisUrl(), queuePrefix: stack.queuePrefix, graphUrl: stack.url, handlers, authorities: [HACKNEY, ISLINGTON, CARDIFF], smtpUrl: smtp.url, port: 0, timing: { lockDurationMs: 2000 }, logger: createLogger('handovers-e2e') });

    beforeAll(async () => {
      redis = new IORedis(redisUrl(), { maxRetriesPerRequest: null });
      smtp = await startSmtpReceiver();
    });
    afterAll(async () => {
      await worker?.close();
      await smtp?.close();
      redis.disconnect();
    });

    it('R21 R22 the named contacts of both councils are reminded of the step they still owe as the move approaches, once per milestone whatever the sweeps', async () => {
      const a = await hackneyPersonWithPlan(hackney);
      const moveDate = today.plusDays(7).toString();
      const started = (await ok(islington.practitioner, START, { input: notice(islington.contactId, { intendedMoveDate: moveDate }) })).startHandover;
      await ok(hackney.practitioner, MATCH, { input: { handoverId: started.id, version: started.version, personId: a.personId, contact: { practitionerId: hackney.contactId } } });
      const queues = reminderQueues(redis, stack.queuePrefix);
      const sweep = () => queues.reminders.addBulk([HACKNEY, ISLINGTON].map((authority, i) => ({ ...councilSweep(authority), opts: { ...councilSweep(authority).opts, jobId: `sweep-${Date.now()}-${i}` } })));
      const reminders = () =>
        stack.db.asAdmin<{ authority_code: string; milestone: string; recipient: string }>(
          `SELECT m.authority_code, m.milestone, n.recipient_user_id AS recipient FROM reviews.reminder m JOIN reviews.notification n ON n.reminder_id = m.id WHERE m.handover_id = $1 ORDER BY 1`,
          [started.id],
        );
      worker = await start();
      await sweep();
      await until(async () => (await reminders()).length === 2, 30_000);
      await sweep();
      await until(async () => (await queues.reminders.getJobCounts('waiting')).waiting + (await queues.reminders.getJobCounts('active')).active === 0, 30_000);
      await worker.close();
      worker = null;
      await queues.reminders.close();
      await queues.notifications.close();
      expect(await reminders()).toEqual([
        { authority_code: HACKNEY, milestone: 'BEFORE_7', recipient: 'hk-move-contact' },
        { authority_code: ISLINGTON, milestone: 'BEFORE_7', recipient: 'isl-move-contact' },
      ]);
      const contact = await tokenFor({ authority: ISLINGTON, userId: 'isl-move-contact', roles: [Role.PRACTITIONER] });
      const { myReminders } = await ok(contact, `{ myReminders { edges { node { reminder { milestone { kind daysBefore weeksOverdue } dueDate review { id } handover { id moveDate status } } } } } }`);
      expect(myReminders.edges.map((e: { node: unknown }) => e.node)).toEqual([{ reminder: { milestone: { kind: 'BEFORE', daysBefore: 7, weeksOverdue: null }, dueDate: moveDate, review: null, handover: { id: started.id, moveDate, status: 'MATCHED' } } }]);
    });

    it('R22 R12a R9 R7 the receiving council meets the old plan’s needs from the day of arrival: the worker puts the plan in place once, with the old budget costed as it was, whatever retries and restarts, and ends the sending council’s plan and its direct payments, withdrawing its revision, and reviews the joint plan she was the other person of; the receiving council’s own plan, once agreed, replaces the one it put in place', async () => {
      const a = await hackneyPersonWithPlan(hackney);
      const hackneyBudget = await frontend.holdAsDirectPayment(hackney.finance, a.planId, 10_000);
      const directPayment = (await frontend.setUpDirectPayment(hackney.finance, hackneyBudget.id, 10_000, today.toString())).id;
      // Hackney had started a revision of the plan in force, never agreed.
      const { version } = (await ok(hackney.practitioner, `query($id: ID!) { plan(id: $id) { version } }`, { id: a.planId })).plan;
      const active = await frontend.step(hackney.practitioner, 'activatePlan', a.planId, version);
      const revision = await frontend.step(hackney.practitioner, 'revisePlan', a.planId, active.version);
      // She is also the other person of her husband's joint plan, which stays with Hackney (R7).
      const consent = (personId: string) => ok(hackney.practitioner, `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`, { input: { personId, purpose: 'JOINT_PLAN', givenOn: today.toString() } });
      await consent(a.personId);
      const joint = await frontend.completePlan(hackney.practitioner, hackney.assessor, Nation.ENGLAND, { setup: consent }, { jointPersonId: a.personId });
      await frontend.signOff(hackney.practitioner, joint, hackney.approver, hackney.finance);
      const started = (await ok(islington.practitioner, START, { input: notice(islington.contactId, { intendedMoveDate: today.toString() }) })).startHandover;
      const matched = (await ok(hackney.practitioner, MATCH, { input: { handoverId: started.id, version: started.version, personId: a.personId, contact: { practitionerId: hackney.contactId } } })).matchHandover;
      const directPaymentAdvice = 'Her personal assistant’s contract asks four weeks’ notice.';
      await ok(hackney.practitioner, SHARE, { input: { handoverId: started.id, version: matched.version, include: ['CURRENT_PLAN', 'LATEST_ASSESSMENT'], directPaymentAdvice } });
      await stack.settle();

      const queues = reminderQueues(redis, stack.queuePrefix);
      const sweep = () => queues.reminders.addBulk([councilSweep(ISLINGTON), councilSweep(ISLINGTON)].map((j, i) => ({ ...j, opts: { ...j.opts, jobId: `sweep-${Date.now()}-${i}` } })));
      const continuityPlans = () => stack.db.asAdmin<{ id: string }>(`SELECT id FROM plans.care_and_support_plan WHERE continues_handover_id = $1`, [started.id]);
      const hackneyDirectPayments = async () =>
        (await ok(hackney.practitioner, `query($id: ID!) { person(id: $id) { directPayments { id status endedOn statusReason } } }`, { id: a.personId })).person.directPayments;
      const hackneyPlan = () => stack.db.asAdmin<{ status: string; closure_reason: string; closed_on: string }>(`SELECT status, closure_reason, to_char(closed_on, 'YYYY-MM-DD') AS closed_on FROM plans.care_and_support_plan WHERE id = $1`, [a.planId]);

      worker = await start();
      await sweep();
      await until(async () => (await hackneyPlan())[0].status === 'CLOSED', 60_000);
      await until(async () => (await hackneyDirectPayments())[0].status === 'ENDED', 60_000);
      // The joint plan she was the other person of is reviewed: it is planned again without her.
      const JOINT = `query($id: ID!) { plan(id: $id) { status reviews { kind trigger details } } }`;
      const jointReviews = async () => (await ok(hackney.practitioner, JOINT, { id: joint.planId })).plan.reviews.filter((r: { kind: string }) => r.kind === 'UNPLANNED');
      expect(await until(async () => ((await jointReviews()).length ? jointReviews() : undefined), 60_000)).toEqual([
        { kind: 'UNPLANNED', trigger: 'CARER_CHANGE', details: `The other person of this joint plan moved to the area of London Borough of Islington on ${today}.` },
      ]);
      // Killed and started again, and swept again: nothing more happens.
      await worker.close();
      worker = await start();
      await sweep();
      await until(async () => (await queues.reminders.getJobCounts('waiting', 'active')).active + (await queues.reminders.getJobCounts('waiting')).waiting === 0, 30_000);
      await stack.settle();
      await worker.close();
      worker = null;
      await queues.reminders.close();
      await queues.notifications.close();

      expect(await continuityPlans()).toHaveLength(1);
      expect(await hackneyPlan()).toEqual([{ status: 'CLOSED', closure_reason: 'MOVED_TO_ANOTHER_COUNCIL', closed_on: today.toString() }]);
      expect(await jointReviews()).toHaveLength(1);
      expect((await ok(hackney.practitioner, JOINT, { id: joint.planId })).plan.status).toBe('AGREED');
      expect(await stack.db.asAdmin(`SELECT count(*)::int AS n FROM plans.outbox WHERE type = 'PlanClosed' AND data->>'planId' = $1`, [a.planId])).toEqual([{ n: 1 }]);
      const REVISION = `SELECT status, withdrawal_reason, to_char(withdrawn_on, 'YYYY-MM-DD') AS withdrawn_on, withdrawal_details FROM plans.care_and_support_plan WHERE id = $1`;
      expect(await stack.db.asAdmin(REVISION, [revision.id])).toEqual([
        { status: 'WITHDRAWN', withdrawal_reason: 'MOVED_TO_ANOTHER_COUNCIL', withdrawn_on: today.toString(), withdrawal_details: `Moved to the area of London Borough of Islington on ${today}.` },
      ]);
      // Hackney pays nothing after the move: the direct payment ended on the move date, with the plan’s reason.
      expect(await hackneyDirectPayments()).toEqual([{ id: directPayment, status: 'ENDED', endedOn: today.toString(), statusReason: `The plan ended on ${today}: Moved to the area of London Borough of Islington on ${today}.` }]);

      // The worker's steps run again by hand change nothing either.
      const service = await tokenFor({ authority: ISLINGTON, userId: 'careplan-worker', roles: [Role.SERVICE] });
      const [{ id: planId }] = await continuityPlans();
      expect((await ok(service, `mutation($input: StartContinuityPlanInput!) { startContinuityPlan(input: $input) { id } }`, { input: { handoverId: started.id } })).startContinuityPlan.id).toBe(planId);
      expect((await ok(service, `mutation($input: RecordHandoverArrivalInput!) { recordHandoverArrival(input: $input) { status } }`, { input: { handoverId: started.id } })).recordHandoverArrival.status).toBe('ARRIVED');

      const BUDGET = `personalBudget { id status indicativeMethod finalWeeklyAmount { pence } finalisedOn costLines { supportItemId unitCost { pence } unitType plannedUnitsPerWeek weeklyCost { pence } } }`;
      const { handover } = await ok(islington.practitioner, `query($id: ID!) { handover(id: $id) { status arrivedOn continuityPlan { id status continuesFrom { authorityCode planId weeklyBudgetPence } supportItems { id need } ${BUDGET} } letters { kind } person { currentPlan { id } } } }`, { id: started.id });
      expect(handover).toMatchObject({
        status: 'ARRIVED',
        arrivedOn: today.toString(),
        continuityPlan: { id: planId, status: 'ACTIVE', continuesFrom: { authorityCode: HACKNEY, planId: a.planId, weeklyBudgetPence: 35_250 } },
        person: { currentPlan: { id: planId } },
      });
      expect(handover.continuityPlan.supportItems).toHaveLength(2);
      // Its budget is Hackney's, costed as Hackney's was, final from the day of arrival; the step again returns it.
      const line = (item: { id: string }) => ({ supportItemId: item.id, unitCost: { pence: 2_350 }, unitType: 'HOUR', plannedUnitsPerWeek: 7.5, weeklyCost: { pence: 17_625 } });
      expect(handover.continuityPlan.personalBudget).toEqual({
        id: expect.any(String),
        status: 'FINAL',
        indicativeMethod: 'CONTINUITY_OF_CARE',
        finalWeeklyAmount: { pence: 35_250 },
        finalisedOn: today.toString(),
        costLines: expect.arrayContaining(handover.continuityPlan.supportItems.map(line)),
      });
      expect(handover.continuityPlan.personalBudget.costLines).toHaveLength(2);
      const budgetAgain = await ok(service, `mutation($input: StartContinuityBudgetInput!) { startContinuityBudget(input: $input) { id } }`, { input: { planId } });
      expect(budgetAgain.startContinuityBudget.id).toBe(handover.continuityPlan.personalBudget.id);
      expect(handover.letters.map((l: { kind: string }) => l.kind)).toEqual(['AREA_INFORMATION', 'NEEDS_MET_FROM_ARRIVAL']);
      // Hackney cannot read Islington's plan, only that the move has arrived.
      expect((await ok(hackney.practitioner, `query($id: ID!) { handover(id: $id) { status continuityPlan { id status } } }`, { id: started.id })).handover).toEqual({ status: 'ARRIVED', continuityPlan: null });

      // Until it has assessed: Islington's own plan, from its own assessment, once agreed replaces the one continuing Hackney's.
      const [{ person_id: personId }] = await stack.db.asAdmin<{ person_id: string }>(`SELECT person_id::text FROM plans.care_and_support_plan WHERE id = $1`, [planId]);
      const own = await frontend.completePlan(islington.practitioner, islington.assessor, Nation.ENGLAND, { personId });
      await frontend.signOff(islington.practitioner, own, islington.approver, islington.finance);
      const PLANS = `query($id: ID!) { person(id: $id) { plans { id status } currentPlan { id } } }`;
      const { person } = await ok(islington.practitioner, PLANS, { id: personId });
      expect(person.currentPlan).toEqual({ id: own.planId });
      expect(person.plans).toEqual(expect.arrayContaining([{ id: planId, status: 'REVISED' }, { id: own.planId, status: 'AGREED' }]));
    });

    it('R22 R2b a move across the border carries no care over: Cardiff’s letter is in Welsh first and promises nothing from arrival, Hackney’s says its care ends, Cardiff’s contact is reminded that the person has no care on arrival unless it arranges it, and on the move date nothing is put in place while Hackney’s plan closes', async () => {
      const cardiff = await council(CARDIFF, 'cdf-move', 'moves@cardiff.example.gov.uk');
      const cardiffManager = await tokenFor({ authority: CARDIFF, userId: 'cdf-move-tm', roles: [Role.TEAM_MANAGER] });
      await ok(cardiffManager, `mutation($input: ReviewSettingsInput!) { updateReviewSettings(input: $input) { version } }`, {
        input: { version: 0, firstReviewWeeks: 8, maxMonthsBetweenReviews: 12, reminderLeadDays: [28, 7], emailFrom: 'gofal@cardiff.example.gov.uk' },
      });
      const a = await hackneyPersonWithPlan(hackney);
      const started = (await ok(cardiff.practitioner, START, { input: notice(cardiff.contactId, { intendedMoveDate: today.plusDays(7).toString() }) })).startHandover;
      expect(started.continuityDuty).toBe('CROSS_BORDER_BY_AGREEMENT');
      const [area] = started.letters;
      expect(area.html).toContain('<html lang="cy">');
      const welsh = area.html.indexOf('daw’r gofal a drefnwyd gan London Borough of Hackney i ben pan fyddwch yn symud, ac nid ydym yn ei gymryd drosodd yn awtomatig');
      expect(welsh).toBeGreaterThan(0);
      expect(area.html.indexOf('the care arranged by London Borough of Hackney ends when you move, and we do not take it over automatically')).toBeGreaterThan(welsh);
      expect(area.html).not.toContain('we will meet the needs in your current plan');

      const matched = (await ok(hackney.practitioner, MATCH, { input: { handoverId: started.id, version: started.version, personId: a.personId, contact: { practitionerId: hackney.contactId } } })).matchHandover;
      const shared = (await ok(hackney.practitioner, SHARE, { input: { handoverId: started.id, version: matched.version, include: ['CURRENT_PLAN', 'LATEST_ASSESSMENT'] } })).shareHandoverPackage;
      const [told] = shared.letters;
      expect(told.html).toContain('<html lang="en">');
      expect(told.html).toContain('Because you are moving between England and Wales, Cardiff Council does not take it over automatically');
      await stack.settle();

      const queues = reminderQueues(redis, stack.queuePrefix);
      const sweep = async () => {
        const job = councilSweep(CARDIFF);
        await queues.reminders.add(job.name, job.data, { ...job.opts, jobId: `sweep-${Date.now()}` });
      };
      const hackneyPlan = () => stack.db.asAdmin<{ status: string; closure_reason: string }>(`SELECT status, closure_reason FROM plans.care_and_support_plan WHERE id = $1`, [a.planId]);
      worker = await start();
      // A week before the move, Cardiff has not assessed: its contact is told what that means across the border.
      await sweep();
      await until(async () => smtp.received.some((m) => m.to.includes('moves@cardiff.example.gov.uk')), 30_000);
      const reminder = smtp.received.find((m) => m.to.includes('moves@cardiff.example.gov.uk'))!;
      expect(reminder.subject).toContain('not yet assessed');
      expect(reminder.raw).toContain('no statutory duty crosses the border');
      expect(reminder.raw).toContain('they have none from the day they arrive');
      expect(reminder.raw).not.toContain('you must meet the needs');

      // The person moves today instead: on the sweep, the arrival is recorded and Hackney's plan ends, with nothing put in place.
      const { handover: current } = await ok(cardiff.practitioner, `query($id: ID!) { handover(id: $id) { version } }`, { id: started.id });
      await ok(cardiff.practitioner, `mutation($input: ChangeHandoverMoveDateInput!) { changeHandoverMoveDate(input: $input) { version } }`, { input: { handoverId: started.id, version: current.version, moveDate: today.toString() } });
      await sweep();
      await until(async () => (await hackneyPlan())[0].status === 'CLOSED', 60_000);
      await stack.settle();
      await worker.close();
      worker = null;
      await queues.reminders.close();
      await queues.notifications.close();

      expect(await hackneyPlan()).toEqual([{ status: 'CLOSED', closure_reason: 'MOVED_TO_ANOTHER_COUNCIL' }]);
      expect(await stack.db.asAdmin(`SELECT count(*)::int AS n FROM plans.care_and_support_plan WHERE continues_handover_id = $1`, [started.id])).toEqual([{ n: 0 }]);
      const { handover } = await ok(cardiff.practitioner, `query($id: ID!) { handover(id: $id) { status arrivedOn continuityPlan { id } letters { kind } } }`, { id: started.id });
      expect(handover).toEqual({ status: 'ARRIVED', arrivedOn: today.toString(), continuityPlan: null, letters: [{ kind: 'AREA_INFORMATION' }] });
    });

    it('R22 R17 a person who dies before the move does not move: the death recorded by the council they live in withdraws the move for both councils at once, with why, ends that council’s plan on the day, and nothing is put in place on the move date', async () => {
      const { a, started } = await sharedMove(hackney, islington, { intendedMoveDate: today.toString() });
      await stack.settle();

      // The move date has come, and Hackney records the death before the worker's sweep of it.
      const died = today.plusDays(-1).toString();
      await frontend.recordDeath(hackney.practitioner, a.personId, died);
      const MOVE = `query($id: ID!) { handover(id: $id) { status closedReason package { id } } }`;
      expect((await ok(islington.practitioner, MOVE, { id: started.id })).handover).toEqual({ status: 'WITHDRAWN', closedReason: `The person died on ${died}.`, package: null });
      expect((await ok(hackney.practitioner, MOVE, { id: started.id })).handover).toMatchObject({ status: 'WITHDRAWN', closedReason: `The person died on ${died}.` });

      const queues = reminderQueues(redis, stack.queuePrefix);
      worker = await start();
      const sweep = councilSweep(ISLINGTON);
      await queues.reminders.add(sweep.name, sweep.data, { ...sweep.opts, jobId: `sweep-${Date.now()}` });
      const hackneyPlan = () => stack.db.asAdmin<{ status: string; closure_reason: string; closed_on: string }>(`SELECT status, closure_reason, to_char(closed_on, 'YYYY-MM-DD') AS closed_on FROM plans.care_and_support_plan WHERE id = $1`, [a.planId]);
      await until(async () => (await hackneyPlan())[0].status === 'CLOSED');
      await until(async () => (await queues.reminders.getJobCounts('waiting')).waiting + (await queues.reminders.getJobCounts('active')).active === 0, 30_000);
      await stack.settle();
      await worker.close();
      worker = null;
      await queues.reminders.close();
      await queues.notifications.close();
      expect(await hackneyPlan()).toEqual([{ status: 'CLOSED', closure_reason: 'DIED', closed_on: died }]);
      expect(await stack.db.asAdmin(`SELECT count(*)::int AS n FROM plans.care_and_support_plan WHERE continues_handover_id = $1`, [started.id])).toEqual([{ n: 0 }]);
      expect((await ok(islington.practitioner, MOVE, { id: started.id })).handover.status).toBe('WITHDRAWN');
      // Nor can a new notice about them be matched.
      const again = (await ok(islington.practitioner, START, { input: notice(islington.contactId) })).startHandover;
      const refused = await call(hackney.practitioner, MATCH, { input: { handoverId: again.id, version: again.version, personId: a.personId, contact: { practitionerId: hackney.contactId } } });
      expect(refused.errors?.[0]).toMatchObject({ message: expect.stringContaining(died), extensions: { code: 'RULE_VIOLATION', rule: 'R20' } });
      expect((await ok(hackney.practitioner, MOVE, { id: again.id })).handover.status).toBe('NOTIFIED');
    });

    it('R22 R20 R17 a death recorded in error withdraws a move only until it is removed: a corrected date re-words it, the removal brings it back as it was for both councils with its package, and on the sweep the person arrives, ending the plan the removal had brought back', async () => {
      const { a, started } = await sharedMove(hackney, islington, { intendedMoveDate: today.toString() });
      await stack.settle();
      const MOVE = `query($id: ID!) { handover(id: $id) { status closedReason reinstatedOn reinstatedReason package { id } } }`;
      const move = async (token: string) => (await ok(token, MOVE, { id: started.id })).handover;
      const hackneyPlan = async () => (await stack.db.asAdmin<{ status: string; closure_reason: string | null }>(`SELECT status, closure_reason FROM plans.care_and_support_plan WHERE id = $1`, [a.planId]))[0];
      worker = await start();

      const died = today.plusDays(-1).toString();
      await frontend.recordDeath(hackney.practitioner, a.personId, died);
      expect(await move(islington.practitioner)).toEqual({ status: 'WITHDRAWN', closedReason: `The person died on ${died}.`, reinstatedOn: null, reinstatedReason: null, package: null });
      await until(async () => (await hackneyPlan()).closure_reason === 'DIED');
      const corrected = today.plusDays(-2).toString();
      await frontend.recordDeath(hackney.practitioner, a.personId, corrected);
      expect(await move(islington.practitioner)).toMatchObject({ status: 'WITHDRAWN', closedReason: `The person died on ${corrected}.` });

      // Found recorded in error: the move is back where it stood, for both councils, and Hackney's plan comes back too.
      await frontend.recordDeath(hackney.practitioner, a.personId, null);
      const back = { status: 'SHARED', closedReason: null, reinstatedOn: today.toString(), reinstatedReason: `It was withdrawn for a death recorded in error: the date of death was removed from the person’s record on ${today}.` };
      expect(await move(islington.practitioner)).toEqual({ ...back, package: { id: expect.any(String) } });
      expect(await move(hackney.practitioner)).toMatchObject(back);
      await until(async () => (await hackneyPlan()).status !== 'CLOSED');
      expect(await hackneyPlan()).toEqual({ status: 'AGREED', closure_reason: null });
      // The other council's side hears of it once.
      expect(await stack.db.asAdmin(`SELECT count(*)::int AS n FROM people.outbox WHERE type = 'HandoverReinstated' AND data->>'handoverId' = $1`, [started.id])).toEqual([{ n: 1 }]);

      // The move date has come: Islington's sweep records the arrival, puts the old plan's needs in place and ends Hackney's plan.
      const queues = reminderQueues(redis, stack.queuePrefix);
      const sweep = councilSweep(ISLINGTON);
      await queues.reminders.add(sweep.name, sweep.data, { ...sweep.opts, jobId: `sweep-${Date.now()}` });
      await until(async () => (await hackneyPlan()).closure_reason === 'MOVED_TO_ANOTHER_COUNCIL', 60_000);
      await stack.settle();
      await worker.close();
      worker = null;
      await queues.reminders.close();
      await queues.notifications.close();
      expect((await ok(islington.practitioner, `query($id: ID!) { handover(id: $id) { status arrivedOn continuityPlan { status } } }`, { id: started.id })).handover).toEqual({
        status: 'ARRIVED',
        arrivedOn: today.toString(),
        continuityPlan: { status: 'ACTIVE' },
      });
    });

    it('R22 R17 R12a a move that comes back and arrives before the worker brings back what the death ended: the plan the death closed ends as the move ends it instead, on the move date with its budget, and does not come back into force', async () => {
      const { a, started } = await sharedMove(hackney, islington, { intendedMoveDate: today.toString() });
      const hackneyPlan = async () => (await stack.db.asAdmin<{ status: string; closure_reason: string; closed_on: string }>(`SELECT status, closure_reason, to_char(closed_on, 'YYYY-MM-DD') AS closed_on FROM plans.care_and_support_plan WHERE id = $1`, [a.planId]))[0];
      const budgetEnd = async () => (await stack.db.asAdmin<{ ended_on: string | null }>(`SELECT to_char(ended_on, 'YYYY-MM-DD') AS ended_on FROM budgets.personal_budget WHERE plan_id = $1`, [a.planId]))[0].ended_on;
      const died = today.plusDays(-3).toString();
      worker = await start();
      await frontend.recordDeath(hackney.practitioner, a.personId, died);
      await until(async () => (await budgetEnd()) === died);
      await stack.settle();
      await worker.close();
      worker = null;

      // Removed while the worker is away; the move comes back, and its arrival and Hackney's plans' end on it are
      // taken (as the worker would take them) before the worker comes to the removal.
      await frontend.recordDeath(hackney.practitioner, a.personId, null);
      const service = (authority: string) => tokenFor({ authority, userId: 'careplan-worker', roles: [Role.SERVICE] });
      await ok(await service(ISLINGTON), `mutation($input: RecordHandoverArrivalInput!) { recordHandoverArrival(input: $input) { status } }`, { input: { handoverId: started.id } });
      const { closePlansOnMove } = await ok(await service(HACKNEY), `mutation($input: ClosePlansOnMoveInput!) { closePlansOnMove(input: $input) { id status } }`, { input: { handoverId: started.id } });
      expect(closePlansOnMove).toEqual([{ id: a.planId, status: 'CLOSED' }]);
      const moved = { status: 'CLOSED', closure_reason: 'MOVED_TO_ANOTHER_COUNCIL', closed_on: today.toString() };
      expect(await hackneyPlan()).toEqual(moved);

      worker = await start();
      await until(async () => (await budgetEnd()) === today.toString());
      await stack.settle();
      const [removed] = await stack.db.asAdmin<{ id: string }>(`SELECT id FROM people.outbox WHERE type = 'DateOfDeathRemoved' AND data->>'personId' = $1`, [a.personId]);
      await until(async () => (await redis.exists(processedMarker(stack.queuePrefix, removed.id, 'reinstate-plans-ended-by-death'))) === 1);
      await worker.close();
      worker = null;
      expect(await hackneyPlan()).toEqual(moved);
      expect((await ok(hackney.practitioner, `query($id: ID!) { plan(id: $id) { closedReason reinstatedOn } }`, { id: a.planId })).plan).toEqual({ closedReason: `Moved to the area of London Borough of Islington on ${today}.`, reinstatedOn: null });
    });
  });
});
