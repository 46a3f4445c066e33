import { ServiceType } from '../client-level-data';
import { PlanStatus } from '../enums';
import { BadUserInput, Conflict, RuleViolation } from '../errors';
import { Money } from '../money';

/** How the indicative amount was worked out (R11: the person is told how). */
export enum IndicativeMethod {
  RESOURCE_ALLOCATION_SYSTEM = 'RESOURCE_ALLOCATION_SYSTEM',
  COST_OF_PLANNED_SUPPORT = 'COST_OF_PLANNED_SUPPORT',
  PRACTITIONER_ESTIMATE = 'PRACTITIONER_ESTIMATE',
  /** R22: the weekly amount of the other council's plan a plan put in place on arrival continues. */
  CONTINUITY_OF_CARE = 'CONTINUITY_OF_CARE',
  OTHER = 'OTHER',
}

/** R11: the indicative amount comes with a plain-language explanation of how it was worked out. */
export function parseIndicativeExplanation(raw: string): string {
  const text = raw.normalize('NFC').trim();
  if (text.length < 20 || text.length > 2000) throw new BadUserInput('indicativeExplanation', 'explain in plain words how the indicative amount was worked out (20 to 2000 characters)');
  return text;
}

export enum UnitType {
  HOUR = 'HOUR',
  VISIT = 'VISIT',
  DAY = 'DAY',
  NIGHT = 'NIGHT',
  WEEK = 'WEEK',
  ITEM = 'ITEM',
}

/** Who pays for a line: Care Act funding, s.117 aftercare (never charged, R11a), NHS continuing healthcare, or joint. */
export enum FundingBasis {
  CARE_ACT = 'CARE_ACT',
  S117_AFTERCARE = 'S117_AFTERCARE',
  NHS_CONTINUING_HEALTHCARE = 'NHS_CONTINUING_HEALTHCARE',
  JOINT = 'JOINT',
}

export interface CostLineInput {
  supportItemId: string;
  unitCostPence: number;
  unitType: UnitType;
  /** Planned units a week, to two decimal places (7.5 hours). */
  plannedUnitsPerWeek: number;
  fundingBasis: FundingBasis;
}

export interface CostLine extends CostLineInput {
  /** Hundredths of a unit, so every sum stays in whole numbers. */
  plannedHundredthsPerWeek: number;
  weeklyCostPence: number;
}

/** Validates a cost line and works out its weekly cost exactly, in whole pence (rounded half up per line). */
export function parseCostLine(input: CostLineInput): CostLine {
  const unitCost = Money.fromInput(input.unitCostPence, 'unitCostPence');
  const hundredths = Math.round(input.plannedUnitsPerWeek * 100);
  if (!Number.isFinite(input.plannedUnitsPerWeek) || hundredths < 0 || hundredths > 100 * 672 || Math.abs(hundredths - input.plannedUnitsPerWeek * 100) > 1e-6) {
    throw new BadUserInput('plannedUnitsPerWeek', 'planned units per week are 0 to 672, to at most two decimal places');
  }
  const weeklyCostPence = Math.floor((unitCost.pence * hundredths + 50) / 100);
  return { ...input, unitCostPence: unitCost.pence, plannedHundredthsPerWeek: hundredths, weeklyCostPence };
}

/** The weekly cost of meeting the needs: the exact sum of the lines. */
export function weeklyCost(lines: readonly Pick<CostLine, 'weeklyCostPence'>[]): number {
  return lines.reduce((sum, line) => sum + line.weeklyCostPence, 0);
}

export interface CostingFacts {
  finalWeeklyPence: number;
  /** Support items in the plan that belong in the budget, and the cost lines. */
  supportItemIds: readonly string[];
  costLines: readonly Pick<CostLine, 'supportItemId' | 'weeklyCostPence'>[];
}

export interface FinaliseFacts extends CostingFacts {
  indicativeWeeklyPence: number;
  explanation: string | null;
}

/**
 * R11a: the support items a personal budget pays for. Reablement is free and outside it; an item with no
 * service type yet is inside.
 */
export function budgetedSupportItems(items: ReadonlyArray<{ id: string; serviceType: ServiceType | null }>): { inBudget: string[]; reablement: string[] } {
  const reablement = items.filter((i) => i.serviceType === ServiceType.SHORT_TERM_REABLEMENT).map((i) => i.id);
  return { inBudget: items.map((i) => i.id).filter((id) => !reablement.includes(id)), reablement };
}

/**
 * R11 sufficiency, at finalisation and again at sign-off (against the plan as it is then): every support
 * item is costed and the budget covers the cost.
 */
export function assertBudgetCoversPlan(facts: CostingFacts): void {
  const costed = new Set(facts.costLines.map((l) => l.supportItemId));
  const uncosted = facts.supportItemIds.filter((id) => !costed.has(id));
  if (facts.supportItemIds.length === 0) throw new RuleViolation('R11', 'the plan has no support items to cost yet');
  if (uncosted.length) throw new RuleViolation('R11', `every support item needs a cost line in the budget; ${uncosted.length} have none`);
  const cost = weeklyCost(facts.costLines.filter((l) => facts.supportItemIds.includes(l.supportItemId)));
  if (facts.finalWeeklyPence < cost) {
    throw new RuleViolation('R11', `the final budget of ${Money.ofPence(facts.finalWeeklyPence).display()} a week does not cover the ${Money.ofPence(cost).display()} a week the support costs; it must be increased`);
  }
}

/** R11: a final budget costs every support item in the plan, covers that cost, and explains any difference from the indicative amount. */
export function assertFinalBudget(facts: FinaliseFacts): void {
  assertBudgetCoversPlan(facts);
  if (facts.finalWeeklyPence !== facts.indicativeWeeklyPence && !facts.explanation?.trim()) {
    throw new BadUserInput('explanation', 'explain why the final budget differs from the indicative amount');
  }
}

/** Before the person agrees the plan, its budget is not yet in force. */
const NOT_YET_AGREED: readonly PlanStatus[] = [PlanStatus.DRAFT, PlanStatus.PROPOSED, PlanStatus.AWAITING_APPROVAL, PlanStatus.APPROVED, PlanStatus.RETURNED];

/**
 * R11: costing an item a final budget does not cover yet (one added to the plan since it was finalised)
 * re-opens the budget, while the plan is not yet agreed; true when it does. Otherwise a final budget
 * changes only as R12 allows.
 */
export function costingReopensBudget(budget: { final: boolean; itemCosted: boolean }, planStatus: PlanStatus): boolean {
  if (!budget.final) return false;
  if (!budget.itemCosted && NOT_YET_AGREED.includes(planStatus)) return true;
  throw new Conflict('the budget is final; changes to a final budget are new versions with a reason (R12)');
}
