import { ReinstateReviewsOfPlanDocument } from '../../graph/generated';
import { onEvent } from '../registry';

/** R13: a plan a death recorded in error had closed is back, so are the reviews its closure cancelled. */
export const reinstateReviewsOfPlan = onEvent({
  name: 'reinstate-reviews-of-plan',
  handles: ['PlanReinstated'],
  async handle({ data }, { graph, logger }) {
    const { reinstateReviewsOfPlan } = await graph(ReinstateReviewsOfPlanDocument, { input: { planId: data.planId } });
    logger.info({ planId: data.planId, reinstated: reinstateReviewsOfPlan.length }, 'reviews of a reinstated plan reinstated');
  },
});
