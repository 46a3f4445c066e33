import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { LocalDate, ReviewStatus, Role } from '@careplan/domain';
import { CASEWORK_ROLES, toConnection, type SubgraphContext } from '@careplan/subgraph-kit';
import type { Review } from '../entities/review.entity';
import { dueDateCursor } from '../services/due-date-page';
import { ReviewService } from '../services/review.service';
import { CompleteReviewInput, PersonRef, PlanRef, ReviewConnection, ReviewCountType, ReviewType, ScheduleAfter, ScheduleReviewInput } from './types';

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

  @Mutation(() => ReviewType, { description: 'R12a: schedules the direct-payment review 6 months after the first payment; once per key.' })
  @Authorized(Role.SERVICE, Role.TEAM_MANAGER)
  scheduleDirectPaymentReview(
    @Arg('planId', () => ID) planId: string,
    @Arg('firstPaymentOn') firstPaymentOn: string,
    @Arg('key') key: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Review> {
    return new ReviewService(ctx).scheduleDirectPaymentReview({ planId, firstPaymentOn, key });
  }

  @Mutation(() => [ReviewType], { description: 'Cancels the open reviews of a plan that has closed.' })
  @Authorized(Role.SERVICE, Role.TEAM_MANAGER)
  cancelOpenReviews(@Arg('planId', () => ID) planId: string, @Arg('reason') reason: string, @Ctx() ctx: SubgraphContext): Promise<Review[]> {
    return new ReviewService(ctx).cancelOpen(planId, reason);
  }

  @Query(() => ReviewConnection, { description: 'Open reviews due between two dates, earliest first, optionally of one status.' })
  @Authorized(Role.PRACTITIONER, Role.TEAM_MANAGER)
  async reviewsDue(
    @Arg('from') from: string,
    @Arg('to') to: string,
    @Ctx() ctx: SubgraphContext,
    @Arg('status', () => ReviewStatus, { nullable: true }) status?: ReviewStatus,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('team', () => ID, { nullable: true, description: 'Only people allocated to this team.' }) team?: string,
    @Arg('practitioner', () => ID, { nullable: true, description: 'Only people allocated to this practitioner.' }) practitioner?: string,
  ): Promise<ReviewConnection> {
    const page = await new ReviewService(ctx).due({ from: LocalDate.parse(from, 'from'), to: LocalDate.parse(to, 'to'), status, teamId: team, practitionerId: practitioner }, first, after);
    return toConnection(page, dueDateCursor) as unknown as ReviewConnection;
  }

  @Query(() => [ReviewCountType], { description: 'Open reviews by status today: the team dashboard.' })
  @Authorized(Role.PRACTITIONER, Role.TEAM_MANAGER)
  reviewCounts(@Ctx() ctx: SubgraphContext) {
    return new ReviewService(ctx).counts();
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
