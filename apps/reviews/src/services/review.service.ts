import {
  BadUserInput,
  Conflict,
  LocalDate,
  ReviewKind,
  ReviewState,
  assertReviewOutcome,
  firstPlannedReviewDue,
  nextPlannedReviewDue,
  nextReview,
  reviewStatus,
  type Nation,
  type ReviewOutcomeInput,
  type ReviewStatus,
} from '@careplan/domain';
import { askGraph, loadVisible, loadVisibleBy, lookupInGraph, updateVersioned, type SubgraphContext } from '@careplan/subgraph-kit';
import { Review } from '../entities/review.entity';
import type { ScheduleReviewInput } from '../graphql/types';

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
    return this.create(input.planId, input.kind, dueDate, null);
  }

  /**
   * R13, from events: the first planned review after sign-off, or the next after a completed review, at
   * the plan's agreed frequency. The key makes it idempotent: the same event schedules one review.
   */
  async schedulePlanned(input: { planId: string; after: 'SIGN_OFF' | 'REVIEW'; on: string; key: string }): Promise<Review> {
    const existing = await (await this.ctx.db.manager()).findOneBy(Review, { authorityCode: this.ctx.identity.authority, scheduleKey: input.key });
    if (existing) return existing;
    const on = LocalDate.parse(input.on, 'on');
    const plan = await askGraph<{ plan: { reviewEveryMonths: number | null } | null }>(this.ctx, `query PlanFrequency($id: ID!) { plan(id: $id) { reviewEveryMonths } }`, { id: input.planId });
    if (!plan.plan) throw new BadUserInput('planId', 'planId is not a plan in your authority');
    const due = input.after === 'SIGN_OFF' ? firstPlannedReviewDue(on) : nextPlannedReviewDue(on, plan.plan.reviewEveryMonths);
    return this.create(input.planId, ReviewKind.PLANNED, due, input.key);
  }

  private async create(planId: string, kind: ReviewKind, dueDate: LocalDate, scheduleKey: string | null): Promise<Review> {
    const plan = await lookupInGraph<{ person: { id: string } }>(this.ctx, 'plan', planId, 'planId', 'id person { id }');
    const manager = await this.ctx.db.manager();
    const review = await manager.save(
      manager.create(Review, {
        authorityCode: this.ctx.identity.authority,
        personId: plan.person.id,
        planId,
        kind,
        dueDate: dueDate.toString(),
        state: ReviewState.OPEN,
        scheduleKey,
      }),
    );
    this.ctx.audit.wrote(review.personId);
    await this.ctx.outbox.record('ReviewScheduled', { reviewId: review.id, planId: review.planId, personId: review.personId, dueDate: review.dueDate });
    return review;
  }

  /** R16/R17: completes a review with its outcome, behind the advocacy guard (R2a). */
  async complete(input: { id: string; version: number } & ReviewOutcomeInput): Promise<Review> {
    const review = await this.get(input.id);
    if (!review) throw new BadUserInput('id', 'id is not a review in your authority');
    this.ctx.audit.wrote(review.personId);
    if (review.state !== ReviewState.OPEN && review.state !== ReviewState.IN_PROGRESS) throw new Conflict('the review is already closed');
    const { person } = await askGraph<{ person: { authority: { nation: Nation } } | null }>(this.ctx, `query ReviewPerson($id: ID!) { person(id: $id) { authority { nation } } }`, { id: review.personId });
    assertReviewOutcome(person!.authority.nation, input);
    await askGraph(this.ctx, `query Guard($id: ID!) { advocacyGuard(personId: $id, action: COMPLETE_REVIEW) }`, { id: review.personId });
    const { id, version, outcome, ...details } = input;
    const completed = await updateVersioned(this.ctx, Review, 'Review', id, version, {
      state: ReviewState.COMPLETED,
      completedOn: LocalDate.today().toString(),
      outcome,
      outcomeDetails: details,
    });
    await this.ctx.outbox.record('ReviewCompleted', { reviewId: id, planId: review.planId, personId: review.personId, outcome, completedOn: completed.completedOn });
    return completed;
  }
}
