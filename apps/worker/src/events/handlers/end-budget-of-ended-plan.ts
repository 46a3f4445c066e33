import { EndBudgetOfEndedPlanDocument } from '../../graph/generated';
import { onEvent } from '../registry';

/**
 * R12a: a closed plan (after a review, a death, or a move to another council) meets no needs, nor does one
 * withdrawn before it came into force, so nothing more is paid under it: its budget ends on the day it ended,
 * and its direct payments end with it; that day corrected, they end on the day it now holds. Ending again
 * changes nothing.
 */
export const endBudgetOfEndedPlan = onEvent({
  name: 'end-budget-of-ended-plan',
  handles: ['PlanClosed', 'PlanWithdrawn', 'PlanEndDateCorrected'],
  async handle({ data }, { graph, logger }) {
    const { endBudgetOfEndedPlan } = await graph(EndBudgetOfEndedPlanDocument, { input: { planId: data.planId } });
    logger.info({ planId: data.planId, budgetId: endBudgetOfEndedPlan?.id ?? null }, 'budget of an ended plan ended');
  },
});
