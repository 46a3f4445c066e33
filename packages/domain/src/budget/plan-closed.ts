import { PlanStatus } from '../enums';
import { Conflict } from '../errors';
import { LocalDate } from '../local-date';
import { isPlanHistory } from '../rules/current-plan';

/**
 * R12a: once a plan is closed (after a review, on a death, on a move to another council) it meets no
 * needs, so nothing more is paid under it: its budget and its direct payments end on the day it closed.
 * A plan withdrawn before it came into force never met any: its budget ends on the day it was withdrawn.
 * CONFLICT for a plan neither closed nor withdrawn.
 */
export function budgetEndsOn(plan: { status: PlanStatus; closedOn: string | null; withdrawnOn: string | null }): LocalDate {
  const endedOn = plan.status === PlanStatus.CLOSED ? plan.closedOn : plan.status === PlanStatus.WITHDRAWN ? plan.withdrawnOn : null;
  if (!endedOn) throw new Conflict('the plan has not closed: its budget ends only once it has');
  return LocalDate.parse(endedOn);
}

/** R11: a budget is proposed for a plan being prepared or in force; one that has ended (closed, revised, withdrawn) takes none. */
export function assertPlanTakesBudget(status: PlanStatus): void {
  if (isPlanHistory(status)) throw new Conflict(`the plan is ${status.toLowerCase()}: a budget is proposed for a plan being prepared or in force`);
}

/** R12a: nothing more is changed under a budget whose plan has closed (its amount, or how it is held). */
export function assertBudgetOpen(budget: { endedOn: string | null }): void {
  if (budget.endedOn) throw new Conflict(`the budget’s plan closed on ${budget.endedOn}: nothing more is changed or paid under it`);
}
