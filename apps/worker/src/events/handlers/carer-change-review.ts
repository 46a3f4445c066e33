import { UnplannedTrigger, isPlanInForce } from '@careplan/domain';
import { CarerChangePlanDocument, RequestUnplannedReviewDocument } from '../../graph/generated';
import { onEvent } from '../registry';

/**
 * R14: when an unpaid carer stops caring, the person's plan in force gets an unplanned review (trigger
 * CARER_CHANGE, due in 14 days), so what the carer did is met another way. One while it is open, however
 * often carers change meanwhile; none when the person has no plan in force.
 */
export const carerChangeReview = onEvent({
  name: 'carer-change-review',
  handles: ['CarerStoppedCaring'],
  async handle({ data }, { graph, logger }) {
    const { person } = await graph(CarerChangePlanDocument, { person: data.personId });
    const plan = person?.currentPlan;
    // A plan still being prepared is planned with the change in view; only one in force is reviewed.
    if (!plan || !isPlanInForce(plan.status)) {
      logger.info({ personId: data.personId }, 'carer change: no plan in force to review');
      return;
    }
    const details = 'The person’s unpaid carer is no longer willing and able to care, or has stopped caring (from their record).';
    const input = { planId: plan.id, trigger: UnplannedTrigger.CARER_CHANGE, details, promptedByDeathOf: data.forDeathOf ?? null };
    const { requestUnplannedReview } = await graph(RequestUnplannedReviewDocument, { input });
    logger.info({ personId: data.personId, planId: plan.id, reviewId: requestUnplannedReview.id }, 'unplanned review after a carer change');
  },
});
