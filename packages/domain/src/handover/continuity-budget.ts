import type { ServiceType } from '../client-level-data';
import { BudgetStatus } from '../enums';
import { DomainError } from '../errors';
import { assertBudgetCoversPlan, budgetedSupportItems, parseCostLine, type CostLine, type FundingBasis, type UnitType } from '../budget/sufficiency';

/** How one need is met, as a plan and its copy in another council both record it. */
export interface SupportContent {
  need: string;
  kind: string;
  description: string;
  provider: string | null;
  schedule: string | null;
  serviceType: string | null;
  deliveryMechanism: string | null;
}

/** The cost line the sending council's budget gave one support item. */
export interface SharedCost {
  unitCostPence: number;
  unitType: string;
  plannedUnitsPerWeek: number;
  fundingBasis: string;
}

const CONTENT: ReadonlyArray<keyof SupportContent> = ['need', 'kind', 'description', 'provider', 'schedule', 'serviceType', 'deliveryMechanism'];

export interface ContinuedBudget {
  /** FINAL when the costs carried cover every support item within the weekly amount, as they did there; INDICATIVE otherwise, for finance to cost. */
  status: BudgetStatus;
  lines: CostLine[];
}

/**
 * R22: the budget of a plan continuing another council's meets the same needs at the same cost from the day
 * of arrival: the sending council's weekly amount, and each support item's cost line as its budget had it.
 * The continuity plan's items are copies of the shared ones, so each is matched to a shared item with the
 * same content (identical copies are interchangeable, taken in order).
 */
export function continuedBudget(
  weeklyPence: number,
  items: ReadonlyArray<SupportContent & { id: string }>,
  shared: ReadonlyArray<SupportContent & { cost?: SharedCost | null }>,
): ContinuedBudget {
  const unmatched = [...shared];
  const lines: CostLine[] = [];
  for (const item of items) {
    const at = unmatched.findIndex((s) => CONTENT.every((key) => s[key] === item[key]));
    if (at < 0) continue;
    const [{ cost }] = unmatched.splice(at, 1);
    if (cost) lines.push(parseCostLine({ supportItemId: item.id, unitCostPence: cost.unitCostPence, unitType: cost.unitType as UnitType, plannedUnitsPerWeek: cost.plannedUnitsPerWeek, fundingBasis: cost.fundingBasis as FundingBasis }));
  }
  const supportItemIds = budgetedSupportItems(items.map((i) => ({ id: i.id, serviceType: i.serviceType as ServiceType | null }))).inBudget;
  try {
    assertBudgetCoversPlan({ finalWeeklyPence: weeklyPence, supportItemIds, costLines: lines });
    return { status: BudgetStatus.FINAL, lines };
  } catch (err) {
    // R11 as the receiving council applies it: not covered here, so finance costs and finalises it.
    if (err instanceof DomainError) return { status: BudgetStatus.INDICATIVE, lines };
    throw err;
  }
}
