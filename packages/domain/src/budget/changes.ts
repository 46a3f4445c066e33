import { BadUserInput, RuleViolation } from '../errors';

export interface BudgetChange {
  currentWeeklyPence: number;
  newWeeklyPence: number;
  reason: string;
  /** The reassessment showing the needs changed: required for a reduction. */
  reassessmentId?: string | null;
  /** In writing, for the person: required for a reduction. */
  explanation?: string | null;
}

/** R12: every change has a reason; a reduction needs a linked reassessment and a written explanation. */
export function assertBudgetChange(change: BudgetChange): void {
  if (change.reason.trim().length < 10) throw new BadUserInput('reason', 'record why the budget changes');
  if (change.newWeeklyPence === change.currentWeeklyPence) throw new BadUserInput('newWeeklyPence', 'the amount is unchanged');
  if (change.newWeeklyPence < change.currentWeeklyPence) {
    if (!change.reassessmentId) throw new RuleViolation('R12', 'a budget is reduced only after a reassessment shows the needs have changed; link it');
    if ((change.explanation?.trim().length ?? 0) < 20) throw new RuleViolation('R12', 'a reduction needs a written explanation for the person');
  }
}
