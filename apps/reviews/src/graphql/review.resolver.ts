import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { LocalDate, ReviewState, ReviewStatus, Role } from '@careplan/domain';
import { CASEWORK_ROLES, toConnection, type SubgraphContext, LocalDateScalar } from '@careplan/subgraph-kit';
import type { Review } from '../entities/review.entity';
import { ReviewService } from '../services/review.service';
import {
  AssessmentRef,
  CancelOpenReviewsInput,
  CompleteReviewInput,
  PersonRef,
  PlanRef,
  ReinstateReviewsOfPlanInput,
  ReviewConnection,
  ReviewCountType,
  ReviewType,
  ScheduleDirectPaymentReviewInput,
  ScheduleNextDirectPaymentReviewInput,
  SchedulePlannedReviewInput,
  ScheduleReviewInput,
  WithdrawReviewsPromptedByDeathInput,
} from './types';

const WRITERS = [Role.PRACTITIONER, Role.TEAM_MANAGER, Role.SERVICE];

/** One thing a completed review's outcome recorded; a cancelled review's reason is not an outcome. */
const recorded = (review: Review, key: string) => (review.state === ReviewState.COMPLETED ? review.outcomeDetails?.[key] : undefined);
const text = (review: Review, key: string): string | null => {
  const value = recorded(review, key);
  return typeof value === 'string' && value ? value : null;
};

@Resolver(() => ReviewType)
export class ReviewResolver {
  @Query(() => ReviewType, {
    nullable: true,
    description:
      'A review by id; null when your council has none with that id. A PERSON may read only reviews of their own plans (FORBIDDEN otherwise). Roles: PRACTITIONER, TEAM_MANAGER, PANEL_MEMBER, FINANCE_OFFICER, SERVICE, PERSON.',
  })
  @Authorized(...CASEWORK_ROLES, Role.PERSON)
  review(@Arg('id', () => ID, { description: 'The review’s id.' }) id: string, @Ctx() ctx: SubgraphContext): Promise<Review | null> {
    return new ReviewService(ctx).get(id);
  }

  @Mutation(() => ReviewType, {
    description:
      'Schedules a planned or direct-payment review of a plan on the day you choose, besides those scheduled automatically; returns the new review. A day in the past, or an UNPLANNED or REQUESTED kind, is BAD_USER_INPUT. Roles: PRACTITIONER, TEAM_MANAGER, SERVICE.',
  })
  @Authorized(...WRITERS)
  scheduleReview(@Arg('input', () => ScheduleReviewInput, { description: 'The plan, the due day and the kind.' }) input: ScheduleReviewInput, @Ctx() ctx: SubgraphContext): Promise<Review> {
    return new ReviewService(ctx).schedule(input);
  }

  @Mutation(() => ReviewType, {
    description:
      'Schedules the next planned review of a plan (R13): after sign-off, the council’s firstReviewWeeks (default 8) weeks on; after a completed review, the plan’s agreed frequency when shorter than the council’s longest gap, else that gap (at most 12 months). Once per key; done automatically on sign-off and on completing a planned review with no change. Roles: SERVICE, TEAM_MANAGER.',
  })
  @Authorized(Role.SERVICE, Role.TEAM_MANAGER)
  schedulePlannedReview(@Arg('input', () => SchedulePlannedReviewInput, { description: 'The plan, what the review follows, when, and the key.' }) input: SchedulePlannedReviewInput, @Ctx() ctx: SubgraphContext): Promise<Review> {
    return new ReviewService(ctx).schedulePlanned(input);
  }

  @Mutation(() => ReviewType, {
    description:
      'Schedules the review of a plan’s direct-payment arrangement, due 6 months after the first payment (R12a), and returns it. Once per key; done automatically when a direct payment starts. Roles: SERVICE, TEAM_MANAGER.',
  })
  @Authorized(Role.SERVICE, Role.TEAM_MANAGER)
  scheduleDirectPaymentReview(
    @Arg('input', () => ScheduleDirectPaymentReviewInput, { description: 'The plan, the day of the first payment, and the key.' }) input: ScheduleDirectPaymentReviewInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Review> {
    return new ReviewService(ctx).scheduleDirectPaymentReview(input);
  }

  @Mutation(() => ReviewType, {
    description:
      'Schedules the next review of a plan’s direct-payment arrangement, due 12 months after the last one was completed (R12a), and returns it. Once per key; done automatically when a direct-payment review is completed. Roles: SERVICE, TEAM_MANAGER.',
  })
  @Authorized(Role.SERVICE, Role.TEAM_MANAGER)
  scheduleNextDirectPaymentReview(
    @Arg('input', () => ScheduleNextDirectPaymentReviewInput, { description: 'The plan, the day the last direct-payment review was completed, and the key.' }) input: ScheduleNextDirectPaymentReviewInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Review> {
    return new ReviewService(ctx).scheduleNextDirectPaymentReview(input);
  }

  @Mutation(() => [ReviewType], {
    description:
      'Cancels every review of a plan not yet completed (open or in progress), for a plan that has ended: closed, or replaced by its agreed revision (CONFLICT while it is in force). Returns those cancelled, now CANCELLED; empty when there were none, so asking again changes nothing. The worker does this when a plan ends. Roles: SERVICE.',
  })
  @Authorized(Role.SERVICE)
  cancelOpenReviews(@Arg('input', () => CancelOpenReviewsInput, { description: 'The plan and why its reviews are cancelled.' }) input: CancelOpenReviewsInput, @Ctx() ctx: SubgraphContext): Promise<Review[]> {
    return new ReviewService(ctx).cancelOpen(input.planId, input.reason);
  }

  @Mutation(() => [ReviewType], {
    description:
      'Withdraws the unplanned reviews a person’s death prompted once that date of death is removed from their record as recorded in error (R14): each not yet started is CANCELLED, saying why; one started is left for the practitioner to complete. Returns those withdrawn; none while the record holds a date of death, or when asked again. The worker does this when a date of death is removed. Roles: SERVICE.',
  })
  @Authorized(Role.SERVICE)
  withdrawReviewsPromptedByDeath(
    @Arg('input', () => WithdrawReviewsPromptedByDeathInput, { description: 'The person whose date of death was removed.' }) input: WithdrawReviewsPromptedByDeathInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Review[]> {
    return new ReviewService(ctx).withdrawPromptedByDeath(input.personId);
  }

  @Mutation(() => [ReviewType], {
    description:
      'Brings back the reviews of a plan reinstated after a death recorded in error had closed it (R13, R12a): those its closure cancelled return to the state they were cancelled from, due when they were due. Returns those brought back; none while the plan has ended, or when asked again. The worker does this when a plan is reinstated. Roles: SERVICE.',
  })
  @Authorized(Role.SERVICE)
  reinstateReviewsOfPlan(@Arg('input', () => ReinstateReviewsOfPlanInput, { description: 'The plan that came back.' }) input: ReinstateReviewsOfPlanInput, @Ctx() ctx: SubgraphContext): Promise<Review[]> {
    return new ReviewService(ctx).reinstateWithPlan(input.planId);
  }

  @Query(() => ReviewConnection, {
    description:
      'Your council’s open reviews (not started, or in progress) due between two days inclusive, earliest due first, a page at a time; optionally only one status, or only people allocated to a team or a practitioner (both: that practitioner within that team). Roles: PRACTITIONER, TEAM_MANAGER.',
  })
  @Authorized(Role.PRACTITIONER, Role.TEAM_MANAGER)
  async reviewsDue(
    @Arg('from', () => LocalDateScalar, { description: 'The first due day to include, YYYY-MM-DD (Europe/London).' }) from: string,
    @Arg('to', () => LocalDateScalar, { description: 'The last due day to include, YYYY-MM-DD (Europe/London).' }) to: string,
    @Ctx() ctx: SubgraphContext,
    @Arg('status', () => ReviewStatus, { nullable: true, description: 'Only reviews in this status today (SCHEDULED, DUE_SOON, DUE, OVERDUE or IN_PROGRESS); every open review when left out.' })
    status?: ReviewStatus,
    @Arg('first', () => Int, { nullable: true, description: 'How many to return: 1 to 100, default 20.' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'The `endCursor` of the page before; leave out for the first page.' }) after?: string,
    @Arg('team', () => ID, { nullable: true, description: 'Only reviews of people whose team is this one.' }) team?: string,
    @Arg('practitioner', () => ID, { nullable: true, description: 'Only reviews of people allocated to this practitioner.' }) practitioner?: string,
  ): Promise<ReviewConnection> {
    const page = await new ReviewService(ctx).due({ from: LocalDate.parse(from, 'from'), to: LocalDate.parse(to, 'to'), status, teamId: team, practitionerId: practitioner }, first, after);
    return toConnection(page) as unknown as ReviewConnection;
  }

  @Query(() => [ReviewCountType], {
    description: 'How many of your council’s open reviews are in each status today (Europe/London): the team dashboard. Statuses with none are left out. Roles: PRACTITIONER, TEAM_MANAGER.',
  })
  @Authorized(Role.PRACTITIONER, Role.TEAM_MANAGER)
  reviewCounts(@Ctx() ctx: SubgraphContext) {
    return new ReviewService(ctx).counts();
  }

  @Mutation(() => ReviewType, {
    description:
      'Completes a review IN_PROGRESS with its outcome (R17) and returns it, COMPLETED today. Refused until it records all that R16 and R1 ask (RULE_VIOLATION R16, naming what is missing: see contentMissing), while an independent advocate is required but none is recorded (RULE_VIOLATION R2a), when the outcome lacks what it must record (RULE_VIOLATION R17), or when it found the personal budget not enough yet concludes NO_CHANGE or CONFIRM (RULE_VIOLATION R11: revise the plan to increase it, or close it). An outcome your nation does not use is BAD_USER_INPUT; a review not in progress, or a stale version, a CONFLICT. Roles: PRACTITIONER, TEAM_MANAGER.',
  })
  @Authorized(Role.PRACTITIONER, Role.TEAM_MANAGER)
  completeReview(
    @Arg('input', () => CompleteReviewInput, { description: 'The review, its version, the outcome and what the outcome records.' }) input: CompleteReviewInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Review> {
    return new ReviewService(ctx).complete(input);
  }

  @FieldResolver(() => PlanRef, { description: 'The plan version under review.' })
  plan(@Root() review: Review): PlanRef {
    return { id: review.planId };
  }

  @FieldResolver(() => ReviewStatus, { description: 'Where the review stands today, from its state and due date.' })
  status(@Root() review: Review, @Ctx() ctx: SubgraphContext): ReviewStatus {
    return new ReviewService(ctx).status(review);
  }

  // What the outcome recorded (R17), kept as the outcome's own record.
  @FieldResolver(() => PlanRef, { nullable: true, description: 'REVISE: the new version of the plan the review linked, a revision of the plan reviewed (R17); null for other outcomes.' })
  newPlan(@Root() review: Review): PlanRef | null {
    const id = recorded(review, 'newPlanId');
    return typeof id === 'string' ? { id } : null;
  }

  @FieldResolver(() => AssessmentRef, { nullable: true, description: 'REVISE: the reassessment of the person’s needs the review linked (R17); null when none was, and for other outcomes.' })
  reassessment(@Root() review: Review): AssessmentRef | null {
    const id = recorded(review, 'reassessmentId');
    return typeof id === 'string' ? { id } : null;
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'REVISE: whether the person’s needs had changed (R17); null for other outcomes.' })
  needsChanged(@Root() review: Review): boolean | null {
    const changed = recorded(review, 'needsChanged');
    return typeof changed === 'boolean' ? changed : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'CLOSE: the written reasons for closing the plan (R17); null for other outcomes.' })
  closureReasons(@Root() review: Review): string | null {
    return text(review, 'closureReasons');
  }

  @FieldResolver(() => String, { nullable: true, description: 'CLOSE: the information about other help available to the person (R17); null for other outcomes.' })
  otherHelp(@Root() review: Review): string | null {
    return text(review, 'otherHelp');
  }

  @FieldResolver(() => String, { nullable: true, description: 'CLOSE in Wales: the statement evaluating how far the person’s outcomes were achieved (R17); null otherwise.' })
  closureStatement(@Root() review: Review): string | null {
    return text(review, 'closureStatement');
  }

  @FieldResolver(() => PersonRef, {
    nullable: true,
    description: 'For an unplanned review a death prompted (R14), the person who died (a carer, or the other person of a joint plan): should that date of death be removed as recorded in error, the review is cancelled unless started. Null otherwise.',
  })
  promptedByDeathOf(@Root() review: Review): PersonRef | null {
    return review.promptedByDeathOf ? { id: review.promptedByDeathOf } : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Why the review was cancelled, e.g. "the plan was closed"; null unless CANCELLED.' })
  cancelledReason(@Root() review: Review): string | null {
    const reason = review.state === ReviewState.CANCELLED ? review.outcomeDetails?.cancelledBecause : null;
    return typeof reason === 'string' ? reason : null;
  }
}

@Resolver(() => PlanRef)
export class PlanReviewsResolver {
  @FieldResolver(() => [ReviewType], { description: 'Every review of this plan version, oldest first.' })
  reviews(@Root() plan: PlanRef, @Ctx() ctx: SubgraphContext): Promise<Review[]> {
    return new ReviewService(ctx).forPlan(plan.id);
  }

  @FieldResolver(() => ReviewType, {
    nullable: true,
    description: 'The review this plan version is waiting for: the earliest due of those not yet completed, refused or cancelled; null when there is none.',
  })
  nextReview(@Root() plan: PlanRef, @Ctx() ctx: SubgraphContext): Promise<Review | null> {
    return new ReviewService(ctx).nextFor(plan.id);
  }
}

@Resolver(() => PersonRef)
export class PersonReviewsResolver {
  @FieldResolver(() => [ReviewType], { description: 'Every review of any of the person’s plans, every version included, oldest first.' })
  reviews(@Root() person: PersonRef, @Ctx() ctx: SubgraphContext): Promise<Review[]> {
    return new ReviewService(ctx).forPerson(person.id);
  }
}
