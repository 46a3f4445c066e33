import { ReinstateBudgetOfPlanDocument } from '../../graph/generated';
import { onEvent } from '../registry';

/** R12a: a plan a death recorded in error had ended is back, so its budget is, with the direct payments that ended with it. */
export const reinstateBudgetOfPlan = onEvent({
  name: 'reinstate-budget-of-plan',
  handles: ['PlanReinstated'],
  async handle({ data }, { graph, logger }) {
    const { reinstateBudgetOfPlan } = await graph(ReinstateBudgetOfPlanDocument, { input: { planId: data.planId } });
    logger.info({ planId: data.planId, budgetId: reinstateBudgetOfPlan?.id ?? null }, 'budget of a reinstated plan reinstated');
  },
});
