import { BadUserInput, RuleViolation } from '../errors';
import { Money } from '../money';

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
  Money.fromInput(change.newWeeklyPence, 'newWeeklyPence');
  if (change.newWeeklyPence === change.currentWeeklyPence) throw new BadUserInput('newWeeklyPence', 'the amount is unchanged');
  assertReductionJustified(change.currentWeeklyPence, change.newWeeklyPence, change);
}

/**
 * R12: an amount lower than the one in force — a change, or a revised plan's budget — needs a linked
 * reassessment and a written explanation for the person.
 */
export function assertReductionJustified(inForcePence: number, newPence: number, why: { reassessmentId?: string | null; explanation?: string | null }): void {
  if (newPence >= inForcePence) return;
  if (!why.reassessmentId) throw new RuleViolation('R12', 'a budget is reduced only after a reassessment shows the needs have changed; link it');
  if ((why.explanation?.trim().length ?? 0) < 20) throw new RuleViolation('R12', 'a reduction needs a written explanation for the person');
}

/** The reassessment a reduction links, as the assessments subgraph reports it. */
export interface LinkedReassessment {
  id: string;
  personId: string;
  completed: boolean;
  completedOn: string | null;
}

/**
 * R12: a reduction rests on a reassessment of the same person, completed since the budget being reduced
 * was set — never the assessment that budget was based on.
 */
export function assertReassessmentForReduction(
  reassessment: LinkedReassessment | null,
  budget: { personId: string; setOn: string | null; basedOnAssessmentId: string | null },
): void {
  if (!reassessment || reassessment.personId !== budget.personId || !reassessment.completed) {
    throw new BadUserInput('reassessmentId', 'link a completed reassessment of this person');
  }
  if (reassessment.id === budget.basedOnAssessmentId) {
    throw new RuleViolation('R12', 'the assessment the budget was based on cannot justify reducing it; link the reassessment that shows the needs changed');
  }
  if (budget.setOn && (reassessment.completedOn ?? '') < budget.setOn) {
    throw new RuleViolation('R12', `the reassessment was completed before the budget being reduced was set (${budget.setOn}); link one made since`);
  }
}
