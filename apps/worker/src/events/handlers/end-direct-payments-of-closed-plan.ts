import { EndDirectPaymentsOfClosedPlanDocument } from '../../graph/generated';
import { onEvent } from '../registry';

/**
 * R12a: a closed plan (after a review, a death, or a move to another council) meets no needs, so nothing is
 * paid under it: its direct payments end on the day it closed. Ending again ends none.
 */
export const endDirectPaymentsOfClosedPlan = onEvent({
  name: 'end-direct-payments-of-closed-plan',
  handles: ['PlanClosed'],
  async handle({ data }, { graph, logger }) {
    const { endDirectPaymentsOfClosedPlan } = await graph(EndDirectPaymentsOfClosedPlanDocument, { input: { planId: data.planId } });
    logger.info({ planId: data.planId, ended: endDirectPaymentsOfClosedPlan.map((dp) => dp.id) }, 'direct payments of a closed plan ended');
  },
});
