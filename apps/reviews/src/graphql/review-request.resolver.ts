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
  @Mutation(() => ReviewType, { description: 'R14: an unplanned review after a change; while one for the same trigger is open, returns it unchanged.' })
  @Authorized(Role.PRACTITIONER, Role.TEAM_MANAGER, Role.SERVICE)
  requestUnplannedReview(@Arg('input', () => RequestUnplannedReviewInput) input: RequestUnplannedReviewInput, @Ctx() ctx: SubgraphContext): Promise<Review> {
    return new ReviewRequestService(ctx).requestUnplanned(input);
  }

  @Mutation(() => ReviewType, { description: 'R15: records a request for a review; it awaits decideReviewRequest.' })
  @Authorized(Role.PRACTITIONER, Role.TEAM_MANAGER, Role.SERVICE)
  recordReviewRequest(@Arg('input', () => RecordReviewRequestInput) input: RecordReviewRequestInput, @Ctx() ctx: SubgraphContext): Promise<Review> {
    return new ReviewRequestService(ctx).record(input);
  }

  @Mutation(() => ReviewType, { description: 'R15: accepts a request with a due date, or refuses it with written reasons sent as a letter (R2b).' })
  @Authorized(Role.PRACTITIONER, Role.TEAM_MANAGER)
  decideReviewRequest(@Arg('input', () => DecideReviewRequestInput) input: DecideReviewRequestInput, @Ctx() ctx: SubgraphContext): Promise<Review> {
    return new ReviewRequestService(ctx).decide(input);
  }

  @FieldResolver(() => ReviewRequestType, { nullable: true, description: 'R15: who asked for a requested review, and the decision.' })
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

  @FieldResolver(() => [ReviewLetterType], { description: 'Letters sent about the review, as issued (R15 refusals).' })
  letters(@Root() review: Review, @Ctx() ctx: SubgraphContext): Promise<ReviewLetter[]> {
    return new ReviewRequestService(ctx).letters(review.id);
  }
}
