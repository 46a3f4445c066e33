import { SchedulePlannedReviewDocument } from '../../graph/generated';
import { onEvent } from '../registry';

/** R13: a signed-off plan gets its first planned review without anyone asking. */
export const firstPlannedReview = onEvent({
  name: 'first-planned-review',
  handles: ['PlanSignedOff'],
  async handle({ id, data }, { graph, logger }) {
    const { schedulePlannedReview } = await graph(SchedulePlannedReviewDocument, { input: { planId: data.planId, after: 'SIGN_OFF', on: data.agreedOn, key: id } });
    logger.info({ planId: data.planId, reviewId: schedulePlannedReview.id }, 'first planned review scheduled');
  },
});
