import { BadUserInput, RuleViolation } from '../errors';
import { Money } from '../money';

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
    Money.fromInput(value, field);
  }
  if (split.individualServiceFundPence > 0 && !split.isfProvider?.trim()) throw new BadUserInput('isfProvider', 'name the provider holding the individual service fund');
  const sum = split.councilManagedPence + split.directPaymentPence + split.individualServiceFundPence;
  if (sum !== budgetWeeklyPence) {
    throw new RuleViolation('R11b', `the parts add up to ${sum} pence a week but the budget is ${budgetWeeklyPence}; a mix must add up exactly`);
  }
}

/**
 * R11b: the direct payments from a budget never pay more a week than the part of it held as a direct
 * payment, so the split the person agreed stays true. Payments ended no longer count.
 */
export function assertWithinDirectPaymentPart(directPaymentPartPence: number | null, inForceWeeklyPence: readonly number[], weeklyPence: number): void {
  if (directPaymentPartPence === null) {
    throw new RuleViolation('R11b', 'record how the budget is held (the part paid as a direct payment) before setting up a direct payment');
  }
  const total = inForceWeeklyPence.reduce((sum, p) => sum + p, weeklyPence);
  if (total > directPaymentPartPence) {
    throw new RuleViolation('R11b', `direct payments would pay ${total} pence a week, more than the ${directPaymentPartPence} held as a direct payment`);
  }
}
