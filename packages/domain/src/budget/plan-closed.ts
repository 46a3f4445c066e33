import { PlanStatus } from '../enums';
import { Conflict } from '../errors';
import { LocalDate } from '../local-date';

/**
 * R12a: once a plan is closed (after a review, on a death, on a move to another council) it meets no
 * needs, so nothing more is paid under it: its budget and its direct payments end on the day it closed.
 * CONFLICT for a plan not closed.
 */
export function budgetEndsOn(plan: { status: PlanStatus; closedOn: string | null }): LocalDate {
  if (plan.status !== PlanStatus.CLOSED || !plan.closedOn) throw new Conflict('the plan has not closed: its budget ends only once it has');
  return LocalDate.parse(plan.closedOn);
}

/** R12a: nothing more is changed under a budget whose plan has closed (its amount, or how it is held). */
export function assertBudgetOpen(budget: { endedOn: string | null }): void {
  if (budget.endedOn) throw new Conflict(`the budget’s plan closed on ${budget.endedOn}: nothing more is changed or paid under it`);
}
