import { ReviewOutcome } from '@careplan/domain';
import { FollowReviewDocument } from '../../graph/generated';
import { onEvent } from '../registry';

/**
 * A plan is under review while a review of it is under way, and active again once one is completed without
 * change (R17). A revision moves it on by its own steps; a closure, by close-plan-after-review.
 */
export const planFollowsReview = onEvent({
  name: 'plan-follows-review',
  handles: ['ReviewStarted', 'ReviewCompleted'],
  async handle(event, { graph, logger }) {
    const unchanged = event.type === 'ReviewCompleted' && (event.data.outcome === ReviewOutcome.NO_CHANGE || event.data.outcome === ReviewOutcome.CONFIRM);
    if (event.type === 'ReviewCompleted' && !unchanged) return;
    const { followReview } = await graph(FollowReviewDocument, { input: { planId: event.data.planId, review: unchanged ? 'UNCHANGED' : 'STARTED' } });
    logger.info({ planId: event.data.planId, status: followReview.status }, 'plan follows its review');
  },
});
