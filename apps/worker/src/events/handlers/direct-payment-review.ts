import { ScheduleDirectPaymentReviewDocument } from '../../graph/generated';
import { onEvent } from '../registry';

/** R12a: a direct payment gets its review 6 months after the first payment. */
export const directPaymentReview = onEvent({
  name: 'direct-payment-review',
  handles: ['DirectPaymentStarted'],
  async handle({ id, data }, { graph, logger }) {
    const { scheduleDirectPaymentReview } = await graph(ScheduleDirectPaymentReviewDocument, { input: { planId: data.planId, firstPaymentOn: data.firstPaymentOn, key: id } });
    logger.info({ planId: data.planId, reviewId: scheduleDirectPaymentReview.id }, 'direct payment review scheduled');
  },
});
