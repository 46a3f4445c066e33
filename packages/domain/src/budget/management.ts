import { BadUserInput, RuleViolation } from '../errors';

/** R11b: how the budget is held; the parts add up to the budget exactly. */
export interface ManagementSplit {
  councilManagedPence: number;
  directPaymentPence: number;
  individualServiceFundPence: number;
  /** The provider holding an individual service fund. */
  isfProvider?: string | null;
}

export function assertManagementSplit(split: ManagementSplit, budgetWeeklyPence: number): void {
  for (const [field, value] of Object.entries({
    councilManagedPence: split.councilManagedPence,
    directPaymentPence: split.directPaymentPence,
    individualServiceFundPence: split.individualServiceFundPence,
  })) {
    if (!Number.isSafeInteger(value) || value < 0) throw new BadUserInput(field, `${field} must be whole pence, zero or more`);
  }
  if (split.individualServiceFundPence > 0 && !split.isfProvider?.trim()) throw new BadUserInput('isfProvider', 'name the provider holding the individual service fund');
  const sum = split.councilManagedPence + split.directPaymentPence + split.individualServiceFundPence;
  if (sum !== budgetWeeklyPence) {
    throw new RuleViolation('R11b', `the parts add up to ${sum} pence a week but the budget is ${budgetWeeklyPence}; a mix must add up exactly`);
  }
}
