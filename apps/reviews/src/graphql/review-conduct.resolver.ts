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
  @Mutation(() => ReviewType, {
    description:
      'Starts an open review the way agreed with the person (R16, R1): it becomes IN_PROGRESS, started today with that method, and what it finds can then be recorded. Refused unless the method was agreed with the person (RULE_VIOLATION R16); a review already started or closed, a requested review whose request is undecided, or a stale version is a CONFLICT. Roles: PRACTITIONER, TEAM_MANAGER.',
  })
  @Authorized(Role.PRACTITIONER, Role.TEAM_MANAGER)
  startReview(@Arg('input', () => StartReviewInput, { description: 'The review, its version and the method agreed.' }) input: StartReviewInput, @Ctx() ctx: SubgraphContext): Promise<Review> {
    return new ReviewConductService(ctx).start(input);
  }

  @Mutation(() => ReviewType, {
    description:
      'Records, as a review IN_PROGRESS goes, who took part (R1) and what it found (R16), and returns the review; answers left out stay as recorded. A review not in progress, or a stale version, is a CONFLICT. Roles: PRACTITIONER, TEAM_MANAGER.',
  })
  @Authorized(Role.PRACTITIONER, Role.TEAM_MANAGER)
  recordReviewContent(
    @Arg('input', () => RecordReviewContentInput, { description: 'The review, its version, and the answers and involvement to record.' }) input: RecordReviewContentInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Review> {
    return new ReviewConductService(ctx).recordContent(input);
  }

  @FieldResolver(() => [MissingReviewItemType], {
    description: 'What R16 and R1 still ask the review to record before it can be completed, in the order they are asked; empty when nothing is missing.',
  })
  contentMissing(@Root() review: Review, @Ctx() ctx: SubgraphContext): MissingReviewItemType[] {
    return new ReviewConductService(ctx).missing(review);
  }
}
