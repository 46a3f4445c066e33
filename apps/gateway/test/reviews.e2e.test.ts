import { randomUUID } from 'node:crypto';
import { LocalDate, Nation, Role, firstPlannedReviewDue, nextPlannedReviewDue } from '@careplan/domain';
import { AUTHORITY_A, redisUrl, tokenFor, until, Frontend } from '@careplan/testing';
import { processedMarker } from '@careplan/worker';
import IORedis from 'ioredis';
import { startStack, type Stack } from './support/stack';

let stack: Stack;
let practitioner: string;
let approver: string;
let finance: string;
let assessor: string;
const frontend = new Frontend(() => stack.url);
const { ok, call } = frontend;

const REVIEWS = `query($id: ID!) { plan(id: $id) { reviews { id version kind dueDate status } } }`;
const COMPLETE = `mutation($input: CompleteReviewInput!) { completeReview(input: $input) { status version } }`;
const CLOSE_PLAN = `mutation($input: ClosePlanInput!) { closePlan(input: $input) { status version closedOn closedReason closureReason } }`;
const OUTCOME = `query($id: ID!) {
  review(id: $id) { status version outcome needsChanged closureReasons otherHelp closureStatement newPlan { id planVersion previousVersionId } reassessment { id person { id } } }
}`;
const CLOSE = { closureReasons: 'Your needs are now met by NHS continuing healthcare.', otherHelp: 'The carers centre and the Age UK advice line remain open to you.' };

/** Waits until the worker's handler has run for every event of this type a subgraph recorded about the person. */
async function handled(schema: string, type: string, personId: string, handler: string): Promise<void> {
  await stack.settle();
  const events = await stack.db.asAdmin<{ id: string }>(`SELECT id FROM ${schema}.outbox WHERE type = $1 AND data->>'personId' = $2`, [type, personId]);
  const redis = new IORedis(redisUrl(), { maxRetriesPerRequest: null });
  try {
    await until(async () => (await Promise.all(events.map((e) => redis.exists(processedMarker(stack.queuePrefix, e.id, handler))))).every((n) => n === 1));
  } finally {
    redis.disconnect();
  }
}

/** A signed-off, active plan (with its revision prepared, when asked) and its first review, conducted: ready to complete. */
async function reviewReadyToComplete(options: { revise?: boolean } = {}) {
  const p = await frontend.completePlan(practitioner, assessor);
  const agreed = await frontend.signOff(practitioner, p, approver, finance);
  const active = await frontend.step(practitioner, 'activatePlan', p.planId, agreed.version);
  const revisionId: string | null = options.revise ? (await frontend.step(practitioner, 'revisePlan', p.planId, active.version)).id : null;
  const first = await until(async () => (await ok(practitioner, REVIEWS, { id: p.planId })).plan.reviews[0]);
  return { ...p, revisionId, review: await frontend.conductReview(practitioner, first) };
}

beforeAll(async () => {
  stack = await startStack(undefined, { worker: true });
  ({ practitioner, finance, assessor, approver } = await frontend.planningTeam(AUTHORITY_A, 'review'));
});

afterAll(async () => {
  await stack?.close();
});

describe('reviews happen on time, without anyone asking', () => {
  it('R13 agreeing a plan schedules the first review 8 weeks out; completing it schedules the next at the agreed frequency', async () => {
    const p = await frontend.completePlan(practitioner, assessor);
    const agreed = await frontend.signOff(practitioner, p, approver, finance);
    expect(agreed.status).toBe('AGREED');
    const today = LocalDate.today();

    const first = await until(async () => (await ok(practitioner, REVIEWS, { id: p.planId })).plan.reviews[0]);
    expect(first).toMatchObject({ kind: 'PLANNED', dueDate: firstPlannedReviewDue(today).toString(), status: 'SCHEDULED' });

    const conducted = await frontend.conductReview(practitioner, first);
    const { completeReview } = await ok(practitioner, `mutation($input: CompleteReviewInput!) { completeReview(input: $input) { status completedOn outcome } }`, {
      input: { id: first.id, version: conducted.version, outcome: 'NO_CHANGE' },
    });
    expect(completeReview).toMatchObject({ status: 'COMPLETED', outcome: 'NO_CHANGE' });
    const reviews = await until(async () => {
      const all = (await ok(practitioner, REVIEWS, { id: p.planId })).plan.reviews;
      return all.length === 2 ? all : undefined;
    });
    expect(reviews[1]).toMatchObject({ kind: 'PLANNED', dueDate: nextPlannedReviewDue(today, null).toString(), status: 'SCHEDULED' });

    // Each event scheduled exactly one review, however often it is redelivered.
    await stack.settle();
    expect(await stack.db.asAdmin(`SELECT count(*)::int AS n FROM reviews.review WHERE plan_id = $1`, [p.planId])).toEqual([{ n: 2 }]);
  });

  it('R12a R17 a direct payment gets its review 6 months after the first payment; closing the plan (and only that) cancels its open reviews, each readable with why', async () => {
    const p = await frontend.completePlan(practitioner, assessor);
    const agreed = await frontend.signOff(practitioner, p, approver, finance);
    const budget = await frontend.holdAsDirectPayment(finance, p.planId, 10_000);
    await frontend.setUpDirectPayment(finance, budget.id, 10_000, '2026-12-07');
    const reviews = await until(async () => {
      const all = (await ok(practitioner, REVIEWS, { id: p.planId })).plan.reviews;
      return all.length === 2 ? all : undefined;
    });
    expect(reviews.map((r: { kind: string; dueDate: string }) => [r.kind, r.dueDate]).sort()).toEqual([
      ['DIRECT_PAYMENT', '2027-06-07'],
      ['PLANNED', firstPlannedReviewDue(LocalDate.today()).toString()],
    ]);
    const { reviewsDue } = await ok(practitioner, `{ reviewsDue(from: "2027-06-01", to: "2027-06-30") { edges { node { id kind } } } }`);
    expect(reviewsDue.edges.map((e: { node: { kind: string } }) => e.node.kind)).toContain('DIRECT_PAYMENT');
    const { reviewCounts } = await ok(practitioner, `{ reviewCounts { status count } }`);
    expect(reviewCounts.find((c: { status: string }) => c.status === 'SCHEDULED').count).toBeGreaterThanOrEqual(2);

    const step = async (mutation: string, version: number) =>
      (await ok(practitioner, `mutation($id: ID!, $v: Int!) { ${mutation}(input: { id: $id, version: $v }) { version status } }`, { id: p.planId, v: version }))[mutation];
    const active = await step('activatePlan', agreed.version);
    // Reviews of a plan in force are not called off: only the worker, once the plan has ended.
    const CANCEL = `mutation($plan: ID!) { cancelOpenReviews(input: { planId: $plan, reason: "Not wanted any more." }) { id } }`;
    const worker = await tokenFor({ authority: AUTHORITY_A, userId: 'careplan-worker', roles: [Role.SERVICE] });
    expect((await call(worker, CANCEL, { plan: p.planId })).errors?.[0].extensions?.code).toBe('CONFLICT');
    const manager = await tokenFor({ authority: AUTHORITY_A, userId: 'tm-cancel', roles: [Role.TEAM_MANAGER] });
    expect((await call(manager, CANCEL, { plan: p.planId })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await ok(practitioner, REVIEWS, { id: p.planId })).plan.reviews.map((r: { status: string }) => r.status)).not.toContain('CANCELLED');
    await ok(practitioner, CLOSE_PLAN, { input: { id: p.planId, version: active.version, reason: 'MOVED_TO_ANOTHER_COUNCIL', details: 'Moved to Cardiff, which now meets her needs.' } });
    const after = await until(async () => {
      const all = (await ok(practitioner, REVIEWS, { id: p.planId })).plan.reviews;
      return all.every((r: { status: string }) => r.status === 'CANCELLED') ? all : undefined;
    });
    expect(after).toHaveLength(2);
    const { review } = await ok(practitioner, `query($id: ID!) { review(id: $id) { cancelledReason } }`, { id: after[0].id });
    expect(review).toEqual({ cancelledReason: 'the plan was closed' });
  });

  it('R12a a completed direct-payment review schedules the next, 12 months on, with nobody asking', async () => {
    const p = await frontend.completePlan(practitioner, assessor);
    await frontend.signOff(practitioner, p, approver, finance);
    const budget = await frontend.holdAsDirectPayment(finance, p.planId, 10_000);
    await frontend.setUpDirectPayment(finance, budget.id, 10_000, LocalDate.today().toString());
    const dpReviews = async () => (await ok(practitioner, REVIEWS, { id: p.planId })).plan.reviews.filter((r: { kind: string }) => r.kind === 'DIRECT_PAYMENT');
    const [first] = await until(async () => ((await dpReviews()).length === 1 ? dpReviews() : undefined));
    const conducted = await frontend.conductReview(practitioner, first);
    await ok(practitioner, `mutation($input: CompleteReviewInput!) { completeReview(input: $input) { status } }`, { input: { id: first.id, version: conducted.version, outcome: 'NO_CHANGE' } });
    const both = await until(async () => ((await dpReviews()).length === 2 ? dpReviews() : undefined));
    expect(both.find((r: { id: string }) => r.id !== first.id)).toMatchObject({ dueDate: LocalDate.today().plusMonths(12).toString(), status: 'SCHEDULED' });
  });

  it('R9 R13 an agreed revision replaces the plan in force: its open review is cancelled and the revision gets its own first review', async () => {
    const p = await frontend.completePlan(practitioner, assessor);
    const agreed = await frontend.signOff(practitioner, p, approver, finance);
    const first = await until(async () => (await ok(practitioner, REVIEWS, { id: p.planId })).plan.reviews[0]);
    const inForce = await frontend.step(practitioner, 'activatePlan', p.planId, agreed.version);
    const revision = await frontend.step(practitioner, 'revisePlan', p.planId, inForce.version);
    await ok(practitioner, `mutation($input: CreatePersonalBudgetInput!) { createPersonalBudget(input: $input) { id } }`, {
      input: { planId: revision.id, indicativeWeeklyPence: 35_250, indicativeExplanation: 'From the council’s resource allocation system for the needs assessed.' },
    });
    // While the revision is prepared, the plan in force keeps its review.
    expect((await ok(practitioner, REVIEWS, { id: p.planId })).plan.reviews).toEqual([expect.objectContaining({ id: first.id, status: 'SCHEDULED' })]);
    await frontend.signOff(practitioner, { planId: revision.id, version: revision.version }, approver, finance);
    const cancelled = await until(async () => {
      const [review] = (await ok(practitioner, REVIEWS, { id: p.planId })).plan.reviews;
      return review.status === 'CANCELLED' ? review : undefined;
    });
    expect(cancelled.id).toBe(first.id);
    const revisionFirst = await until(async () => (await ok(practitioner, REVIEWS, { id: revision.id })).plan.reviews[0]);
    expect(revisionFirst).toMatchObject({ kind: 'PLANNED', status: 'SCHEDULED' });
  });

  it('R17 the plan follows its review: under review once the review starts (and not before), active again after a review that changed nothing', async () => {
    const p = await frontend.completePlan(practitioner, assessor);
    const agreed = await frontend.signOff(practitioner, p, approver, finance);
    await ok(practitioner, `mutation($id: ID!, $v: Int!) { activatePlan(input: { id: $id, version: $v }) { id } }`, { id: p.planId, v: agreed.version });
    const first = await until(async () => (await ok(practitioner, REVIEWS, { id: p.planId })).plan.reviews[0]);
    const STATUS = `query($id: ID!) { plan(id: $id) { status } }`;
    // Nobody puts a plan under review on their word alone: with no review of it in progress, it stays in force.
    const service = await tokenFor({ authority: AUTHORITY_A, userId: 'careplan-worker', roles: [Role.SERVICE] });
    const FOLLOW = `mutation($id: ID!, $review: ReviewProgress!) { followReview(input: { planId: $id, review: $review }) { status } }`;
    expect((await ok(service, FOLLOW, { id: p.planId, review: 'STARTED' })).followReview.status).toBe('ACTIVE');
    const conducted = await frontend.conductReview(practitioner, first);
    expect(await until(async () => ((await ok(practitioner, STATUS, { id: p.planId })).plan.status === 'UNDER_REVIEW' ? true : undefined))).toBe(true);
    await ok(practitioner, `mutation($input: CompleteReviewInput!) { completeReview(input: $input) { status } }`, { input: { id: first.id, version: conducted.version, outcome: 'NO_CHANGE' } });
    expect(await until(async () => ((await ok(practitioner, STATUS, { id: p.planId })).plan.status === 'ACTIVE' ? true : undefined))).toBe(true);
  });

  it('R17 a review cannot be completed with an outcome the nation does not use, nor twice', async () => {
    const p = await frontend.completePlan(practitioner, assessor);
    await frontend.signOff(practitioner, p, approver, finance);
    const review = await frontend.conductReview(practitioner, await until(async () => (await ok(practitioner, REVIEWS, { id: p.planId })).plan.reviews[0]));
    const welsh = await call(practitioner, COMPLETE, { input: { id: review.id, version: review.version, outcome: 'CONFIRM' } });
    expect(welsh.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'outcome' });
    const close = await frontend.call(practitioner, COMPLETE, { input: { id: review.id, version: review.version, outcome: 'CLOSE', closureReasons: 'x' } });
    expect(close.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R17' });
    const done = (await ok(practitioner, COMPLETE, { input: { id: review.id, version: review.version, outcome: 'NO_CHANGE' } })).completeReview;
    expect((await frontend.call(practitioner, COMPLETE, { input: { id: review.id, version: done.version, outcome: 'NO_CHANGE' } })).errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('R17 a REVISE outcome links a new version of the same person’s plan, and their reassessment; anything else is refused and changes nothing', async () => {
    const someoneElse = await frontend.draftPlan(practitioner, assessor, [{ outcome: 'NUTRITION', unableReasons: ['NEEDS_HELP'] }]);
    const { planId, personId, revisionId, review } = await reviewReadyToComplete({ revise: true });
    const samePerson = (await ok(practitioner, `mutation($input: CreatePlanInput!) { createPlan(input: $input) { id } }`, { input: { personId } })).createPlan.id;
    const assessmentOf = async (id: string) => (await ok(practitioner, `query($id: ID!) { plan(id: $id) { assessment { id } } }`, { id })).plan.assessment.id as string;
    const [own, theirs] = [await assessmentOf(planId), await assessmentOf(someoneElse.planId)];
    const revise = (over: Record<string, unknown>) => call(practitioner, COMPLETE, { input: { id: review.id, version: review.version, outcome: 'REVISE', needsChanged: false, ...over } });

    for (const refused of [
      { newPlanId: randomUUID() }, // no such plan
      { newPlanId: someoneElse.planId }, // another person's
      { newPlanId: planId }, // the reviewed plan itself
      { newPlanId: samePerson }, // the same person's, but not a version of the reviewed plan
      { newPlanId: revisionId, needsChanged: true, reassessmentId: theirs }, // another person's reassessment
    ]) {
      expect((await revise(refused)).errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R17' });
    }
    expect((await ok(practitioner, OUTCOME, { id: review.id })).review).toMatchObject({ status: 'IN_PROGRESS', version: review.version, outcome: null, newPlan: null, reassessment: null });

    expect((await revise({ newPlanId: revisionId, needsChanged: true, reassessmentId: own })).data?.completeReview.status).toBe('COMPLETED');
    expect((await ok(practitioner, OUTCOME, { id: review.id })).review).toEqual({
      status: 'COMPLETED',
      version: review.version + 1,
      outcome: 'REVISE',
      needsChanged: true,
      newPlan: { id: revisionId, planVersion: 2, previousVersionId: planId },
      reassessment: { id: own, person: { id: personId } },
      closureReasons: null,
      otherHelp: null,
      closureStatement: null,
    });
  });

  it('R12a a closed plan pays nothing more: its budget and its direct payments, active or suspended, end on the day it closed with its reason, once; nothing is changed or set up under it', async () => {
    const p = await frontend.completePlan(practitioner, assessor);
    const agreed = await frontend.signOff(practitioner, p, approver, finance);
    const budget = await frontend.holdAsDirectPayment(finance, p.planId, 20_000);
    const today = LocalDate.today().toString();
    const active = await frontend.setUpDirectPayment(finance, budget.id, 10_000, today);
    const suspended = await frontend.setUpDirectPayment(finance, budget.id, 10_000, today);
    await ok(finance, `mutation($input: ChangeDirectPaymentInput!) { changeDirectPayment(input: $input) { status } }`, {
      input: { id: suspended.id, version: suspended.version, action: 'SUSPEND', reason: 'In hospital for a fortnight.' },
    });
    const DUE = `{ paymentsDueThisWeek(first: 100) { edges { node { directPayment { id } } } } }`;
    const due = async () => (await ok(finance, DUE)).paymentsDueThisWeek.edges.map((e: { node: { directPayment: { id: string } } }) => e.node.directPayment.id);
    expect(await due()).toContain(active.id);

    // While the plan is open the service step refuses, and changes nothing.
    const service = await tokenFor({ authority: AUTHORITY_A, userId: 'careplan-worker', roles: [Role.SERVICE] });
    const END = `mutation($plan: ID!) { endBudgetOfEndedPlan(input: { planId: $plan }) { id version endedOn } }`;
    expect((await call(service, END, { plan: p.planId })).errors?.[0].extensions?.code).toBe('CONFLICT');
    const DPS = `query($id: ID!) { person(id: $id) { directPayments { id status endedOn statusReason } } }`;
    const statuses = async () => (await ok(practitioner, DPS, { id: p.personId })).person.directPayments;
    expect((await statuses()).map((d: { status: string }) => d.status)).toEqual(['ACTIVE', 'SUSPENDED']);

    const details = 'Moved to Leeds to live with her daughter.';
    const closed = (await ok(practitioner, CLOSE_PLAN, { input: { id: p.planId, version: agreed.version, reason: 'MOVED_TO_ANOTHER_COUNCIL', details } })).closePlan;
    const ended = await until(async () => {
      const all = await statuses();
      return all.every((d: { status: string }) => d.status === 'ENDED') ? all : undefined;
    });
    const reason = `The plan ended on ${closed.closedOn}: ${details}`;
    expect(ended).toEqual([
      { id: active.id, status: 'ENDED', endedOn: closed.closedOn, statusReason: reason },
      { id: suspended.id, status: 'ENDED', endedOn: closed.closedOn, statusReason: reason },
    ]);
    expect(await due()).not.toContain(active.id);
    const refused = await frontend.attemptDirectPayment(finance, budget.id, 10_000, today);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R12a' });
    expect(await statuses()).toHaveLength(2);
    const BUDGET = `query($id: ID!) { personalBudget(id: $id) { id version endedOn management { directPayment { pence } } } }`;
    const endedBudget = (await ok(finance, BUDGET, { id: budget.id })).personalBudget;
    expect(endedBudget).toMatchObject({ endedOn: closed.closedOn, management: { directPayment: { pence: 20_000 } } });
    const moved = await call(finance, `mutation($input: BudgetManagementInput!) { setBudgetManagement(input: $input) { id } }`, {
      input: { id: budget.id, version: endedBudget.version, councilManagedPence: 35_250, directPaymentPence: 0, individualServiceFundPence: 0 },
    });
    expect(moved.errors?.[0]).toMatchObject({ message: expect.stringContaining(closed.closedOn), extensions: { code: 'CONFLICT' } });
    expect((await ok(finance, BUDGET, { id: budget.id })).personalBudget).toEqual(endedBudget);

    // Whatever retries: the step again changes nothing, and each payment's ending was recorded once.
    expect((await ok(service, END, { plan: p.planId })).endBudgetOfEndedPlan).toEqual({ id: budget.id, version: endedBudget.version, endedOn: closed.closedOn });
    await stack.settle();
    expect(await stack.db.asAdmin(`SELECT count(*)::int AS n FROM budgets.outbox WHERE type = 'DirectPaymentEnded' AND data->>'personId' = $1`, [p.personId])).toEqual([{ n: 2 }]);
  });

  it('R11b a revision’s budget holds the direct payments that go on from the version it replaces: one more on top of them is refused, as is a part too small for them', async () => {
    const p = await frontend.completePlan(practitioner, assessor);
    const agreed = await frontend.signOff(practitioner, p, approver, finance);
    const active = await frontend.step(practitioner, 'activatePlan', p.planId, agreed.version);
    const before = await frontend.holdAsDirectPayment(finance, p.planId, 10_000);
    const today = LocalDate.today().toString();
    await frontend.setUpDirectPayment(finance, before.id, 10_000, today);
    const revision = await frontend.step(practitioner, 'revisePlan', p.planId, active.version);
    await ok(practitioner, `mutation($input: CreatePersonalBudgetInput!) { createPersonalBudget(input: $input) { id } }`, {
      input: { planId: revision.id, indicativeWeeklyPence: 35_250, indicativeExplanation: 'The cost of the same support as the plan in force.' },
    });
    const final = await frontend.finaliseBudget(practitioner, finance, revision.id);
    const MANAGE = `mutation($input: BudgetManagementInput!) { setBudgetManagement(input: $input) { id } }`;
    const tooSmall = await call(finance, MANAGE, { input: { id: final.id, version: final.version, councilManagedPence: 30_250, directPaymentPence: 5_000, individualServiceFundPence: 0 } });
    expect(tooSmall.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R11b' });
    const after = await frontend.holdAsDirectPayment(finance, revision.id, 10_000);
    const second = await frontend.attemptDirectPayment(finance, after.id, 10_000, today);
    expect(second.errors?.[0]).toMatchObject({ message: expect.stringContaining('20000 pence a week'), extensions: { code: 'RULE_VIOLATION', rule: 'R11b' } });
    expect((await ok(practitioner, `query($id: ID!) { person(id: $id) { directPayments { id } } }`, { id: p.personId })).person.directPayments).toHaveLength(1);
  });

  it('R17 R2b R9 a CLOSE outcome closes the plan once, through the worker, with the review’s reasons and a closure letter in the person’s format; a revision being prepared is withdrawn', async () => {
    const { planId, personId, review, revisionId } = await reviewReadyToComplete({ revise: true });
    await ok(practitioner, `mutation($input: SetCommunicationNeedsInput!) { setCommunicationNeeds(input: $input) { formats } }`, {
      input: { personId, formats: ['EASY_READ'], interpreterRequired: false, postOnly: true, reviewOn: LocalDate.today().plusMonths(12).toString() },
    });
    await ok(practitioner, COMPLETE, { input: { id: review.id, version: review.version, outcome: 'CLOSE', newPlanId: planId, ...CLOSE } });
    expect((await ok(practitioner, OUTCOME, { id: review.id })).review).toMatchObject({ outcome: 'CLOSE', ...CLOSE, closureStatement: null, newPlan: null, needsChanged: null });

    const PLAN = `query($id: ID!) {
      plan(id: $id) { status version closedReason closureReason closedAfterReview { id outcome closureReasons } closureLetter { format html issuedOn } }
    }`;
    const closed = await until(async () => {
      const { plan } = await ok(practitioner, PLAN, { id: planId });
      return plan.status === 'CLOSED' ? plan : undefined;
    });
    expect(closed).toMatchObject({ closedReason: CLOSE.closureReasons, closureReason: 'AFTER_REVIEW', closedAfterReview: { id: review.id, outcome: 'CLOSE', closureReasons: CLOSE.closureReasons } });
    expect(closed.closureLetter).toMatchObject({ format: 'EASY_READ', issuedOn: LocalDate.today().toString() });
    expect(closed.closureLetter.html).toContain('<li>Your needs are now met by NHS continuing healthcare.</li>');
    expect(closed.closureLetter.html).toContain('The carers centre and the Age UK advice line remain open to you.');
    const REVISION = `query($id: ID!) { plan(id: $id) { status withdrawnOn withdrawalReason withdrawalDetails } }`;
    expect((await ok(practitioner, REVISION, { id: revisionId })).plan).toEqual({
      status: 'WITHDRAWN',
      withdrawnOn: LocalDate.today().toString(),
      withdrawalReason: 'REVISED_PLAN_ENDED',
      withdrawalDetails: `Version 1, which this revised, closed on ${LocalDate.today()}.`,
    });

    // Whatever retries: the worker's call again returns the plan as it is, with one letter and one PlanClosed.
    const service = await tokenFor({ authority: AUTHORITY_A, userId: 'careplan-worker', roles: [Role.SERVICE] });
    const again = await ok(service, `mutation($input: ClosePlanAfterReviewInput!) { closePlanAfterReview(input: $input) { status version } }`, { input: { planId, reviewId: review.id } });
    expect(again.closePlanAfterReview).toEqual({ status: 'CLOSED', version: closed.version });
    await stack.settle();
    expect(await stack.db.asAdmin(`SELECT count(*)::int AS n FROM plans.plan_closure_letter WHERE plan_id = $1`, [planId])).toEqual([{ n: 1 }]);
    expect(await stack.db.asAdmin(`SELECT count(*)::int AS n FROM plans.outbox WHERE type = 'PlanClosed' AND data->>'planId' = $1`, [planId])).toEqual([{ n: 1 }]);
  });

  it('R17 a plan closes without a completed review only when the person died, as their record shows, or moved to another council; otherwise nothing changes', async () => {
    const p = await frontend.completePlan(practitioner, assessor);
    const agreed = await frontend.signOff(practitioner, p, approver, finance);
    const open = await until(async () => (await ok(practitioner, REVIEWS, { id: p.planId })).plan.reviews[0]);
    const details = 'Her needs are now met by NHS continuing healthcare.';
    const refused = await call(practitioner, CLOSE_PLAN, { input: { id: p.planId, version: agreed.version, reason: 'AFTER_REVIEW', details } });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R17' });
    // Nor may the service path close it after a review that is not a completed CLOSE review of it.
    const service = await tokenFor({ authority: AUTHORITY_A, userId: 'careplan-worker', roles: [Role.SERVICE] });
    const early = await call(service, `mutation($input: ClosePlanAfterReviewInput!) { closePlanAfterReview(input: $input) { status } }`, { input: { planId: p.planId, reviewId: open.id } });
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R17' });
    const unchanged = `query($id: ID!) { plan(id: $id) { status version closedOn closureReason closedAfterReview { id } closureLetter { id } } }`;
    expect((await ok(practitioner, unchanged, { id: p.planId })).plan).toEqual({ status: 'AGREED', version: agreed.version, closedOn: null, closureReason: null, closedAfterReview: null, closureLetter: null });

    // A death closes it only on the date the person's record holds: none is recorded yet.
    const unrecorded = await call(practitioner, CLOSE_PLAN, { input: { id: p.planId, version: agreed.version, reason: 'DIED', details: 'Her son phoned to say she died on Sunday.' } });
    expect(unrecorded.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R17' });
    expect((await ok(practitioner, unchanged, { id: p.planId })).plan).toMatchObject({ status: 'AGREED', version: agreed.version, closedOn: null });

    const moved = (await ok(practitioner, CLOSE_PLAN, { input: { id: p.planId, version: agreed.version, reason: 'MOVED_TO_ANOTHER_COUNCIL', details: 'Moved to Leeds to live with her daughter.' } })).closePlan;
    expect(moved).toEqual({ status: 'CLOSED', version: agreed.version + 1, closedOn: LocalDate.today().toString(), closedReason: 'Moved to Leeds to live with her daughter.', closureReason: 'MOVED_TO_ANOTHER_COUNCIL' });
  });

  it('R17 R12a R9 a recorded death ends the person’s care on the date of death: their plans in force close as DIED that day, with their budgets and direct payments, and their reviews are cancelled; plans not yet agreed and assessments not yet completed are withdrawn that day, and no assessment is requested; a date of death corrected moves each of those ends to the day it now holds', async () => {
    const p = await frontend.completePlan(practitioner, assessor);
    const agreed = await frontend.signOff(practitioner, p, approver, finance);
    const today = LocalDate.today();
    const budget = await frontend.holdAsDirectPayment(finance, p.planId, 10_000);
    const dp = await frontend.setUpDirectPayment(finance, budget.id, 10_000, today.plusDays(-14).toString());
    const review = await until(async () => (await ok(practitioner, REVIEWS, { id: p.planId })).plan.reviews[0]);
    // Another person, whose plan is approved with its final budget but not yet agreed.
    const other = await frontend.completePlan(practitioner, assessor);
    const submitted = await frontend.submitForApproval(practitioner, other);
    const approved = await frontend.step(approver, 'approvePlan', other.planId, submitted.version);
    await frontend.finaliseBudget(practitioner, finance, other.planId);
    // A third, whose plan is still a draft, its budget indicative in finance's queue.
    const drafted = await frontend.completePlan(practitioner, assessor);
    const QUEUE = `query($after: String) { budgetsAwaitingFinalisation(first: 50, after: $after) { edges { node { id plan { id } } } pageInfo { hasNextPage endCursor } } }`;
    const queued = async () => (await frontend.pagesToEnd<{ id: string; plan: { id: string } }>(finance, QUEUE, 'budgetsAwaitingFinalisation', {}, 100)).flatMap((page) => page.edges.map((e) => e.node.plan.id));
    expect(await queued()).toContain(drafted.planId);
    // And a reassessment the third person asked for, not yet started.
    const ASSESSMENT = `query($id: ID!) { assessment(id: $id) { status withdrawnOn withdrawnReason } }`;
    const REQUEST = `mutation($person: ID!) { createAssessment(input: { personId: $person }) { id } }`;
    const requested = (await ok(practitioner, REQUEST, { person: drafted.personId })).createAssessment;

    // Each death is recorded days after it happened.
    const died = today.plusDays(-3).toString();
    await frontend.recordDeath(practitioner, p.personId, died);
    await frontend.recordDeath(practitioner, other.personId, died);
    await frontend.recordDeath(practitioner, drafted.personId, died);

    const PLAN = `query($id: ID!) { plan(id: $id) { status version closedOn closedReason closureReason personalBudget { endedOn } reviews { id status } } }`;
    const closed = await until(async () => {
      const { plan } = await ok(practitioner, PLAN, { id: p.planId });
      return plan.status === 'CLOSED' && plan.personalBudget.endedOn && plan.reviews.every((r: { status: string }) => r.status === 'CANCELLED') ? plan : undefined;
    });
    const why = `The person died on ${died}.`;
    expect(closed).toMatchObject({ status: 'CLOSED', version: agreed.version + 1, closedOn: died, closedReason: why, closureReason: 'DIED', personalBudget: { endedOn: died } });
    expect(closed.reviews).toContainEqual({ id: review.id, status: 'CANCELLED' });
    const payments = async () => (await ok(finance, `query($id: ID!) { person(id: $id) { directPayments { id status endedOn statusReason } } }`, { id: p.personId })).person.directPayments;
    expect(await until(async () => ((await payments())[0].status === 'ENDED' ? payments() : undefined))).toEqual([{ id: dp.id, status: 'ENDED', endedOn: died, statusReason: `The plan ended on ${died}: ${why}` }]);

    // R9: the other person's plan, never agreed, is withdrawn on the date of death, its budget ending with it.
    const WITHDRAWN = `query($id: ID!) { plan(id: $id) { status version withdrawnOn withdrawalReason withdrawalDetails withdrawnBy personalBudget { endedOn } person { currentPlan { id } } } }`;
    const withdrawn = await until(async () => {
      const { plan } = await ok(practitioner, WITHDRAWN, { id: other.planId });
      return plan.status === 'WITHDRAWN' && plan.personalBudget.endedOn ? plan : undefined;
    });
    expect(withdrawn).toEqual({
      status: 'WITHDRAWN',
      version: approved.version + 1,
      withdrawnOn: died,
      withdrawalReason: 'DIED',
      withdrawalDetails: why,
      withdrawnBy: 'careplan-worker',
      personalBudget: { endedOn: died },
      person: { currentPlan: null },
    });
    const agreeing = await call(practitioner, `mutation($input: AgreePlanInput!) { agreePlan(input: $input) { status } }`, { input: { id: other.planId, version: withdrawn.version, party: 'PERSON' } });
    expect(agreeing.errors?.[0].extensions?.code).toBe('CONFLICT');
    // The draft's budget ends with it, so it leaves finance's queue.
    const draft = await until(async () => {
      const { plan } = await ok(practitioner, WITHDRAWN, { id: drafted.planId });
      return plan.status === 'WITHDRAWN' && plan.personalBudget.endedOn ? plan : undefined;
    });
    expect(draft).toMatchObject({ withdrawnOn: died, withdrawalReason: 'DIED', personalBudget: { endedOn: died } });
    expect(await queued()).not.toContain(drafted.planId);
    // Nobody is left assessing them: the reassessment is withdrawn that day, and no other is requested.
    expect(await until(async () => ((await ok(practitioner, ASSESSMENT, { id: requested.id })).assessment.status === 'WITHDRAWN' ? (await ok(practitioner, ASSESSMENT, { id: requested.id })).assessment : undefined))).toEqual({
      status: 'WITHDRAWN',
      withdrawnOn: died,
      withdrawnReason: why,
    });
    const another = await call(practitioner, REQUEST, { person: drafted.personId });
    expect(another.errors?.[0]).toMatchObject({ message: expect.stringContaining(died), extensions: { code: 'CONFLICT' } });

    // The worker's step again closes nothing, nor for a person whose record holds no death (a removal overtook it).
    const service = await tokenFor({ authority: AUTHORITY_A, userId: 'careplan-worker', roles: [Role.SERVICE] });
    const CLOSE_ON_DEATH = `mutation($person: ID!) { closePlansOnDeath(input: { personId: $person }) { id } }`;
    expect((await ok(service, CLOSE_ON_DEATH, { person: p.personId })).closePlansOnDeath).toEqual([]);
    await stack.settle();
    expect(await stack.db.asAdmin(`SELECT count(*)::int AS n FROM plans.outbox WHERE type = 'PlanClosed' AND data->>'planId' = $1`, [p.planId])).toEqual([{ n: 1 }]);
    const living = await frontend.completePlan(practitioner, assessor);
    expect((await ok(service, CLOSE_ON_DEATH, { person: living.personId })).closePlansOnDeath).toEqual([]);
    expect((await ok(practitioner, PLAN, { id: living.planId })).plan.status).toBe('DRAFT');

    // The death certificate gives an earlier day: corrected on the record, everything the death ended ends on it.
    const certified = today.plusDays(-5).toString();
    await frontend.recordDeath(practitioner, p.personId, certified);
    await frontend.recordDeath(practitioner, other.personId, certified);
    await frontend.recordDeath(practitioner, drafted.personId, certified);
    const moved = await until(async () => {
      const { plan } = await ok(practitioner, PLAN, { id: p.planId });
      return plan.closedOn === certified && plan.personalBudget.endedOn === certified ? plan : undefined;
    });
    const certifiedWhy = `The person died on ${certified}.`;
    expect(moved).toMatchObject({ status: 'CLOSED', closedReason: certifiedWhy, closureReason: 'DIED' });
    expect(await until(async () => ((await payments())[0].endedOn === certified ? payments() : undefined))).toEqual([
      { id: dp.id, status: 'ENDED', endedOn: certified, statusReason: `The plan ended on ${certified}: ${certifiedWhy}` },
    ]);
    const withdrawnThen = await until(async () => {
      const { plan } = await ok(practitioner, WITHDRAWN, { id: other.planId });
      return plan.withdrawnOn === certified && plan.personalBudget.endedOn === certified ? plan : undefined;
    });
    expect(withdrawnThen).toMatchObject({ status: 'WITHDRAWN', withdrawalReason: 'DIED', withdrawalDetails: certifiedWhy });
    expect(await until(async () => {
      const { assessment } = await ok(practitioner, ASSESSMENT, { id: requested.id });
      return assessment.withdrawnOn === certified ? assessment : undefined;
    })).toEqual({ status: 'WITHDRAWN', withdrawnOn: certified, withdrawnReason: certifiedWhy });
    // Asked again, the worker's step moves nothing more.
    const CORRECT = `mutation($person: ID!) { correctPlansEndedByDeath(input: { personId: $person }) { id } }`;
    expect((await ok(service, CORRECT, { person: p.personId })).correctPlansEndedByDeath).toEqual([]);
    await stack.settle();
    expect(await stack.db.asAdmin(`SELECT count(*)::int AS n FROM budgets.outbox WHERE type = 'DirectPaymentEndDateCorrected' AND data->>'personId' = $1`, [p.personId])).toEqual([{ n: 1 }]);
  });

  it('R17 R12a R9 a date of death recorded in error, once removed, brings back what the death ended, as it was: plans in force and on their way to agreement, budgets, the direct payments that ended with them, reviews and assessments; once', async () => {
    const p = await frontend.completePlan(practitioner, assessor);
    const agreed = await frontend.signOff(practitioner, p, approver, finance);
    const today = LocalDate.today();
    const budget = await frontend.holdAsDirectPayment(finance, p.planId, 10_000);
    const active = await frontend.setUpDirectPayment(finance, budget.id, 4_000, today.plusDays(-14).toString());
    const suspended = await frontend.setUpDirectPayment(finance, budget.id, 3_000, today.plusDays(-14).toString());
    const stopped = await frontend.setUpDirectPayment(finance, budget.id, 3_000, today.plusDays(-14).toString());
    const CHANGE_DP = `mutation($input: ChangeDirectPaymentInput!) { changeDirectPayment(input: $input) { status } }`;
    await ok(finance, CHANGE_DP, { input: { id: suspended.id, version: suspended.version, action: 'SUSPEND', reason: 'In hospital for a fortnight.' } });
    await ok(finance, CHANGE_DP, { input: { id: stopped.id, version: stopped.version, action: 'END', reason: 'The agency she employed closed.' } });
    // Its planned review (R13) and the review of its direct payments (R12a).
    await until(async () => {
      const kinds = (await ok(practitioner, REVIEWS, { id: p.planId })).plan.reviews.map((r: { kind: string }) => r.kind);
      return kinds.includes('PLANNED') && kinds.includes('DIRECT_PAYMENT') ? true : undefined;
    });
    await stack.settle();
    const reviews = (await ok(practitioner, REVIEWS, { id: p.planId })).plan.reviews;
    // Her plan in force with its revision being prepared, and another person's plan approved but not yet agreed.
    const inForce = await frontend.step(practitioner, 'activatePlan', p.planId, agreed.version);
    const revision = await frontend.step(practitioner, 'revisePlan', p.planId, inForce.version);
    const other = await frontend.completePlan(practitioner, assessor);
    const submitted = await frontend.submitForApproval(practitioner, other);
    await frontend.step(approver, 'approvePlan', other.planId, submitted.version);
    // And her reassessment under way.
    const reassessment = await frontend.assessmentReadyToComplete(practitioner, assessor, [], { personId: p.personId });
    const ASSESSMENT = `query($id: ID!) { assessment(id: $id) { status withdrawnOn withdrawnReason } }`;
    const assessment = async () => (await ok(practitioner, ASSESSMENT, { id: reassessment.id })).assessment;

    const died = today.plusDays(-2).toString();
    await frontend.recordDeath(practitioner, p.personId, died);
    await frontend.recordDeath(practitioner, other.personId, died);
    const PLAN = `query($id: ID!) { plan(id: $id) { status closedOn closureReason withdrawnOn withdrawalReason reinstatedOn reinstatedReason personalBudget { endedOn } reviews { id status } } }`;
    const plan = async (id: string) => (await ok(practitioner, PLAN, { id })).plan;
    await until(async () => {
      const closed = await plan(p.planId);
      return closed.status === 'CLOSED' && closed.personalBudget.endedOn && closed.reviews.every((r: { status: string }) => r.status === 'CANCELLED') ? closed : undefined;
    });
    await until(async () => ((await plan(other.planId)).status === 'WITHDRAWN' ? true : undefined));
    await until(async () => ((await plan(revision.id)).status === 'WITHDRAWN' ? true : undefined));
    const DPS = `query($id: ID!) { person(id: $id) { directPayments { id status endedOn statusReason } } }`;
    const payments = async () => (await ok(finance, DPS, { id: p.personId })).person.directPayments;
    await until(async () => ((await payments()).every((d: { status: string }) => d.status === 'ENDED') ? true : undefined));
    expect(await until(async () => ((await assessment()).status === 'WITHDRAWN' ? assessment() : undefined))).toEqual({ status: 'WITHDRAWN', withdrawnOn: died, withdrawnReason: `The person died on ${died}.` });

    // While the record holds the date, the worker's step brings nothing back.
    const service = await tokenFor({ authority: AUTHORITY_A, userId: 'careplan-worker', roles: [Role.SERVICE] });
    const REINSTATE = `mutation($person: ID!) { reinstatePlansEndedByDeath(input: { personId: $person }) { id } }`;
    expect((await ok(service, REINSTATE, { person: p.personId })).reinstatePlansEndedByDeath).toEqual([]);
    expect((await plan(p.planId)).status).toBe('CLOSED');

    // The date was recorded on the wrong person: removed, their care comes back as it was.
    await frontend.recordDeath(practitioner, p.personId, null);
    await frontend.recordDeath(practitioner, other.personId, null);
    const back = await until(async () => {
      const found = await plan(p.planId);
      return found.status === 'ACTIVE' && !found.personalBudget.endedOn && found.reviews.every((r: { status: string }) => r.status !== 'CANCELLED') ? found : undefined;
    });
    const why = `It was closed on ${died} for a death recorded in error: the date of death was removed from the person’s record on ${today}.`;
    expect(back).toEqual({ status: 'ACTIVE', closedOn: null, closureReason: null, withdrawnOn: null, withdrawalReason: null, reinstatedOn: today.toString(), reinstatedReason: why, personalBudget: { endedOn: null }, reviews: expect.any(Array) });
    expect(back.reviews.map((r: { id: string }) => r.id).sort()).toEqual(reviews.map((r: { id: string }) => r.id).sort());
    expect(back.reviews.map((r: { status: string }) => r.status)).toEqual(reviews.map((r: { status: string }) => r.status));
    // The payments that ended with the budget return to what they were; the one ended by hand stays ended.
    const paid = await until(async () => {
      const all = await payments();
      return all.some((d: { status: string }) => d.status === 'SUSPENDED') ? all : undefined;
    });
    const paidAgain = `Paid again from ${today}: ${why}`;
    expect(paid).toEqual([
      { id: active.id, status: 'ACTIVE', endedOn: null, statusReason: paidAgain },
      { id: suspended.id, status: 'SUSPENDED', endedOn: null, statusReason: paidAgain },
      { id: stopped.id, status: 'ENDED', endedOn: today.toString(), statusReason: 'The agency she employed closed.' },
    ]);
    // Plans on their way to agreement return to the step they had reached: the revision a draft, the other approved.
    expect(await until(async () => ((await plan(revision.id)).status === 'DRAFT' ? plan(revision.id) : undefined))).toMatchObject({ withdrawnOn: null, reinstatedOn: today.toString() });
    expect(await until(async () => ((await plan(other.planId)).status === 'APPROVED' ? plan(other.planId) : undefined))).toMatchObject({
      withdrawnOn: null,
      withdrawalReason: null,
      reinstatedReason: `It was withdrawn on ${died} for a death recorded in error: the date of death was removed from the person’s record on ${today}.`,
      personalBudget: { endedOn: null },
    });

    // Her reassessment is under way again.
    expect(await until(async () => ((await assessment()).status === 'IN_PROGRESS' ? assessment() : undefined))).toEqual({ status: 'IN_PROGRESS', withdrawnOn: null, withdrawnReason: null });

    // Whatever retries: each step again brings back nothing, and each was recorded once.
    expect((await ok(service, REINSTATE, { person: p.personId })).reinstatePlansEndedByDeath).toEqual([]);
    expect((await ok(service, `mutation($plan: ID!) { reinstateReviewsOfPlan(input: { planId: $plan }) { id } }`, { plan: p.planId })).reinstateReviewsOfPlan).toEqual([]);
    expect((await ok(service, `mutation($plan: ID!) { reinstateBudgetOfPlan(input: { planId: $plan }) { id endedOn } }`, { plan: p.planId })).reinstateBudgetOfPlan).toEqual({ id: budget.id, endedOn: null });
    await stack.settle();
    const outboxed = (schema: string, type: string) => stack.db.asAdmin(`SELECT count(*)::int AS n FROM ${schema}.outbox WHERE type = $1 AND data->>'personId' = $2`, [type, p.personId]);
    expect(await outboxed('plans', 'PlanReinstated')).toEqual([{ n: 2 }]);
    expect(await outboxed('budgets', 'DirectPaymentReinstated')).toEqual([{ n: 2 }]);
    expect(await outboxed('reviews', 'ReviewReinstated')).toEqual([{ n: reviews.length }]);
    // Analytics counts the plan in force again.
    const projected = await until(async () => {
      const rows = await stack.db.asAdmin(`SELECT facts->'plan'->>'status' AS status, facts->'plan'->>'closedOn' AS "closedOn" FROM analytics.fact_event WHERE type = 'PlanReinstated' ORDER BY recorded_at`);
      return rows.length >= 2 ? rows : undefined;
    });
    expect(projected).toContainEqual({ status: 'ACTIVE', closedOn: null });
  });

  it('R14 a carer who stops caring brings an unplanned review of the person’s plan, once while it is open; other edits of the carer’s record do not', async () => {
    const p = await frontend.completePlan(practitioner, assessor);
    await frontend.signOff(practitioner, p, approver, finance);
    const today = LocalDate.today();
    const carer = { kind: 'UNPAID_CARER', name: 'Chris Carer', willingAndAble: true, willingAndAbleRecordedOn: today.toString() } as const;
    const id = await frontend.relate(practitioner, p.personId, carer);
    const UPDATE = `mutation($input: UpdateRelationshipInput!) { updateRelationship(input: $input) { version } }`;
    const version = async () =>
      (await ok(practitioner, `query($id: ID!) { person(id: $id) { relationships { id version } } }`, { id: p.personId })).person.relationships.find((r: { id: string }) => r.id === id).version;
    const update = async (changes: Record<string, unknown>) => ok(practitioner, UPDATE, { input: { id, version: await version(), name: carer.name, willingAndAbleRecordedOn: carer.willingAndAbleRecordedOn, ...changes } });
    const stops = () => stack.db.asAdmin<{ id: string }>(`SELECT id FROM people.outbox WHERE type = 'CarerStoppedCaring' AND data->>'personId' = $1 ORDER BY occurred_at`, [p.personId]);
    const unplanned = async () => (await ok(practitioner, REVIEWS, { id: p.planId })).plan.reviews.filter((r: { kind: string }) => r.kind === 'UNPLANNED');

    // A new phone number changes nothing in the care.
    await update({ willingAndAble: true, contact: '07700 900123' });
    expect(await stops()).toEqual([]);

    await update({ willingAndAble: false, contact: '07700 900123' });
    const [review] = await until(async () => ((await unplanned()).length ? unplanned() : undefined));
    expect(review).toMatchObject({ kind: 'UNPLANNED', dueDate: today.plusDays(14).toString(), status: 'DUE_SOON' });
    expect((await ok(practitioner, `query($id: ID!) { review(id: $id) { trigger } }`, { id: review.id })).review).toEqual({ trigger: 'CARER_CHANGE' });

    // Their caring then ends too: the review already open is the one.
    await update({ willingAndAble: false, contact: '07700 900123', endedOn: today.toString() });
    await handled('people', 'CarerStoppedCaring', p.personId, 'carer-change-review');
    expect(await stops()).toHaveLength(2);
    expect(await unplanned()).toEqual([review]);

    // A plan still being drafted has no review to take: the change is planned for, and the event is done with.
    const draft = await frontend.draftPlan(practitioner, assessor, [{ outcome: 'NUTRITION', unableReasons: ['NEEDS_HELP'] }]);
    const other = await frontend.relate(practitioner, draft.personId, carer);
    await ok(practitioner, UPDATE, { input: { id: other, version: 1, name: carer.name, willingAndAbleRecordedOn: carer.willingAndAbleRecordedOn, willingAndAble: false } });
    await handled('people', 'CarerStoppedCaring', draft.personId, 'carer-change-review');
    expect((await ok(practitioner, REVIEWS, { id: draft.planId })).plan.reviews).toEqual([]);
  });

  it('R14 a person’s death brings an unplanned review of each plan in force of their unpaid carer with a record of their own, once; others in their life get none; the death removed as recorded in error withdraws it', async () => {
    const today = LocalDate.today();
    // The carer has care and support of their own; a neighbour, also known here, is not their carer.
    const carer = await frontend.completePlan(practitioner, assessor);
    await frontend.signOff(practitioner, carer, approver, finance);
    const neighbour = await frontend.completePlan(practitioner, assessor);
    await frontend.signOff(practitioner, neighbour, approver, finance);
    const cared = await frontend.person(practitioner);
    await frontend.relate(practitioner, cared, { kind: 'UNPAID_CARER', name: 'Chris Carer', relatedPersonId: carer.personId, willingAndAble: true, willingAndAbleRecordedOn: today.toString() });
    await frontend.relate(practitioner, cared, { kind: 'HOUSEHOLD_MEMBER', name: 'Nel Neighbour', relatedPersonId: neighbour.personId });
    const unplanned = async (planId: string) => (await ok(practitioner, REVIEWS, { id: planId })).plan.reviews.filter((r: { kind: string }) => r.kind === 'UNPLANNED');

    const died = today.plusDays(-1).toString();
    await frontend.recordDeath(practitioner, cared, died);
    const [review] = await until(async () => ((await unplanned(carer.planId)).length ? unplanned(carer.planId) : undefined));
    expect(review).toMatchObject({ dueDate: today.plusDays(14).toString() });
    expect((await ok(practitioner, `query($id: ID!) { review(id: $id) { trigger details } }`, { id: review.id })).review).toEqual({ trigger: 'CARER_CHANGE', details: `The person they cared for died on ${died}.` });
    await handled('people', 'PersonDied', cared, 'bereaved-carer-review');
    expect(await unplanned(neighbour.planId)).toEqual([]);

    // The date corrected is the same death: no second review.
    await frontend.recordDeath(practitioner, cared, today.plusDays(-2).toString());
    await handled('people', 'DateOfDeathCorrected', cared, 'correct-plans-ended-by-death');
    expect(await unplanned(carer.planId)).toEqual([review]);

    // The death was recorded on the wrong person: removed, the review it prompted, not yet started, is withdrawn.
    await frontend.recordDeath(practitioner, cared, null);
    const withdrawn = await until(async () => ((await unplanned(carer.planId))[0].status === 'CANCELLED' ? unplanned(carer.planId) : undefined));
    expect(withdrawn).toEqual([{ ...review, status: 'CANCELLED', version: review.version + 1 }]);
    const WHY = `query($id: ID!) { review(id: $id) { cancelledReason promptedByDeathOf { id } } }`;
    expect((await ok(practitioner, WHY, { id: review.id })).review).toEqual({
      cancelledReason: `The death that prompted this review was recorded in error: the date of death was removed from the record on ${today}.`,
      promptedByDeathOf: { id: cared },
    });
  });

  it('R14 a person who died is no one’s carer any more: the relationships others have with them end on the date of death, the people they cared for get an unplanned review, and those relationships follow the date corrected or removed, with the end they had; a review started stays', async () => {
    const today = LocalDate.today();
    const cared = await frontend.completePlan(practitioner, assessor);
    await frontend.signOff(practitioner, cared, approver, finance);
    const carer = await frontend.person(practitioner, { givenName: 'Dee' });
    const relationship = await frontend.relate(practitioner, cared.personId, { kind: 'UNPAID_CARER', name: 'Dee Carer', relatedPersonId: carer, willingAndAble: true, willingAndAbleRecordedOn: today.toString() });
    // Dee was also to move out at the end of next month: an end of its own, which the death overtakes.
    const movingOut = today.plusDays(45).toString();
    const household = await frontend.relate(practitioner, cared.personId, { kind: 'HOUSEHOLD_MEMBER', name: 'Dee Carer', relatedPersonId: carer, endedOn: movingOut });
    const RELATIONSHIPS = `query($id: ID!) { person(id: $id) { relationships(includeEnded: true) { id endedOn current } } }`;
    const theirs = async () => (await ok(practitioner, RELATIONSHIPS, { id: cared.personId })).person.relationships;

    const died = today.plusDays(-1).toString();
    await frontend.recordDeath(practitioner, carer, died);
    expect(await theirs()).toEqual([
      { id: relationship, endedOn: died, current: false },
      { id: household, endedOn: died, current: false },
    ]);
    const unplanned = async () => (await ok(practitioner, REVIEWS, { id: cared.planId })).plan.reviews.filter((r: { kind: string }) => r.kind === 'UNPLANNED');
    const [prompted] = await until(async () => ((await unplanned()).length ? unplanned() : undefined));
    expect((await ok(practitioner, `query($id: ID!) { review(id: $id) { trigger promptedByDeathOf { id } } }`, { id: prompted.id })).review).toEqual({ trigger: 'CARER_CHANGE', promptedByDeathOf: { id: carer } });
    // The practitioner starts it: a review under way is theirs to complete, whatever becomes of the date of death.
    const START = `mutation($input: StartReviewInput!) { startReview(input: $input) { id version kind dueDate status } }`;
    const review = (await ok(practitioner, START, { input: { id: prompted.id, version: prompted.version, method: 'FACE_TO_FACE', methodAgreedWithPerson: true } })).startReview;

    // Corrected, the caring ended on the day the record now holds; removed as recorded in error, it stands again.
    const certified = today.plusDays(-3).toString();
    await frontend.recordDeath(practitioner, carer, certified);
    expect(await theirs()).toEqual([
      { id: relationship, endedOn: certified, current: false },
      { id: household, endedOn: certified, current: false },
    ]);
    await frontend.recordDeath(practitioner, carer, null);
    expect(await theirs()).toEqual([
      { id: relationship, endedOn: null, current: true },
      { id: household, endedOn: movingOut, current: true },
    ]);
    await handled('people', 'CarerStoppedCaring', cared.personId, 'carer-change-review');
    await handled('people', 'DateOfDeathRemoved', carer, 'withdraw-reviews-prompted-by-death');
    expect(await unplanned()).toEqual([review]);
    expect(review.status).toBe('IN_PROGRESS');
  });

  it('R14 a review a death prompted that another change asks for too stays when the death is removed as recorded in error', async () => {
    const today = LocalDate.today();
    const cared = await frontend.completePlan(practitioner, assessor);
    await frontend.signOff(practitioner, cared, approver, finance);
    const dee = await frontend.person(practitioner, { givenName: 'Dee' });
    const carer = (name: string, relatedPersonId?: string) =>
      frontend.relate(practitioner, cared.personId, { kind: 'UNPAID_CARER', name, ...(relatedPersonId ? { relatedPersonId } : {}), willingAndAble: true, willingAndAbleRecordedOn: today.toString() });
    await carer('Dee Carer', dee);
    const ola = await carer('Ola Carer');
    const unplanned = async () => (await ok(practitioner, REVIEWS, { id: cared.planId })).plan.reviews.filter((r: { kind: string }) => r.kind === 'UNPLANNED');
    const WHY = `query($id: ID!) { review(id: $id) { status promptedByDeathOf { id } } }`;

    await frontend.recordDeath(practitioner, dee, today.plusDays(-1).toString());
    const [review] = await until(async () => ((await unplanned()).length ? unplanned() : undefined));
    expect((await ok(practitioner, WHY, { id: review.id })).review).toEqual({ status: 'DUE_SOON', promptedByDeathOf: { id: dee } });

    // Ola, the other carer, can no longer care: the same review answers it, and no longer that death alone.
    const { person } = await ok(practitioner, `query($id: ID!) { person(id: $id) { relationships { id version } } }`, { id: cared.personId });
    const { version } = person.relationships.find((r: { id: string }) => r.id === ola);
    await ok(practitioner, `mutation($input: UpdateRelationshipInput!) { updateRelationship(input: $input) { version } }`, {
      input: { id: ola, version, name: 'Ola Carer', willingAndAble: false, willingAndAbleRecordedOn: today.toString() },
    });
    await handled('people', 'CarerStoppedCaring', cared.personId, 'carer-change-review');
    expect(await unplanned()).toHaveLength(1);
    expect((await ok(practitioner, WHY, { id: review.id })).review).toEqual({ status: 'DUE_SOON', promptedByDeathOf: null });

    // Dee's death was recorded in error: the review Ola's change still wants stays.
    await frontend.recordDeath(practitioner, dee, null);
    await handled('people', 'DateOfDeathRemoved', dee, 'withdraw-reviews-prompted-by-death');
    expect((await ok(practitioner, WHY, { id: review.id })).review).toEqual({ status: 'DUE_SOON', promptedByDeathOf: null });
  });

  it('R12a R14 a direct payment whose recipient no longer fits the person’s capacity brings an unplanned review of whom it is paid to, while it goes on being paid; other capacity decisions do not', async () => {
    const p = await frontend.completePlan(practitioner, assessor);
    await frontend.signOff(practitioner, p, approver, finance);
    const today = LocalDate.today().toString();
    const budget = await frontend.holdAsDirectPayment(finance, p.planId, 10_000);
    const dp = await frontend.setUpDirectPayment(finance, budget.id, 10_000, today);
    const CAPACITY = `mutation($input: RecordCapacityAssessmentInput!) { recordCapacityAssessment(input: $input) { id } }`;
    const lacks = (decision: string) => ok(practitioner, CAPACITY, { input: { personId: p.personId, decision, assessedOn: today, outcome: 'LACKS_CAPACITY', assessorName: 'Dr Osei' } });
    const UNPLANNED = `query($id: ID!) { plan(id: $id) { reviews { id kind trigger details status } } }`;
    const unplanned = async () => (await ok(practitioner, UNPLANNED, { id: p.planId })).plan.reviews.filter((r: { kind: string }) => r.kind === 'UNPLANNED');

    await lacks('WHERE_TO_LIVE');
    await handled('people', 'CapacityAssessed', p.personId, 'direct-payment-recipient-review');
    expect(await unplanned()).toEqual([]);

    await lacks('MANAGING_DIRECT_PAYMENT');
    const [review] = await until(async () => ((await unplanned()).length ? unplanned() : undefined));
    expect(review).toMatchObject({ trigger: 'OTHER', status: 'DUE_SOON', details: expect.stringContaining('the person lacks capacity to manage a direct payment: it goes to an authorised person') });
    const { person } = await ok(finance, `query($id: ID!) { person(id: $id) { directPayments { id status } } }`, { id: p.personId });
    expect(person.directPayments).toEqual([{ id: dp.id, status: 'ACTIVE' }]);
  });
});

describe('R7 a joint plan rests on both people, for as long as it is in force', () => {
  const CONSENT = `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id version } }`;
  const WITHDRAW = `mutation($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { id } }`;
  const CHECK = `query($id: ID!) { planContentCheck(planId: $id) { missing { id label } } }`;
  const PLAN = `query($id: ID!) { plan(id: $id) { status jointPerson { id } reviews { kind trigger details dueDate promptedByDeathOf { id } } } }`;
  const consent = async (personId: string, purpose: string): Promise<{ id: string; version: number }> =>
    (await ok(practitioner, CONSENT, { input: { personId, purpose, givenOn: LocalDate.today().toString() } })).recordConsent;
  const withdraw = (c: { id: string; version: number }) => ok(practitioner, WITHDRAW, { input: { id: c.id, version: c.version, reason: 'Wants a plan of their own.' } });
  const missing = async (planId: string) => (await ok(practitioner, CHECK, { id: planId })).planContentCheck.missing;
  const plan = async (planId: string) => (await ok(practitioner, PLAN, { id: planId })).plan;

  /** A complete plan of a new person, joint with a carer of theirs (a new record unless one is given), both having consented; and the carer's consent. */
  async function jointPlan(sol?: string) {
    const carerId = sol ?? (await frontend.person(practitioner, { givenName: 'Sol', familyName: 'Carer', dateOfBirth: '1960-02-02' }));
    const carerConsent = await consent(carerId, 'JOINT_PLAN');
    let personConsent: { id: string; version: number } | undefined;
    const p = await frontend.completePlan(practitioner, assessor, Nation.ENGLAND, { setup: async (id) => (personConsent = await consent(id, 'JOINT_PLAN')) }, { jointPersonId: carerId });
    return { ...p, carerId, carerConsent, personConsent: personConsent! };
  }

  it('R7 a consent a joint plan rests on, withdrawn before agreement, holds sign-off until the plan is separated and the person’s own', async () => {
    const p = await jointPlan();
    expect(await missing(p.planId)).toEqual([]);
    const submitted = await frontend.submitForApproval(practitioner, p);
    const approved = await frontend.step(approver, 'approvePlan', p.planId, submitted.version);
    await frontend.finaliseBudget(practitioner, finance, p.planId);

    await withdraw(p.carerConsent);
    expect(await missing(p.planId)).toEqual([{ id: 'R7', label: 'the consent of the other person to a joint plan, or the plan separated' }]);
    const refused = await frontend.attemptStep(practitioner, 'agreePlan', p.planId, approved.version, { jointParty: 'PERSON' });
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'RULE_VIOLATION', rule: 'R5' }, message: expect.stringContaining('[R7]') });
    expect(await plan(p.planId)).toMatchObject({ status: 'APPROVED', jointPerson: { id: p.carerId } });

    // Returned, separated from the carer, and proposed again: the person's own plan, signed off.
    const RETURN = `mutation($input: ReturnPlanInput!) { returnPlan(input: $input) { version } }`;
    const { returnPlan } = await ok(approver, RETURN, { input: { id: p.planId, version: approved.version, reasons: 'Sol no longer consents to a joint plan.' } });
    const SEPARATE = `mutation($input: SeparatePlanInput!) { separatePlan(input: $input) { version jointPerson { id } } }`;
    const notCombined = await call(practitioner, SEPARATE, { input: { id: p.planId, version: returnPlan.version, from: ['OTHER_PLAN'] } });
    expect(notCombined.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
    const { separatePlan } = await ok(practitioner, SEPARATE, { input: { id: p.planId, version: returnPlan.version, from: ['JOINT_PERSON'] } });
    expect(separatePlan.jointPerson).toBeNull();
    expect(await missing(p.planId)).toEqual([]);
    const resubmitted = await frontend.submitForApproval(practitioner, { planId: p.planId, version: separatePlan.version });
    const reapproved = await frontend.step(approver, 'approvePlan', p.planId, resubmitted.version);
    expect((await frontend.step(practitioner, 'agreePlan', p.planId, reapproved.version)).status).toBe('AGREED');
  });

  it('R9 R7 R2 a joint plan is agreed by both its people: its other person too, for them as the law allows when they lack capacity to, and never once they have died; either may disagree', async () => {
    const ready = async () => {
      const p = await jointPlan();
      const submitted = await frontend.submitForApproval(practitioner, p);
      const approved = await frontend.step(approver, 'approvePlan', p.planId, submitted.version);
      await frontend.finaliseBudget(practitioner, finance, p.planId);
      return { ...p, version: approved.version };
    };
    const p = await ready();
    const personOnly = await frontend.attemptStep(practitioner, 'agreePlan', p.planId, p.version);
    expect(personOnly.errors?.[0]).toMatchObject({ extensions: { code: 'RULE_VIOLATION', rule: 'R9' }, message: expect.stringContaining('jointParty') });
    // Sol disagrees first: his disagreement is recorded as his.
    const DISAGREE = `mutation($input: RecordPlanDisagreementInput!) { recordPlanDisagreement(input: $input) { party byJointPerson reasons } }`;
    const reasons = 'It leaves me no evening off from caring.';
    expect((await ok(practitioner, DISAGREE, { input: { planId: p.planId, party: 'PERSON', byJointPerson: true, reasons } })).recordPlanDisagreement).toEqual({ party: 'PERSON', byJointPerson: true, reasons });

    // Sol, the other person, lacks capacity to agree it and has no attorney: a best-interests decision agrees it for him.
    const CAPACITY = `mutation($input: RecordCapacityAssessmentInput!) { recordCapacityAssessment(input: $input) { id } }`;
    await ok(practitioner, CAPACITY, { input: { personId: p.carerId, decision: 'AGREEING_THE_PLAN', assessedOn: LocalDate.today().toString(), outcome: 'LACKS_CAPACITY', assessorName: 'Dr Osei' } });
    const himself = await frontend.attemptStep(practitioner, 'agreePlan', p.planId, p.version, { jointParty: 'PERSON' });
    expect(himself.errors?.[0]).toMatchObject({ extensions: { code: 'RULE_VIOLATION', rule: 'R2' }, message: expect.stringContaining('the other person of the joint plan') });
    const AGREE = `mutation($input: AgreePlanInput!) { agreePlan(input: $input) { status agreedBy bestInterests { consulted } jointAgreedBy jointBestInterests { consulted reasons } } }`;
    const noOne = await call(practitioner, AGREE, { input: { id: p.planId, version: p.version, party: 'PERSON', jointParty: 'BEST_INTERESTS', jointBestInterests: { consulted: [], reasons: 'He wants to go on caring for Olu with this help.' } } });
    expect(noOne.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'jointBestInterests.consulted' });
    const jointBestInterests = { consulted: ['Ruth Okafor (daughter)'], reasons: 'He wants to go on caring for Olu with this help.' };
    const { agreePlan } = await ok(practitioner, AGREE, { input: { id: p.planId, version: p.version, party: 'PERSON', jointParty: 'BEST_INTERESTS', jointBestInterests } });
    expect(agreePlan).toEqual({ status: 'AGREED', agreedBy: 'PERSON', bestInterests: null, jointAgreedBy: 'BEST_INTERESTS', jointBestInterests });

    // A joint plan whose other person has since died is not agreed: it is separated from them first.
    const q = await ready();
    await frontend.recordDeath(practitioner, q.carerId, LocalDate.today().toString());
    const afterDeath = await frontend.attemptStep(practitioner, 'agreePlan', q.planId, q.version, { jointParty: 'PERSON' });
    expect(afterDeath.errors?.[0]).toMatchObject({ extensions: { code: 'RULE_VIOLATION', rule: 'R7' }, message: expect.stringContaining('died') });
    // A plan of one person has no other person to agree it.
    const alone = await frontend.completePlan(practitioner, assessor);
    const submitted = await frontend.submitForApproval(practitioner, alone);
    const approved = await frontend.step(approver, 'approvePlan', alone.planId, submitted.version);
    await frontend.finaliseBudget(practitioner, finance, alone.planId);
    const notJoint = await frontend.attemptStep(practitioner, 'agreePlan', alone.planId, approved.version, { jointParty: 'PERSON' });
    expect(notJoint.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'jointParty' });
    const noOther = await call(practitioner, DISAGREE, { input: { planId: alone.planId, party: 'PERSON', byJointPerson: true, reasons } });
    expect(noOther.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'byJointPerson' });
    expect((await frontend.step(practitioner, 'agreePlan', alone.planId, approved.version)).status).toBe('AGREED');
  });

  it('R10 R7 R2b the other person of a joint plan gets a copy addressed to them, in their own format, with no consent to share, again when their format changes; a plan of one person has no such copy', async () => {
    const p = await jointPlan();
    await frontend.communicationNeeds(practitioner, p.carerId, { formats: ['LARGE_PRINT'] });
    const ISSUE = `mutation($input: IssuePlanCopyInput!) { issuePlanCopy(input: $input) { recipient format notYetAvailable html } }`;
    const { issuePlanCopy: theirs } = await ok(practitioner, ISSUE, { input: { planId: p.planId, toJointPerson: true } });
    expect(theirs).toMatchObject({ recipient: 'the other person of the joint plan', format: 'LARGE_PRINT', notYetAvailable: [] });
    expect(theirs.html).toContain('<main class="large-print">');
    expect(theirs.html).toContain('Sol —');
    const { issuePlanCopy: own } = await ok(practitioner, ISSUE, { input: { planId: p.planId } });
    expect(own).toMatchObject({ recipient: 'the person', format: null });
    expect(own.html).toContain('Olu —');

    const both = await call(practitioner, ISSUE, { input: { planId: p.planId, toJointPerson: true, recipient: 'Dr Patel' } });
    expect(both.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'recipient' });
    const alone = await frontend.completePlan(practitioner, assessor);
    const notJoint = await call(practitioner, ISSUE, { input: { planId: alone.planId, toJointPerson: true } });
    expect(notJoint.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'toJointPerson' });
    const COPIES = `query($id: ID!) { plan(id: $id) { copies { recipient } } }`;
    expect((await ok(practitioner, COPIES, { id: p.planId })).plan.copies).toEqual([{ recipient: 'the other person of the joint plan' }, { recipient: 'the person' }]);
    expect((await ok(practitioner, COPIES, { id: alone.planId })).plan.copies).toEqual([]);

    // The other person's needs change: their copy is issued again in their new format, by itself.
    await frontend.communicationNeeds(practitioner, p.carerId, { formats: ['EASY_READ'] });
    const JOINT_COPIES = `query($id: ID!) { plan(id: $id) { copies { toPerson toJointPerson format } } }`;
    const again = await until(async () => {
      const all = (await ok(practitioner, JOINT_COPIES, { id: p.planId })).plan.copies;
      return all.length === 3 ? all : undefined;
    });
    expect(again[2]).toEqual({ toPerson: false, toJointPerson: true, format: 'EASY_READ' });
  });

  it('R7 R14 a joint plan in force is reviewed when either person withdraws their consent to it, and when its other person dies; once while open, and only while no other consent stands', async () => {
    const today = LocalDate.today();
    const p = await jointPlan();
    await frontend.signOff(practitioner, p, approver, finance);
    const JOINT_PLANS = `query($id: ID!) { jointPlansOf(personId: $id) { id status } }`;
    expect((await ok(practitioner, JOINT_PLANS, { id: p.carerId })).jointPlansOf).toEqual([{ id: p.planId, status: 'AGREED' }]);
    expect((await ok(practitioner, JOINT_PLANS, { id: p.personId })).jointPlansOf).toEqual([]);
    const unplanned = async () => (await plan(p.planId)).reviews.filter((r: { kind: string }) => r.kind === 'UNPLANNED');

    // The person gave a second consent to a joint plan: withdrawing one leaves the plan resting on the other.
    const second = await consent(p.personId, 'JOINT_PLAN');
    await withdraw(second);
    await handled('people', 'ConsentWithdrawn', p.personId, 'joint-plan-review');
    expect(await unplanned()).toEqual([]);

    await withdraw(p.personConsent);
    const [review] = await until(async () => ((await unplanned()).length ? unplanned() : undefined));
    expect(review).toEqual({
      kind: 'UNPLANNED',
      trigger: 'OTHER',
      details: 'The person withdrew their consent to a joint plan: plan how each person’s needs are met without it (R7).',
      dueDate: today.plusDays(14).toString(),
      promptedByDeathOf: null,
    });
    // The carer withdrawing too is the same change while that review is open.
    await withdraw(p.carerConsent);
    await handled('people', 'ConsentWithdrawn', p.carerId, 'joint-plan-review');
    expect(await unplanned()).toEqual([review]);

    const died = today.plusDays(-1).toString();
    await frontend.recordDeath(practitioner, p.carerId, died);
    const afterDeath = await until(async () => ((await unplanned()).length === 2 ? unplanned() : undefined));
    expect(afterDeath).toContainEqual(expect.objectContaining({ trigger: 'CARER_CHANGE', details: `The other person of this joint plan died on ${died}.`, promptedByDeathOf: { id: p.carerId } }));
    await handled('people', 'PersonDied', p.carerId, 'joint-plan-review');
    expect(await unplanned()).toHaveLength(2);
  });

  it('R7 R14 when the person of a joint plan dies, the plan ends with them and its other person’s own plans in force are reviewed', async () => {
    const today = LocalDate.today();
    const sol = await frontend.completePlan(practitioner, assessor);
    await frontend.signOff(practitioner, sol, approver, finance);
    const p = await jointPlan(sol.personId);
    await frontend.signOff(practitioner, p, approver, finance);

    const died = today.plusDays(-1).toString();
    await frontend.recordDeath(practitioner, p.personId, died);
    await handled('people', 'PersonDied', p.personId, 'joint-plan-review');
    expect((await plan(sol.planId)).reviews.filter((r: { kind: string }) => r.kind === 'UNPLANNED')).toEqual([
      {
        kind: 'UNPLANNED',
        trigger: 'CARER_CHANGE',
        details: `The person whose joint plan they shared died on ${died}: the support that plan gave them ended with it.`,
        dueDate: today.plusDays(14).toString(),
        promptedByDeathOf: { id: p.personId },
      },
    ]);
    await until(async () => (await plan(p.planId)).status === 'CLOSED');
  });
});

describe('R5 R14 a plan follows the assessment it meets', () => {
  it('R5 R14 an assessment reopened holds its plan’s sign-off until it is completed again; completed again with an eligible need the plan in force does not meet, the plan is reviewed', async () => {
    const p = await frontend.completePlan(practitioner, assessor);
    const submitted = await frontend.submitForApproval(practitioner, p);
    const approved = await frontend.step(approver, 'approvePlan', p.planId, submitted.version);
    await frontend.finaliseBudget(practitioner, finance, p.planId);
    const { plan } = await ok(practitioner, `query($id: ID!) { plan(id: $id) { assessment { id version } } }`, { id: p.planId });
    const REOPEN = `mutation($input: ReopenAssessmentInput!) { reopenAssessment(input: $input) { version } }`;
    const reopen = async (version: number) => (await ok(practitioner, REOPEN, { input: { id: plan.assessment.id, version, reason: 'New information from the GP.' } })).reopenAssessment.version as number;
    const CHECK = `query($id: ID!) { planContentCheck(planId: $id) { missing { id } } }`;
    const missing = async () => (await ok(practitioner, CHECK, { id: p.planId })).planContentCheck.missing;
    const unplanned = async () =>
      (await ok(practitioner, `query($id: ID!) { plan(id: $id) { reviews { kind trigger details } } }`, { id: p.planId })).plan.reviews.filter((r: { kind: string }) => r.kind === 'UNPLANNED');

    // Reopened, its eligibility is being determined again: the plan is not agreed on it meanwhile.
    let version = await reopen(plan.assessment.version);
    expect(await missing()).toEqual([{ id: 'R5(b)' }]);
    const refused = await frontend.attemptStep(practitioner, 'agreePlan', p.planId, approved.version);
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'RULE_VIOLATION', rule: 'R5' }, message: expect.stringContaining('[R5(b)]') });

    // Completed again as it was: the plan is agreed, and the plan needs no review.
    version = (await frontend.completeAssessment(practitioner, { id: plan.assessment.id, version })).data!.completeAssessment.version;
    expect(await missing()).toEqual([]);
    expect((await frontend.step(practitioner, 'agreePlan', p.planId, approved.version)).status).toBe('AGREED');
    await handled('assessments', 'AssessmentCompleted', p.personId, 'reassessed-plan-review');
    expect(await unplanned()).toEqual([]);

    // Reopened once the plan is in force, and completed with a new eligible need the plan does not meet: reviewed.
    version = await reopen(version);
    await ok(practitioner, `mutation($input: RecordNeedInput!) { recordNeed(input: $input) { id } }`, {
      input: { assessmentId: plan.assessment.id, outcome: 'TOILET_NEEDS', unableReasons: ['NEEDS_HELP'], inOwnWords: 'I need help to get to the toilet at night now.' },
    });
    await frontend.completeAssessment(practitioner, { id: plan.assessment.id, version });
    const [review] = await until(async () => ((await unplanned()).length ? unplanned() : undefined));
    expect(review).toEqual({
      kind: 'UNPLANNED',
      trigger: 'CHANGE_IN_NEED_REPORTED',
      details: 'The assessment this plan meets was completed again, with eligible needs the plan does not meet: Toilet needs. Revise the plan (R5(c), R17).',
    });
  });
});

describe('R10 R2b a person’s copy of their plan follows their format', () => {
  it('R10 R2b when the person’s communication needs change, the copy of their plan last issued to them is issued again in the new format, once; none when none was issued or it still fits', async () => {
    const p = await frontend.completePlan(practitioner, assessor);
    const never = await frontend.completePlan(practitioner, assessor);
    await ok(practitioner, `mutation($input: IssuePlanCopyInput!) { issuePlanCopy(input: $input) { id } }`, { input: { planId: p.planId } });
    const COPIES = `query($id: ID!) { plan(id: $id) { copies { toPerson recipient format notYetAvailable issuedBy } } }`;
    const copies = async (planId: string) => (await ok(practitioner, COPIES, { id: planId })).plan.copies;

    await frontend.communicationNeeds(practitioner, p.personId, { formats: ['LARGE_PRINT', 'BRAILLE'] });
    await frontend.communicationNeeds(practitioner, never.personId, { formats: ['LARGE_PRINT'] });
    const reissued = await until(async () => ((await copies(p.planId)).length === 2 ? copies(p.planId) : undefined));
    expect(reissued).toEqual([
      { toPerson: true, recipient: 'the person', format: null, notYetAvailable: [], issuedBy: 'review-sw' },
      { toPerson: true, recipient: 'the person', format: 'LARGE_PRINT', notYetAvailable: ['BRAILLE'], issuedBy: 'careplan-worker' },
    ]);
    // The same needs set again: the last copy fits them, so none more; nor for a person never sent one.
    await frontend.communicationNeeds(practitioner, p.personId, { formats: ['BRAILLE', 'LARGE_PRINT'] });
    await handled('people', 'CommunicationNeedsSet', p.personId, 'plan-copy-in-new-format');
    await handled('people', 'CommunicationNeedsSet', never.personId, 'plan-copy-in-new-format');
    expect(await copies(p.planId)).toHaveLength(2);
    expect(await copies(never.planId)).toEqual([]);
  });
});
