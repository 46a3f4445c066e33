import { EndBudgetOfClosedPlanDocument } from '../../graph/generated';
import { onEvent } from '../registry';

/**
 * R12a: a closed plan (after a review, a death, or a move to another council) meets no needs, so nothing more
 * is paid under it: its budget ends on the day it closed, and its direct payments end with it. Ending again
 * changes nothing.
 */
export const endBudgetOfClosedPlan = onEvent({
  name: 'end-budget-of-closed-plan',
  handles: ['PlanClosed'],
  async handle({ data }, { graph, logger }) {
    const { endBudgetOfClosedPlan } = await graph(EndBudgetOfClosedPlanDocument, { input: { planId: data.planId } });
    logger.info({ planId: data.planId, budgetId: endBudgetOfClosedPlan?.id ?? null }, 'budget of a closed plan ended');
  },
});
