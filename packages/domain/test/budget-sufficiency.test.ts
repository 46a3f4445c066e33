import { FundingBasis, PlanStatus, ServiceType, UnitType, assertBudgetCoversPlan, assertFinalBudget, budgetedSupportItems, costingReopensBudget, parseCostLine, weeklyCost } from '../src';

const line = (supportItemId: string, unitCostPence: number, plannedUnitsPerWeek: number) =>
  parseCostLine({ supportItemId, unitCostPence, unitType: UnitType.HOUR, plannedUnitsPerWeek, fundingBasis: FundingBasis.CARE_ACT });

describe('R11 personal budget', () => {
  it('R11 a cost line is unit cost times planned units, in whole pence', () => {
    expect(line('a', 2_350, 7.5).weeklyCostPence).toBe(17_625);
    expect(line('a', 1_999, 0.33).weeklyCostPence).toBe(660); // 659.67 rounds half up to 660
    expect(() => line('a', 2_350, 7.555)).toThrow(expect.objectContaining({ details: { field: 'plannedUnitsPerWeek' } }));
    expect(() => line('a', 23.5, 1)).toThrow(expect.objectContaining({ details: { field: 'unitCostPence' } }));
  });

  it('R11 totals of many lines are exact: no floating-point drift', () => {
    const lines = Array.from({ length: 10_000 }, (_, i) => line(`s${i}`, 1_001, 0.1));
    // 1001 × 0.1 = 100.1 pence → 100 per line; floats would make 10000 × 100.1 = 1000999.99…
    expect(weeklyCost(lines)).toBe(1_000_000);
    expect(Number.isInteger(weeklyCost(lines))).toBe(true);
  });

  const facts = (finalWeeklyPence: number, explanation: string | null = 'Costed at the framework rate.') => ({
    indicativeWeeklyPence: 30_000,
    finalWeeklyPence,
    explanation,
    supportItemIds: ['a', 'b'],
    costLines: [line('a', 2_000, 10), line('b', 500, 2)],
  });

  it.each([
    ['below the cost', 20_999, false],
    ['equal to the cost', 21_000, true],
    ['above the cost', 25_000, true],
  ])('R11 sufficiency: a final budget %s', (_case, final, ok) => {
    const check = () => assertFinalBudget(facts(final));
    if (ok) expect(check).not.toThrow();
    else expect(check).toThrow(expect.objectContaining({ code: 'RULE_VIOLATION', details: { rule: 'R11' }, message: expect.stringContaining('£210.00') }));
  });

  it('R11 a final amount different from the indicative one is explained; every support item is costed', () => {
    expect(() => assertFinalBudget(facts(25_000, null))).toThrow(expect.objectContaining({ details: { field: 'explanation' } }));
    expect(() => assertFinalBudget({ ...facts(30_000, null) })).not.toThrow();
    expect(() => assertFinalBudget({ ...facts(30_000), supportItemIds: ['a', 'b', 'c'] })).toThrow(expect.objectContaining({ details: { rule: 'R11' }, message: expect.stringContaining('1 have none') }));
  });
});

describe('R11 sufficiency against the plan as it is', () => {
  it('R11 sign-off finds an item added since the budget was finalised, and a cost the budget no longer covers', () => {
    const r11 = expect.objectContaining({ code: 'RULE_VIOLATION', details: { rule: 'R11' } });
    const lines = [line('a', 2_000, 10), line('b', 1_000, 10)];
    expect(() => assertBudgetCoversPlan({ finalWeeklyPence: 30_000, supportItemIds: ['a', 'b'], costLines: lines })).not.toThrow();
    expect(() => assertBudgetCoversPlan({ finalWeeklyPence: 30_000, supportItemIds: ['a', 'b', 'c'], costLines: lines })).toThrow(r11);
    expect(() => assertBudgetCoversPlan({ finalWeeklyPence: 29_999, supportItemIds: ['a', 'b'], costLines: lines })).toThrow(r11);
    // A line left from an item since removed costs nothing.
    expect(() => assertBudgetCoversPlan({ finalWeeklyPence: 20_000, supportItemIds: ['a'], costLines: lines })).not.toThrow();
  });

  it('R11a reablement is outside the budget; an item with no service type yet is inside', () => {
    expect(budgetedSupportItems([{ id: 'a', serviceType: ServiceType.SHORT_TERM_REABLEMENT }, { id: 'b', serviceType: null }])).toEqual({ inBudget: ['b'], reablement: ['a'] });
  });

  it('R11 costing a new item re-opens a final budget until the plan is agreed; after that only R12 changes it', () => {
    expect(costingReopensBudget({ final: false, itemCosted: false }, PlanStatus.DRAFT)).toBe(false);
    expect(costingReopensBudget({ final: true, itemCosted: false }, PlanStatus.RETURNED)).toBe(true);
    expect(costingReopensBudget({ final: true, itemCosted: false }, PlanStatus.APPROVED)).toBe(true);
    expect(() => costingReopensBudget({ final: true, itemCosted: true }, PlanStatus.RETURNED)).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    expect(() => costingReopensBudget({ final: true, itemCosted: false }, PlanStatus.ACTIVE)).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
  });
});
