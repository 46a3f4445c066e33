import { ReviewKind, ReviewOutcome } from '@careplan/domain';
import { SchedulePlannedReviewDocument } from '../../graph/generated';
import { onEvent } from '../registry';

/**
 * R13: a completed review schedules the next, at the plan's agreed frequency and at most 12 months on.
 * A revision waits for the new version's sign-off; a closed plan has no next review.
 */
export const nextPlannedReview = onEvent({
  name: 'next-planned-review',
  handles: ['ReviewCompleted'],
  async handle({ id, data }, { graph, logger }) {
    // Unplanned, requested and DP reviews leave the planned cycle as it was: it already has its next review.
    if (data.kind !== ReviewKind.PLANNED || (data.outcome !== ReviewOutcome.NO_CHANGE && data.outcome !== ReviewOutcome.CONFIRM)) return;
    const { schedulePlannedReview } = await graph(SchedulePlannedReviewDocument, { input: { planId: data.planId, after: 'REVIEW', on: data.completedOn, key: id } });
    logger.info({ planId: data.planId, reviewId: schedulePlannedReview.id }, 'next planned review scheduled');
  },
});
