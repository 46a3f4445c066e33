import { ReviewOutcome } from '@careplan/domain';
import { ClosePlanAfterReviewDocument } from '../../graph/generated';
import { onEvent } from '../registry';

/**
 * R17: a review completed with outcome CLOSE closes its plan with the review's reasons and a closure letter.
 * The plans subgraph checks the review itself and returns a plan it already closed after it as it is, so a
 * redelivered event closes nothing twice.
 */
export const closePlanAfterReview = onEvent({
  name: 'close-plan-after-review',
  handles: ['ReviewCompleted'],
  async handle(event, { graph, logger }) {
    if (event.data.outcome !== ReviewOutcome.CLOSE) return;
    const { closePlanAfterReview } = await graph(ClosePlanAfterReviewDocument, { input: { planId: event.data.planId, reviewId: event.data.reviewId } });
    logger.info({ planId: closePlanAfterReview.id, reviewId: event.data.reviewId, status: closePlanAfterReview.status }, 'plan closed after its review');
  },
});
