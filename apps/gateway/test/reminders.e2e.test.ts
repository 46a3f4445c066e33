import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { LocalDate, Role, milestoneCode } from '@careplan/domain';
import { createLogger } from '@careplan/runtime';
import { AUTHORITY_A, AUTHORITY_B, redisUrl, tokenFor, until, Frontend } from '@careplan/testing';
import { NOTIFICATIONS_QUEUE, REVIEW_REMINDERS_QUEUE, startWorker, type RunningWorker } from '@careplan/worker';
import { startSmtpReceiver, startWebhookReceiver } from './support/receivers';
import { startStack, type Stack } from './support/stack';

// This suite flushes Redis, so it keeps to a database of its own: other suites share database 0.
const REDIS = (() => {
  const url = new URL(redisUrl());
  url.pathname = '/9';
  return url.toString();
})();
const SECRET = 'hackney-reminders-secret-0123456789abcdef';
jest.setTimeout(90_000);

const TIMING = { deliveryAttempts: 3, deliveryBackoffMs: 200, lockDurationMs: 2000 };
const ROOT = join(__dirname, '..', '..', '..');

let stack: Stack;
let webhook: Awaited<ReturnType<typeof startWebhookReceiver>>;
let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;
let redis: IORedis;
let reminders: Queue;
let notifications: Queue;
let manager: string;
let practitioner: string;
let plan: { planId: string; personId: string };
let worker: RunningWorker | null = null;
let staffIds: { sw: string; tm: string; team: string };
const frontend = new Frontend(() => stack.url);
const { ok, call } = frontend;
const today = LocalDate.today();

const startInProcess = () =>
  startWorker({ redisUrl: REDIS, queuePrefix: stack.queuePrefix, graphUrl: stack.url, handlers: [], authorities: [AUTHORITY_A], smtpUrl: smtp.url, timing: TIMING, port: 0, logger: createLogger('reminders-e2e') });

/** The worker as its own process, from sources, so the test can kill it outright. */
function startChild(): ChildProcess {
  return spawn(process.execPath, ['-r', join(ROOT, 'packages/testing/ts-register.js'), join(ROOT, 'apps/worker/src/main.ts')], {
    env: { ...process.env, REDIS_URL: REDIS, QUEUE_PREFIX: stack.queuePrefix, GRAPH_URL: stack.url, WORKER_PORT: '0', SERVICE_AUTHORITIES: AUTHORITY_A, SMTP_URL: smtp.url, JOB_LOCK_MS: String(TIMING.lockDurationMs), LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
}

async function review(dueDate: LocalDate): Promise<string> {
  const { scheduleReview } = await ok(manager, `mutation($input: ScheduleReviewInput!) { scheduleReview(input: $input) { id } }`, {
    input: { planId: plan.planId, dueDate: dueDate.toString(), kind: 'PLANNED' },
  });
  return scheduleReview.id;
}

const rows = (sql: string, params: unknown[] = []) => stack.db.asAdmin(sql, params);
const remindersOf = (reviewId: string) => rows(`SELECT milestone FROM reviews.reminder WHERE review_id = $1`, [reviewId]);
const deliveriesOf = (reviewId: string) =>
  rows(`SELECT d.id, d.channel, d.state, d.attempts, d.last_error FROM reviews.delivery d JOIN reviews.reminder r ON r.id = d.reminder_id WHERE r.review_id = $1 ORDER BY d.channel`, [reviewId]);
const nothingQueued = async () => {
  // The daily scheduler always keeps its next run delayed in review-reminders: that one is expected.
  const counts = [await reminders.getJobCounts('waiting', 'active', 'prioritized'), await notifications.getJobCounts('waiting', 'active', 'delayed', 'prioritized')];
  return counts.every((c) => Object.values(c).every((n) => n === 0));
};
const allSettled = async (reviewIds: string[]) => {
  for (const id of reviewIds) {
    const d = await deliveriesOf(id);
    if (!d.length || d.some((x) => x.state === 'PENDING')) return false;
  }
  return nothingQueued();
};

beforeAll(async () => {
  stack = await startStack();
  webhook = await startWebhookReceiver(SECRET);
  smtp = await startSmtpReceiver();
  redis = new IORedis(REDIS, { maxRetriesPerRequest: null });
  reminders = new Queue(REVIEW_REMINDERS_QUEUE, { connection: redis, prefix: stack.queuePrefix });
  notifications = new Queue(NOTIFICATIONS_QUEUE, { connection: redis, prefix: stack.queuePrefix });
  manager = await tokenFor({ authority: AUTHORITY_A, userId: 'rem-tm', roles: [Role.TEAM_MANAGER] });
  practitioner = await tokenFor({ authority: AUTHORITY_A, userId: 'rem-sw', roles: [Role.PRACTITIONER] });
  const { createTeam } = await ok(manager, `mutation { createTeam(input: { name: "Reviews North" }) { id } }`);
  const staff = async (userId: string, roles: string[], email: string) =>
    (
      await ok(manager, `mutation($input: PractitionerInput!) { createPractitioner(input: $input) { id } }`, {
        input: { userId, givenName: 'Staff', familyName: userId, roles, teamId: createTeam.id, email },
      })
    ).createPractitioner.id as string;
  const sw = await staff('rem-sw', ['PRACTITIONER'], 'sw.reviews@hackney.example.gov.uk');
  const tm = await staff('rem-tm', ['TEAM_MANAGER'], 'tm.reviews@hackney.example.gov.uk');
  staffIds = { sw, tm, team: createTeam.id };
  const assessor = await frontend.practitioner(AUTHORITY_A, 'rem-assessor');
  plan = await frontend.draftPlan(practitioner, assessor, [{ outcome: 'NUTRITION', unableReasons: ['NEEDS_HELP'] }]);
  const { person } = await ok(practitioner, `query($id: ID!) { person(id: $id) { version } }`, { id: plan.personId });
  await ok(manager, `mutation($input: AllocatePersonInput!) { allocatePerson(input: $input) { id } }`, { input: { personId: plan.personId, version: person.version, practitionerId: sw } });
  await ok(manager, `mutation($input: ReviewSettingsInput!) { updateReviewSettings(input: $input) { version } }`, {
    input: {
      version: 0,
      firstReviewWeeks: 8,
      maxMonthsBetweenReviews: 12,
      reminderLeadDays: [28, 7],
      webhookUrl: webhook.url,
      webhookSecret: SECRET,
      emailFrom: 'care-reviews@hackney.example.gov.uk',
      frontendUrl: 'https://care.hackney.example.gov.uk/',
    },
  });
});

afterAll(async () => {
  await worker?.close();
  await reminders?.close();
  await notifications?.close();
  await redis?.flushdb();
  redis?.disconnect();
  await webhook?.close();
  await smtp?.close();
  await stack?.close();
});

describe('R18 review reminders: once per review and milestone, whatever happens to the worker', () => {
  const milestones: Record<string, string> = {};

  it('R18 two sweeps on top of the boot sweep record one reminder per milestone and deliver each once, signed, with no personal data', async () => {
    milestones[await review(today.plusDays(28))] = 'BEFORE_28';
    milestones[await review(today.plusDays(7))] = 'BEFORE_7';
    milestones[await review(today)] = 'DUE';
    const overdue = await review(today.plusDays(1));
    await rows(`UPDATE reviews.review SET due_date = $2 WHERE id = $1`, [overdue, today.plusDays(-8).toString()]);
    milestones[overdue] = 'OVERDUE_2';
    await review(today.plusDays(40)); // beyond the longest lead time: nothing yet

    worker = await startInProcess();
    await Promise.all([reminders.add('sweep', {}), reminders.add('sweep', {})]);
    const ids = Object.keys(milestones);
    await until(() => allSettled(ids));
    await new Promise((r) => setTimeout(r, 500));
    expect(await nothingQueued()).toBe(true);

    for (const [id, milestone] of Object.entries(milestones)) {
      expect(await remindersOf(id)).toEqual([{ milestone }]);
      const deliveries = await deliveriesOf(id);
      // A webhook per reminder; an e-mail per recipient (the manager too once it is overdue).
      expect(deliveries.map((d) => [d.channel, d.state])).toEqual([
        ...Array(milestone === 'OVERDUE_2' ? 2 : 1).fill(['EMAIL', 'DELIVERED']),
        ['WEBHOOK', 'DELIVERED'],
      ]);
    }
    expect((await rows(`SELECT count(*)::int AS n FROM reviews.reminder`))[0].n).toBe(4);
    // Clients read a milestone as its parts; the key and job id keep the code, as rows and jobs already made do.
    const keys = await rows(`SELECT key, review_id, milestone, due_date::text AS due FROM reviews.reminder`);
    expect(keys.map((r: any) => r.key)).toEqual(keys.map((r: any) => `reminder-${r.review_id}-${r.milestone}-${r.due}`));
    expect(await Promise.all(keys.map(async (r: any) => (await reminders.getJob(r.key))?.data.milestone))).toEqual(keys.map((r: any) => r.milestone));

    expect(webhook.received).toHaveLength(4);
    expect(webhook.received.every((w) => w.signed)).toBe(true);
    expect(Object.fromEntries(webhook.received.map((w) => [w.body.reviewId, w.body.milestone]))).toEqual(milestones);
    const escalated = webhook.received.find((w) => w.body.milestone === 'OVERDUE_2')!;
    expect(escalated.body.recipients).toEqual(expect.arrayContaining([{ userId: 'rem-sw', escalation: false }, { userId: 'rem-tm', escalation: true }]));

    expect(smtp.received).toHaveLength(5);
    expect(smtp.distinct().size).toBe(5);
    expect(smtp.received.filter((m) => m.to.includes('sw.reviews@hackney.example.gov.uk'))).toHaveLength(4);
    const toManager = smtp.received.filter((m) => m.to.includes('tm.reviews@hackney.example.gov.uk'));
    expect(toManager).toHaveLength(1);
    expect(toManager[0].subject).toContain('[Escalation] Review overdue by 2 weeks');
    expect(smtp.received.some((m) => m.raw.includes(`https://care.hackney.example.gov.uk/reviews/${overdue}`))).toBe(true);
    // Built at delivery time from ids: the person's name never leaves in a message.
    for (const text of [...webhook.received.map((w) => w.raw), ...smtp.received.map((m) => m.raw)]) expect(text).not.toMatch(/Olu|Assessed/);

    // Operations read the same counts from the worker's /metrics.
    const metrics = await (await fetch(worker!.healthUrl.replace(/\/health$/, '/metrics'))).text();
    expect(metrics).toMatch(/^careplan_reminders_recorded_total\{service="worker"\} 4$/m);
    expect(metrics).toMatch(/^careplan_deliveries_total\{channel="webhook",outcome="delivered",service="worker"\} 4$/m);
    expect(metrics).toMatch(/^careplan_deliveries_total\{channel="email",outcome="delivered",service="worker"\} 5$/m);
    expect(metrics).toMatch(/^careplan_jobs_total\{queue="review-reminders",job="remind",outcome="completed",service="worker"\} 4$/m);
    expect(metrics).toMatch(/^careplan_jobs_total\{queue="notifications",job="deliver",outcome="completed",service="worker"\} 9$/m);
  });

  it('R18 each member of staff lists their own reminders; the overdue one reached the team manager', async () => {
    const mine = await ok(practitioner, `{ myReminders(first: 10) { edges { node { id escalation readAt reminder { milestone { kind daysBefore weeksOverdue } review { id } } } } } }`);
    expect(mine.myReminders.edges.map((e: any) => milestoneCode(e.node.reminder.milestone)).sort()).toEqual(['BEFORE_28', 'BEFORE_7', 'DUE', 'OVERDUE_2']);
    expect(mine.myReminders.edges.every((e: any) => !e.node.escalation)).toBe(true);
    const managers = await ok(manager, `{ myReminders { edges { node { escalation reminder { milestone { kind daysBefore weeksOverdue } } } } } }`);
    expect(managers.myReminders.edges.map((e: any) => e.node)).toEqual([{ escalation: true, reminder: { milestone: { kind: 'OVERDUE', daysBefore: null, weeksOverdue: 2 } } }]);
    const first = mine.myReminders.edges[0].node.id;
    expect((await ok(practitioner, `mutation($id: ID!) { markReminderRead(input: { id: $id }) { readAt } }`, { id: first })).markReminderRead.readAt).not.toBeNull();
    expect((await ok(practitioner, `{ myReminders(unreadOnly: true) { edges { node { id } } } }`)).myReminders.edges).toHaveLength(3);
    // Another council's staff see none of it, and its service token cannot record A's reminders.
    const other = await tokenFor({ authority: AUTHORITY_B, userId: 'rem-sw', roles: [Role.PRACTITIONER] });
    expect((await ok(other, `{ myReminders { edges { node { id } } } }`)).myReminders.edges).toEqual([]);
    const service = await tokenFor({ authority: AUTHORITY_B, userId: 'careplan-worker', roles: [Role.SERVICE] });
    const overdue = Object.keys(milestones).find((id) => milestones[id] === 'OVERDUE_2')!;
    const res = await call(service, `mutation($id: ID!, $due: LocalDate!) { recordReminders(input: { reminders: [{ reviewId: $id, milestone: { kind: OVERDUE, weeksOverdue: 2 }, dueDate: $due }] }) { id } }`, {
      id: overdue,
      due: today.plusDays(-8).toString(),
    });
    expect(res.data?.recordReminders).toEqual([null]);
    expect(await remindersOf(overdue)).toHaveLength(1);
  });

  it('R18 reviews due can be listed for a team or a practitioner, from allocation in the people subgraph', async () => {
    const due = (args: string) => ok(manager, `{ reviewsDue(from: "${today.plusDays(-30)}", to: "${today.plusDays(30)}"${args}) { edges { node { id } } } }`);
    const ids = (r: any) => r.reviewsDue.edges.map((e: any) => e.node.id).sort();
    const all = ids(await due(''));
    expect(all).toEqual(Object.keys(milestones).sort());
    expect(ids(await due(`, practitioner: "${staffIds.sw}"`))).toEqual(all);
    expect(ids(await due(`, team: "${staffIds.team}"`))).toEqual(all);
    expect(ids(await due(`, practitioner: "${staffIds.tm}"`))).toEqual([]);
  });

  it('R18 a worker killed in the middle of a delivery, then restarted, still gives one reminder and one delivery per channel', async () => {
    await worker!.close();
    worker = null;
    const before = webhook.received.length;
    const id = await review(today.plusDays(5)); // BEFORE_7
    const held = webhook.holdNext();
    const child = startChild();
    await held;
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));

    worker = await startInProcess();
    await until(() => allSettled([id]), 45_000);
    expect(await remindersOf(id)).toEqual([{ milestone: 'BEFORE_7' }]);
    const deliveries = await deliveriesOf(id);
    expect(deliveries.map((d) => [d.channel, d.state])).toEqual([
      ['EMAIL', 'DELIVERED'],
      ['WEBHOOK', 'DELIVERED'],
    ]);
    const webhookDelivery = deliveries.find((d) => d.channel === 'WEBHOOK')!;
    const forThis = webhook.received.slice(before);
    // The killed attempt reached the receiver before the worker died, so the retry repeats it under the
    // same delivery id: receivers drop the repeat by that id (at-least-once, never a second reminder).
    expect(forThis.every((w) => w.deliveryId === webhookDelivery.id && w.signed)).toBe(true);
    expect(forThis).toHaveLength(2);
    expect(webhook.distinct().size).toBe(5);
    expect(smtp.distinct().size).toBe(6);
    expect((await rows(`SELECT count(*)::int AS n FROM reviews.reminder`))[0].n).toBe(5);
  });

  it('R18 Redis flushed and the worker restarted: the scheduler is back, pending deliveries are rebuilt from Postgres, nothing is repeated', async () => {
    webhook.mode = 'fail';
    const id = await review(today.plusDays(6)); // BEFORE_7
    await reminders.add('sweep', {});
    await until(async () => (await deliveriesOf(id)).find((d) => d.channel === 'WEBHOOK' && d.attempts >= 1 && d.state === 'PENDING'));
    await redis.flushdb();
    await worker!.close();
    webhook.mode = 'ok';
    const postsBefore = webhook.received.length;
    worker = await startInProcess();

    const schedulers = await reminders.getJobSchedulers();
    expect(schedulers).toEqual([expect.objectContaining({ key: 'review-reminder-sweep', pattern: '0 6 * * *', tz: 'Europe/London' })]);
    await until(() => allSettled([id]));
    await new Promise((r) => setTimeout(r, 500));
    expect(await remindersOf(id)).toEqual([{ milestone: 'BEFORE_7' }]);
    expect((await deliveriesOf(id)).map((d) => d.state)).toEqual(['DELIVERED', 'DELIVERED']);
    const after = webhook.received.slice(postsBefore);
    // Only the delivery that was still pending went out again; earlier milestones stayed delivered once.
    expect(after.length).toBeGreaterThanOrEqual(1);
    expect(new Set(after.map((w) => w.body.reviewId))).toEqual(new Set([id]));
    expect((await rows(`SELECT count(*)::int AS n FROM reviews.reminder`))[0].n).toBe(6);
    expect(smtp.distinct().size).toBe(7);
  });

  it('R18 a delivery that keeps failing ends FAILED, in view of team managers with the reason, after its retries', async () => {
    webhook.mode = 'fail';
    const id = await review(today.plusDays(3));
    await reminders.add('sweep', {});
    await until(async () => (await deliveriesOf(id)).find((d) => d.channel === 'WEBHOOK' && d.state === 'FAILED'));
    const { reminderDeliveries } = await ok(manager, `{ reminderDeliveries(state: FAILED) { edges { node { channel state attempts lastError reminder { milestone { kind daysBefore } review { id } } } } } }`);
    expect(reminderDeliveries.edges.map((e: any) => e.node)).toEqual([
      { channel: 'WEBHOOK', state: 'FAILED', attempts: TIMING.deliveryAttempts, lastError: 'the webhook answered 500', reminder: { milestone: { kind: 'BEFORE', daysBefore: 7 }, review: { id } } },
    ]);
    expect((await call(practitioner, `{ reminderDeliveries(state: FAILED) { edges { node { id } } } }`)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    webhook.mode = 'ok';
  });

  it('R17 R18 a reminder whose review was completed before it went is withdrawn: recorded as WITHDRAWN, never sent', async () => {
    await worker!.close();
    worker = null;
    const sent = { webhooks: webhook.received.length, emails: smtp.received.length };
    const id = await review(today.plusDays(2)); // BEFORE_7
    // Recorded while no worker runs, so its deliveries wait in Postgres; then the review is called off.
    const service = await tokenFor({ authority: AUTHORITY_A, userId: 'careplan-worker', roles: [Role.SERVICE] });
    await ok(service, `mutation($id: ID!, $due: LocalDate!) { recordReminders(input: { reminders: [{ reviewId: $id, milestone: { kind: BEFORE, daysBefore: 7 }, dueDate: $due }] }) { id } }`, {
      id,
      due: today.plusDays(2).toString(),
    });
    expect((await deliveriesOf(id)).map((d) => d.state)).toEqual(['PENDING', 'PENDING']);
    const conducted = await frontend.conductReview(manager, { id, version: 1 });
    await ok(manager, `mutation($input: CompleteReviewInput!) { completeReview(input: $input) { status } }`, { input: { id, version: conducted.version, outcome: 'NO_CHANGE' } });

    // The restarted worker queues the pending deliveries again from Postgres; each finds its review closed.
    worker = await startInProcess();
    await until(() => allSettled([id]));
    await new Promise((r) => setTimeout(r, 500));
    expect((await deliveriesOf(id)).map((d) => [d.channel, d.state, d.attempts, d.last_error])).toEqual([
      ['EMAIL', 'WITHDRAWN', 1, 'the review is completed'],
      ['WEBHOOK', 'WITHDRAWN', 1, 'the review is completed'],
    ]);
    expect(webhook.received.slice(sent.webhooks).filter((w) => w.body.reviewId === id)).toEqual([]);
    expect(smtp.received.slice(sent.emails).filter((m) => m.raw.includes(id))).toEqual([]);
    const { reminderDeliveries } = await ok(manager, `{ reminderDeliveries(state: WITHDRAWN) { edges { node { channel reminder { review { id status } } } } } }`);
    expect(reminderDeliveries.edges.map((e: any) => e.node.reminder.review)).toEqual([
      { id, status: 'COMPLETED' },
      { id, status: 'COMPLETED' },
    ]);
    // A withdrawal claimed for a review still open is not recorded: the delivery stays as it was.
    const open = await review(today.plusDays(3));
    const [reminder] = (
      await ok(service, `mutation($id: ID!, $due: LocalDate!) { recordReminders(input: { reminders: [{ reviewId: $id, milestone: { kind: BEFORE, daysBefore: 7 }, dueDate: $due }] }) { deliveries { id } } }`, {
        id: open,
        due: today.plusDays(3).toString(),
      })
    ).recordReminders;
    const claimed = reminder.deliveries[0].id;
    const { recordDeliveryAttempts } = await ok(service, `mutation($id: ID!) { recordDeliveryAttempts(input: { attempts: [{ id: $id, delivered: false, final: true, withdrawn: true }] }) { state attempts } }`, { id: claimed });
    expect(recordDeliveryAttempts).toEqual([{ state: 'PENDING', attempts: 0 }]);
  });

  it('R18 a milestone given with a number its kind does not take is BAD_USER_INPUT naming milestone; nothing is recorded', async () => {
    const id = await review(today.plusDays(40)); // beyond every lead time: no sweep records it either
    const service = await tokenFor({ authority: AUTHORITY_A, userId: 'careplan-worker', roles: [Role.SERVICE] });
    const RECORD = `mutation($input: RecordRemindersInput!) { recordReminders(input: $input) { id } }`;
    for (const milestone of [{ kind: 'DUE', daysBefore: 7 }, { kind: 'BEFORE' }, { kind: 'OVERDUE', weeksOverdue: 0 }]) {
      const res = await call(service, RECORD, { input: { reminders: [{ reviewId: id, milestone, dueDate: today.plusDays(40).toString() }] } });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'milestone' });
    }
    expect(await remindersOf(id)).toEqual([]);
  });
});

describe('R13 per-authority review settings', () => {
  it('R13 a council’s own first-review interval applies; bad settings are refused and change nothing', async () => {
    const bad = await call(manager, `mutation($input: ReviewSettingsInput!) { updateReviewSettings(input: $input) { version } }`, {
      input: { version: 1, firstReviewWeeks: 6, maxMonthsBetweenReviews: 12, reminderLeadDays: [0] },
    });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reminderLeadDays' });
    const noSecret = await call(manager, `mutation($input: ReviewSettingsInput!) { updateReviewSettings(input: $input) { version } }`, {
      input: { version: 1, firstReviewWeeks: 6, maxMonthsBetweenReviews: 12, reminderLeadDays: [28, 7], webhookUrl: webhook.url, webhookSecret: '' },
    });
    expect(noSecret.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'webhookSecret' });
    expect((await ok(manager, `{ reviewSettings { version firstReviewWeeks webhookSecretSet } }`)).reviewSettings).toEqual({ version: 1, firstReviewWeeks: 8, webhookSecretSet: true });
    // The secret is sealed at rest: the database holds ciphertext, never the secret itself.
    const [stored] = await rows(`SELECT webhook_secret FROM reviews.review_settings WHERE authority_code = $1`, [AUTHORITY_A]);
    expect(stored.webhook_secret).toMatch(/^v1:/);
    expect(stored.webhook_secret).not.toContain(SECRET);

    const saved = await ok(manager, `mutation($input: ReviewSettingsInput!) { updateReviewSettings(input: $input) { version firstReviewWeeks webhookSecretSet } }`, {
      input: { version: 1, firstReviewWeeks: 6, maxMonthsBetweenReviews: 12, reminderLeadDays: [28, 7], webhookUrl: webhook.url },
    });
    expect(saved.updateReviewSettings).toEqual({ version: 2, firstReviewWeeks: 6, webhookSecretSet: true });
    const service = await tokenFor({ authority: AUTHORITY_A, userId: 'careplan-worker', roles: [Role.SERVICE] });
    const { schedulePlannedReview } = await ok(service, `mutation($plan: ID!, $on: LocalDate!) { schedulePlannedReview(input: { planId: $plan, after: SIGN_OFF, on: $on, key: "settings-test" }) { dueDate } }`, {
      plan: plan.planId,
      on: today.toString(),
    });
    expect(schedulePlannedReview.dueDate).toBe(today.plusWeeks(6).toString());
  });
});
