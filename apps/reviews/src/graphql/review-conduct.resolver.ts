import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Role } from '@careplan/domain';
import type { SubgraphContext } from '@careplan/subgraph-kit';
import type { Review } from '../entities/review.entity';
import { ReviewConductService } from '../services/review-conduct.service';
import { MissingReviewItemType, RecordReviewContentInput, StartReviewInput } from './review-conduct.types';
import { ReviewType } from './types';

/** Carrying out a review: the method agreed with the person, who took part and what it found (R16, R1). */
@Resolver(() => ReviewType)
export class ReviewConductResolver {
  @Mutation(() => ReviewType, { description: 'R16 (R1): starts a review the way agreed with the person.' })
  @Authorized(Role.PRACTITIONER, Role.TEAM_MANAGER)
  startReview(@Arg('input', () => StartReviewInput) input: StartReviewInput, @Ctx() ctx: SubgraphContext): Promise<Review> {
    return new ReviewConductService(ctx).start(input);
  }

  @Mutation(() => ReviewType, { description: 'R16, R1: records who took part and what the review found, as it goes.' })
  @Authorized(Role.PRACTITIONER, Role.TEAM_MANAGER)
  recordReviewContent(@Arg('input', () => RecordReviewContentInput) input: RecordReviewContentInput, @Ctx() ctx: SubgraphContext): Promise<Review> {
    return new ReviewConductService(ctx).recordContent(input);
  }

  @FieldResolver(() => [MissingReviewItemType], { description: 'What R16 (and R1) still asks the review to record before it can be completed.' })
  contentMissing(@Root() review: Review, @Ctx() ctx: SubgraphContext): MissingReviewItemType[] {
    return new ReviewConductService(ctx).missing(review);
  }
}
