import { CancelOpenReviewsDocument } from '../../graph/generated';
import { onEvent } from '../registry';

/** A closed plan's open reviews are cancelled. */
export const cancelReviewsOfClosedPlan = onEvent({
  name: 'cancel-reviews-of-closed-plan',
  handles: 'PlanClosed',
  async handle({ data }, { graph, logger }) {
    const { cancelOpenReviews } = await graph(CancelOpenReviewsDocument, { plan: data.planId, reason: 'the plan was closed' });
    logger.info({ planId: data.planId, cancelled: cancelOpenReviews.length }, 'open reviews of a closed plan cancelled');
  },
});
