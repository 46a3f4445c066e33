import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Role } from '@careplan/domain';
import type { SubgraphContext } from '@careplan/subgraph-kit';
import type { Review } from '../entities/review.entity';
import type { ReviewLetter } from '../entities/review-letter.entity';
import { ReviewRequestService } from '../services/review-request.service';
import { DecideReviewRequestInput, RecordReviewRequestInput, RequestUnplannedReviewInput, ReviewLetterType, ReviewRequestType } from './review-request.types';
import { ReviewType } from './types';

/** Reviews asked for after a change (R14) or by the person, a carer or an advocate (R15). */
@Resolver(() => ReviewType)
export class ReviewRequestResolver {
  @Mutation(() => ReviewType, {
    description:
      'Schedules an unplanned review of a plan in force after a change (R14), due 14 days from today unless you set a day, and returns it. While an unplanned review of the plan for the same trigger is open or in progress, that one is returned unchanged. A plan not in force, OTHER without details, or a due day outside today to 3 months ahead is BAD_USER_INPUT. Roles: PRACTITIONER, TEAM_MANAGER, SERVICE.',
  })
  @Authorized(Role.PRACTITIONER, Role.TEAM_MANAGER, Role.SERVICE)
  requestUnplannedReview(
    @Arg('input', () => RequestUnplannedReviewInput, { description: 'The plan, what changed and, optionally, when the review is due.' }) input: RequestUnplannedReviewInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Review> {
    return new ReviewRequestService(ctx).requestUnplanned(input);
  }

  @Mutation(() => ReviewType, {
    description:
      'Records a request by the person, a carer or an advocate for a review of a plan in force (R15): a REQUESTED review, due 28 days after the request, whose request stays PENDING until decideReviewRequest. Returns it. A plan not in force, a request dated in the future, or a carer or advocate not on the person’s record is BAD_USER_INPUT. Roles: PRACTITIONER, TEAM_MANAGER, SERVICE.',
  })
  @Authorized(Role.PRACTITIONER, Role.TEAM_MANAGER, Role.SERVICE)
  recordReviewRequest(
    @Arg('input', () => RecordReviewRequestInput, { description: 'The plan, who asked, when, and what for.' }) input: RecordReviewRequestInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Review> {
    return new ReviewRequestService(ctx).record(input);
  }

  @Mutation(() => ReviewType, {
    description:
      'Decides a pending request for a review (R15) and returns the review. Accepting sets when it is due (28 days after the request unless you set a day); it can then be started. Refusing needs written reasons (RULE_VIOLATION R15 otherwise): the review becomes REFUSED and the reasons go to the person as a letter in their format (R2b), copied to the carer or advocate who asked and, at the person’s request, to their advocate. A request already decided, or a stale version, is a CONFLICT. Roles: PRACTITIONER, TEAM_MANAGER.',
  })
  @Authorized(Role.PRACTITIONER, Role.TEAM_MANAGER)
  decideReviewRequest(
    @Arg('input', () => DecideReviewRequestInput, { description: 'The review, its version and the decision.' }) input: DecideReviewRequestInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Review> {
    return new ReviewRequestService(ctx).decide(input);
  }

  @FieldResolver(() => ReviewRequestType, { nullable: true, description: 'For a requested review (R15): who asked, when, and the decision; null for other kinds.' })
  request(@Root() review: Review): ReviewRequestType | null {
    if (!review.requestDecision) return null;
    return {
      requestedBy: review.requestedBy!,
      requesterName: review.requesterName,
      requestedOn: review.requestedOn!,
      decision: review.requestDecision,
      decidedOn: review.decidedOn,
      decidedBy: review.decidedBy,
      reasons: review.decisionReasons,
    };
  }

  @FieldResolver(() => [ReviewLetterType], { description: 'Letters issued about the review, oldest first: the refusal of a requested review (R15); empty when none.' })
  letters(@Root() review: Review, @Ctx() ctx: SubgraphContext): Promise<ReviewLetter[]> {
    return new ReviewRequestService(ctx).letters(review.id);
  }
}
