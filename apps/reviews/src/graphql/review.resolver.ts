import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ReviewStatus, Role } from '@careplan/domain';
import { CASEWORK_ROLES, type SubgraphContext } from '@careplan/subgraph-kit';
import type { Review } from '../entities/review.entity';
import { ReviewService } from '../services/review.service';
import { PersonRef, PlanRef, ReviewType, ScheduleReviewInput } from './types';

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
