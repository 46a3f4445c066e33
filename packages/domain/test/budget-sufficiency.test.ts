import { FundingBasis, UnitType, assertFinalBudget, parseCostLine, weeklyCost } from '../src';

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
