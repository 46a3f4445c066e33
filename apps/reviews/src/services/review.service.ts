import {
  BadUserInput,
  LocalDate,
  deathRemovedWords,
  withdrawnWithDeath,
  ReviewKind,
  ReviewOutcome,
  ReviewState,
  assertOutcomeAnswersReview,
  assertReviewContent,
  assertReviewInProgress,
  assertReviewOutcome,
  assertRevisionLinks,
  outcomeRecord,
  directPaymentReviewAfter,
  directPaymentReviewDates,
  firstPlannedReviewDue,
  nextPlannedReviewDue,
  nextReview,
  reviewStatus,
  reviewStatusWindow,
  PlanStatus,
  Conflict,
  isPlanHistory,
  type ReviewOutcomeInput,
  ReviewStatus,
} from '@careplan/domain';
import { askGraph, callerNation, loadForChange, loadVisible, loadVisibleBy, lookupInGraph, keysetCursor, keysetPage, pageOf, pageSize, updateVersioned, type Page, type SubgraphContext } from '@careplan/subgraph-kit';
import { AllocatedPeopleDocument, ReviewCompletionGuardDocument, ReviewedPlanDocument, ReviewPersonDeathDocument, RevisionLinksDocument, type ReviewedPlanQuery } from '../graph/generated';
import { Review } from '../entities/review.entity';
import type { ScheduleReviewInput } from '../graphql/types';
import { contentFacts } from './review-conduct.service';
import { DUE_DATE_ORDER } from './due-date-page';
import { ReviewSettingsService } from './review-settings.service';

/** Kept with a review its plan's end cancelled: the state it was in, to return to should the plan come back. */
const CANCELLED_FROM = 'cancelledFrom';

/** The plan a review is of, as the plans subgraph shows it to the caller. */
export type ReviewedPlan = NonNullable<ReviewedPlanQuery['plan']>;

export class ReviewService {
  constructor(private readonly ctx: SubgraphContext) {}

  get(id: string): Promise<Review | null> {
    return loadVisible(this.ctx, Review, id);
  }

  forPlan(planId: string): Promise<Review[]> {
    return loadVisibleBy(this.ctx, Review, 'planId', planId);
  }

  forPerson(personId: string): Promise<Review[]> {
    return loadVisibleBy(this.ctx, Review, 'personId', personId);
  }

  async nextFor(planId: string): Promise<Review | null> {
    return nextReview(await this.forPlan(planId));
  }

  status(review: Review): ReviewStatus {
    return reviewStatus(review.state, LocalDate.parse(review.dueDate), LocalDate.today());
  }

  async schedule(input: ScheduleReviewInput): Promise<Review> {
    const dueDate = LocalDate.parse(input.dueDate, 'dueDate');
    if (dueDate.isBefore(LocalDate.today())) throw new BadUserInput('dueDate', 'dueDate must be today or later');
    if (input.kind === ReviewKind.UNPLANNED || input.kind === ReviewKind.REQUESTED) {
      throw new BadUserInput('kind', 'an unplanned review says what changed (requestUnplannedReview); a requested one, who asked (recordReviewRequest)');
    }
    return this.create(await this.planFor(input.planId), input.kind, dueDate);
  }

  /**
   * R13, from events: the first planned review after sign-off, or the next after a completed review, at
   * the plan's agreed frequency. The key makes it idempotent: the same event schedules one review.
   */
  async schedulePlanned(input: { planId: string; after: 'SIGN_OFF' | 'REVIEW'; on: string; key: string }): Promise<Review> {
    return this.scheduleOnce(input.key, input.planId, ReviewKind.PLANNED, async (plan) => {
      const on = LocalDate.parse(input.on, 'on');
      const { review: settings } = await new ReviewSettingsService(this.ctx).current();
      return input.after === 'SIGN_OFF' ? firstPlannedReviewDue(on, settings) : nextPlannedReviewDue(on, plan.reviewEveryMonths, settings);
    });
  }

  /** R12a: the direct-payment review, 6 months after the first payment; once per event. */
  async scheduleDirectPaymentReview(input: { planId: string; firstPaymentOn: string; key: string }): Promise<Review> {
    return this.scheduleOnce(input.key, input.planId, ReviewKind.DIRECT_PAYMENT, async () =>
      LocalDate.parse(directPaymentReviewDates(LocalDate.parse(input.firstPaymentOn, 'firstPaymentOn'), 1)[0]),
    );
  }

  /** R12a: after a direct-payment review is completed, the next, 12 months on; once per event. */
  async scheduleNextDirectPaymentReview(input: { planId: string; completedOn: string; key: string }): Promise<Review> {
    return this.scheduleOnce(input.key, input.planId, ReviewKind.DIRECT_PAYMENT, async () => directPaymentReviewAfter(LocalDate.parse(input.completedOn, 'completedOn')));
  }

  /** A review scheduled from an event: the event's key makes it one review, however often the event comes. */
  private async scheduleOnce(key: string, planId: string, kind: ReviewKind, dueFor: (plan: ReviewedPlan) => Promise<LocalDate>): Promise<Review> {
    const existing = await this.byScheduleKey(key);
    if (existing) return existing;
    const plan = await this.planFor(planId);
    const review = await this.createOnce(plan, kind, await dueFor(plan), { scheduleKey: key }, () => this.byScheduleKey(key));
    if (!review) throw new Error(`a review scheduled under key ${key} conflicted with one it cannot find`);
    return review;
  }

  private async byScheduleKey(key: string): Promise<Review | null> {
    return (await this.ctx.db.manager()).findOneBy(Review, { authorityCode: this.ctx.identity.authority, scheduleKey: key });
  }

  /**
   * Cancels the open reviews of a plan that has ended (closed, or replaced by its agreed revision): the worker's
   * step after the plan's; asked again, it cancels nothing. Each keeps the state it was in, should the plan come back.
   */
  async cancelOpen(planId: string, reason: string): Promise<Review[]> {
    const plan = await this.planFor(planId);
    if (plan.status !== PlanStatus.CLOSED && plan.status !== PlanStatus.REVISED) {
      throw new Conflict('the plan is still in force: its reviews are cancelled only once it is closed or replaced by its revision');
    }
    const open = (await this.forPlan(planId)).filter((r) => r.state === ReviewState.OPEN || r.state === ReviewState.IN_PROGRESS);
    const cancelled: Review[] = [];
    for (const review of open) {
      const outcomeDetails = { cancelledBecause: reason, [CANCELLED_FROM]: review.state };
      cancelled.push(await updateVersioned(this.ctx, Review, 'Review', review.id, review.version, { state: ReviewState.CANCELLED, outcomeDetails }));
      await this.ctx.outbox.record('ReviewCancelled', { reviewId: review.id, planId, personId: review.personId });
    }
    return cancelled;
  }

  /**
   * R13, R12a: a plan back in force after a death recorded in error had closed it has its reviews back: those
   * its closure cancelled return as they were (due when they were due, in progress if they had started).
   * Nothing while the plan has ended; asked again, it brings back nothing more.
   */
  async reinstateWithPlan(planId: string): Promise<Review[]> {
    const plan = await this.planFor(planId);
    if (isPlanHistory(plan.status)) return [];
    const cancelledWithIt = (await this.forPlan(planId)).filter((r) => r.state === ReviewState.CANCELLED && r.outcomeDetails?.[CANCELLED_FROM]);
    const reinstated: Review[] = [];
    for (const review of cancelledWithIt) {
      const state = review.outcomeDetails![CANCELLED_FROM] as ReviewState;
      reinstated.push(await updateVersioned(this.ctx, Review, 'Review', review.id, review.version, { state, outcomeDetails: null }));
      await this.ctx.outbox.record('ReviewReinstated', { reviewId: review.id, planId, personId: review.personId });
    }
    return reinstated;
  }

  /**
   * R14 (worker): a person's date of death was removed as recorded in error, so the unplanned reviews their death
   * prompted and nobody has started are withdrawn (cancelled, saying why). Nothing while the record holds a date
   * of death (recorded again since); asked again, it withdraws nothing more.
   */
  async withdrawPromptedByDeath(personId: string): Promise<Review[]> {
    const { person } = await askGraph(this.ctx, ReviewPersonDeathDocument, { id: personId });
    if (!person) throw new BadUserInput('personId', 'personId is not a person in your authority');
    if (person.dateOfDeath) return [];
    const why = deathRemovedWords(LocalDate.today().toString());
    const withdrawn: Review[] = [];
    for (const review of (await loadVisibleBy(this.ctx, Review, 'promptedByDeathOf', personId)).filter(withdrawnWithDeath)) {
      this.ctx.audit.wrote(review.personId);
      withdrawn.push(await updateVersioned(this.ctx, Review, 'Review', review.id, review.version, { state: ReviewState.CANCELLED, outcomeDetails: { cancelledBecause: why } }));
      await this.ctx.outbox.record('ReviewCancelled', { reviewId: review.id, planId: review.planId, personId: review.personId });
    }
    return withdrawn;
  }

  /** Open reviews due between two dates, by status, earliest first (a team's worklist): a page read, never the whole window. */
  async due(
    { from, to, status, teamId, practitionerId }: { from: LocalDate; to: LocalDate; status?: ReviewStatus | null; teamId?: string | null; practitionerId?: string | null },
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Page<Review>> {
    const empty = () => pageOf([], pageSize(first), after, keysetCursor(DUE_DATE_ORDER));
    // A status is a state and a window of due dates today (it is derived, never stored).
    const window: { state: ReviewState | null; from?: LocalDate; to?: LocalDate } | null = status ? reviewStatusWindow(status, LocalDate.today()) : { state: null };
    if (!window) return empty();
    // Allocation lives with the person: the people subgraph names whose reviews these are.
    const people = teamId || practitionerId
      ? (await askGraph(this.ctx, AllocatedPeopleDocument, { practitioner: practitionerId ?? null, team: teamId ?? null })).allocatedPersonIds
      : null;
    if (people && !people.length) return empty();
    const latest = (a: LocalDate, b?: LocalDate) => (b && a.isBefore(b) ? b : a);
    const earliest = (a: LocalDate, b?: LocalDate) => (b && b.isBefore(a) ? b : a);
    const manager = await this.ctx.db.manager();
    const q = manager
      .createQueryBuilder(Review, 'r')
      .where('r.authority_code = :authority', { authority: this.ctx.identity.authority })
      .andWhere(window.state ? 'r.state = :state' : `r.state IN ('OPEN', 'IN_PROGRESS')`, { state: window.state })
      .andWhere('r.due_date BETWEEN :from AND :to', { from: latest(from, window.from).toString(), to: earliest(to, window.to).toString() })
      .andWhere(people ? 'r.person_id = ANY(:people)' : 'true', { people });
    const page = await keysetPage(q, DUE_DATE_ORDER, { first, after });
    this.ctx.audit.read(...page.rows.map((r) => r.personId));
    return page;
  }

  /** How many open reviews are in each status today: the team dashboard. */
  async counts(): Promise<Array<{ status: ReviewStatus; count: number }>> {
    const manager = await this.ctx.db.manager();
    const rows: Array<{ due_date: string; state: ReviewState; n: number }> = await manager.query(
      `SELECT due_date::text, state, count(*)::int AS n FROM reviews.review
        WHERE authority_code = $1 AND state IN ('OPEN', 'IN_PROGRESS') GROUP BY due_date, state`,
      [this.ctx.identity.authority],
    );
    const today = LocalDate.today();
    const totals = new Map<ReviewStatus, number>();
    for (const r of rows) {
      const status = reviewStatus(r.state, LocalDate.parse(r.due_date), today);
      totals.set(status, (totals.get(status) ?? 0) + r.n);
    }
    return [...totals].map(([status, count]) => ({ status, count }));
  }

  /** The plan a new review is of: one the caller can see in their authority, else BAD_USER_INPUT on planId. */
  planFor(planId: string): Promise<ReviewedPlan> {
    return lookupInGraph(this.ctx, ReviewedPlanDocument, planId, 'planId');
  }

  /** Opens a review of the plan; `fields` say why (a schedule key, a trigger, a request). */
  async create(plan: ReviewedPlan, kind: ReviewKind, dueDate: LocalDate, fields: Partial<Review> = {}): Promise<Review> {
    const review = await this.createOnce(plan, kind, dueDate, fields, async () => null);
    if (!review) throw new Error(`a ${kind} review conflicted with one it cannot find`);
    return review;
  }

  /**
   * Opens a review unless an equal one exists already (the same schedule key, or an open unplanned review
   * for the same change): two identical requests at the same instant get that one review, never an error.
   * The insert waits for a racing one to commit, then finds its row.
   */
  async createOnce(plan: ReviewedPlan, kind: ReviewKind, dueDate: LocalDate, fields: Partial<Review>, existing: () => Promise<Review | null>): Promise<Review | null> {
    const manager = await this.ctx.db.manager();
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(Review)
      .values({ ...fields, authorityCode: this.ctx.identity.authority, personId: plan.person.id, planId: plan.id, kind, dueDate: dueDate.toString(), state: ReviewState.OPEN })
      .orIgnore()
      .returning('id')
      .execute();
    const id = (inserted.raw as Array<{ id: string }>)[0]?.id;
    if (!id) {
      const other = await existing();
      if (other) this.ctx.audit.read(other.personId);
      return other;
    }
    const review = await manager.findOneByOrFail(Review, { id });
    this.ctx.audit.wrote(review.personId);
    await this.ctx.outbox.record('ReviewScheduled', { reviewId: review.id, planId: review.planId, personId: review.personId, dueDate: review.dueDate });
    return review;
  }

  /**
   * R16/R17: completes a review in progress with its outcome, once it records what R16 asks and who took
   * part (R1), behind the advocacy guard (R2a).
   */
  async complete(input: { id: string; version: number } & ReviewOutcomeInput): Promise<Review> {
    const review = await loadForChange(this.ctx, Review, input.id, 'id', 'a review');
    assertReviewInProgress(review.state, 'complete it');
    assertReviewOutcome(callerNation(this.ctx), input);
    const found = contentFacts(review);
    assertReviewContent(found);
    assertOutcomeAnswersReview(found.content, input.outcome);
    await askGraph(this.ctx, ReviewCompletionGuardDocument, { person: review.personId });
    if (input.outcome === ReviewOutcome.REVISE) await this.assertRevisionLinks(review, input);
    const { id, version, outcome } = input;
    const completedOn = LocalDate.today().toString();
    const completed = await updateVersioned(this.ctx, Review, 'Review', id, version, {
      state: ReviewState.COMPLETED,
      completedOn,
      outcome,
      outcomeDetails: outcomeRecord(input),
    });
    await this.ctx.outbox.record('ReviewCompleted', { reviewId: id, planId: review.planId, personId: review.personId, kind: review.kind, outcome, completedOn });
    return completed;
  }

  /** R17: the plans and assessments subgraphs say, as the caller sees them, whose the linked records are. */
  private async assertRevisionLinks(review: Review, input: ReviewOutcomeInput): Promise<void> {
    if (!input.newPlanId) return;
    const found = await askGraph(this.ctx, RevisionLinksDocument, { plan: input.newPlanId, assessment: input.reassessmentId ?? '', withAssessment: Boolean(input.reassessmentId) });
    assertRevisionLinks(review, input, {
      plan: found.plan && { personId: found.plan.person.id, previousVersionId: found.plan.previousVersionId ?? null },
      reassessment: found.assessment ? { personId: found.assessment.person.id } : null,
    });
  }
}
