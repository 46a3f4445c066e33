import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ReviewStatus, Role } from '@careplan/domain';
import { CASEWORK_ROLES, type SubgraphContext } from '@careplan/subgraph-kit';
import type { Review } from '../entities/review.entity';
import { ReviewService } from '../services/review.service';
import { CompleteReviewInput, PersonRef, PlanRef, ReviewType, ScheduleAfter, ScheduleReviewInput } from './types';

const WRITERS = [Role.PRACTITIONER, Role.TEAM_MANAGER, Role.SERVICE];

@Resolver(() => ReviewType)
export class ReviewResolver {
  @Query(() => ReviewType, { nullable: true })
  @Authorized(...CASEWORK_ROLES, Role.PERSON)
  review(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<Review | null> {
    return new ReviewService(ctx).get(id);
  }

  @Mutation(() => ReviewType, { description: 'Schedules a review of a plan.' })
  @Authorized(...WRITERS)
  scheduleReview(@Arg('input', () => ScheduleReviewInput) input: ScheduleReviewInput, @Ctx() ctx: SubgraphContext): Promise<Review> {
    return new ReviewService(ctx).schedule(input);
  }

  @Mutation(() => ReviewType, { description: 'R13: schedules the next planned review after sign-off or a review; the key makes it happen once.' })
  @Authorized(Role.SERVICE, Role.TEAM_MANAGER)
  schedulePlannedReview(
    @Arg('planId', () => ID) planId: string,
    @Arg('after', () => ScheduleAfter) after: ScheduleAfter,
    @Arg('on', { description: 'YYYY-MM-DD: the sign-off or the completed review.' }) on: string,
    @Arg('key', { description: 'Idempotency key, e.g. the event id.' }) key: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Review> {
    return new ReviewService(ctx).schedulePlanned({ planId, after, on, key });
  }

  @Mutation(() => ReviewType, { description: 'Completes a review with its outcome (R16, R17; guard R2a).' })
  @Authorized(Role.PRACTITIONER, Role.TEAM_MANAGER)
  completeReview(@Arg('input', () => CompleteReviewInput) input: CompleteReviewInput, @Ctx() ctx: SubgraphContext): Promise<Review> {
    return new ReviewService(ctx).complete(input);
  }

  @FieldResolver(() => PlanRef)
  plan(@Root() review: Review): PlanRef {
    return { id: review.planId };
  }

  @FieldResolver(() => ReviewStatus)
  status(@Root() review: Review, @Ctx() ctx: SubgraphContext): ReviewStatus {
    return new ReviewService(ctx).status(review);
  }
}

@Resolver(() => PlanRef)
export class PlanReviewsResolver {
  @FieldResolver(() => [ReviewType], { description: 'Every review of the plan, oldest first.' })
  reviews(@Root() plan: PlanRef, @Ctx() ctx: SubgraphContext): Promise<Review[]> {
    return new ReviewService(ctx).forPlan(plan.id);
  }

  @FieldResolver(() => ReviewType, { nullable: true, description: 'The earliest-due review not yet done.' })
  nextReview(@Root() plan: PlanRef, @Ctx() ctx: SubgraphContext): Promise<Review | null> {
    return new ReviewService(ctx).nextFor(plan.id);
  }
}

@Resolver(() => PersonRef)
export class PersonReviewsResolver {
  @FieldResolver(() => [ReviewType], { description: 'Every review of any of the person’s plans.' })
  reviews(@Root() person: PersonRef, @Ctx() ctx: SubgraphContext): Promise<Review[]> {
    return new ReviewService(ctx).forPerson(person.id);
  }
}
