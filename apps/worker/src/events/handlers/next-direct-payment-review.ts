import { ReviewKind, ReviewOutcome } from '@careplan/domain';
import { ScheduleNextDirectPaymentReviewDocument } from '../../graph/generated';
import { onEvent } from '../registry';

/** R12a: a completed direct-payment review schedules the next, 12 months on; a closed plan has none. */
export const nextDirectPaymentReview = onEvent({
  name: 'next-direct-payment-review',
  handles: ['ReviewCompleted'],
  async handle({ id, data }, { graph, logger }) {
    if (data.kind !== ReviewKind.DIRECT_PAYMENT || data.outcome === ReviewOutcome.CLOSE) return;
    const { scheduleNextDirectPaymentReview } = await graph(ScheduleNextDirectPaymentReviewDocument, { input: { planId: data.planId, completedOn: data.completedOn, key: id } });
    logger.info({ planId: data.planId, reviewId: scheduleNextDirectPaymentReview.id }, 'next direct payment review scheduled');
  },
});
