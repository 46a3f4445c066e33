import { CancelOpenReviewsDocument } from '../../graph/generated';
import { onEvent } from '../registry';

/** A closed plan, or one its agreed revision replaced, has nothing left to review: its open reviews are cancelled. */
export const cancelReviewsOfEndedPlan = onEvent({
  // The name it had when it handled closures only: part of each processed marker.
  name: 'cancel-reviews-of-closed-plan',
  handles: ['PlanClosed', 'PlanRevised'],
  async handle({ type, data }, { graph, logger }) {
    const reason = type === 'PlanClosed' ? 'the plan was closed' : 'the plan was replaced by its agreed revision';
    const { cancelOpenReviews } = await graph(CancelOpenReviewsDocument, { input: { planId: data.planId, reason } });
    logger.info({ planId: data.planId, cancelled: cancelOpenReviews.length }, 'open reviews of an ended plan cancelled');
  },
});
