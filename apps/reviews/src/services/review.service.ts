import { BadUserInput, LocalDate, ReviewState, nextReview, reviewStatus, type ReviewStatus } from '@careplan/domain';
import { loadVisible, loadVisibleBy, lookupInGraph, type SubgraphContext } from '@careplan/subgraph-kit';
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
    const plan = await lookupInGraph<{ person: { id: string } }>(this.ctx, 'plan', input.planId, 'planId', 'id person { id }');
    const manager = await this.ctx.db.manager();
    const review = await manager.save(
      manager.create(Review, {
        authorityCode: this.ctx.identity.authority,
        personId: plan.person.id,
        planId: input.planId,
        kind: input.kind,
        dueDate: dueDate.toString(),
        state: ReviewState.OPEN,
      }),
    );
    this.ctx.audit.wrote(review.personId);
    await this.ctx.outbox.record('ReviewScheduled', { reviewId: review.id, planId: review.planId, personId: review.personId });
    return review;
  }
}
