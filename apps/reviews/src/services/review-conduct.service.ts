import {
  LocalDate,
  NO_REVIEW_CONTENT,
  ReviewState,
  assertCanStartReview,
  assertReviewInProgress,
  missingReviewContent,
  parseReviewContent,
  type ReviewContentFacts,
} from '@careplan/domain';
import { loadForChange, parseInvolvement, updateVersioned, type SubgraphContext } from '@careplan/subgraph-kit';
import { Review } from '../entities/review.entity';
import type { RecordReviewContentInput, StartReviewInput } from '../graphql/review-conduct.types';

/** What the R16 completion rule looks at in a review: its answers and who took part. */
export function contentFacts(review: Review): ReviewContentFacts {
  return { content: { ...NO_REVIEW_CONTENT, ...review.content }, involved: review.involved.length };
}

/** Carrying out a review: starting it the way agreed with the person, then recording who took part and what it found (R16, R1). */
export class ReviewConductService {
  constructor(private readonly ctx: SubgraphContext) {}

  async start(input: StartReviewInput): Promise<Review> {
    const review = await loadForChange(this.ctx, Review, input.id, 'id', 'a review');
    assertCanStartReview(review, input.methodAgreedWithPerson);
    const started = await updateVersioned(this.ctx, Review, 'Review', review.id, input.version, {
      state: ReviewState.IN_PROGRESS,
      method: input.method,
      startedOn: LocalDate.today().toString(),
    });
    await this.ctx.outbox.record('ReviewStarted', { reviewId: review.id, planId: review.planId, personId: review.personId, method: input.method });
    return started;
  }

  /** Records answers as they are given; those left out stay as recorded, and who took part is replaced when given. */
  async recordContent(input: RecordReviewContentInput): Promise<Review> {
    const review = await loadForChange(this.ctx, Review, input.id, 'id', 'a review');
    assertReviewInProgress(review.state, 'record what it found');
    const { id, version, involved, ...answers } = input;
    const changes: Partial<Review> = { content: { ...NO_REVIEW_CONTENT, ...review.content, ...parseReviewContent(answers) } };
    if (involved) changes.involved = parseInvolvement(involved);
    return updateVersioned(this.ctx, Review, 'Review', id, version, changes);
  }

  missing(review: Review): Array<{ id: string; label: string }> {
    return missingReviewContent(contentFacts(review));
  }
}
