import {
  FinancialAssessmentKind,
  FundingBasis,
  LocalDate,
  assertBudgetChange,
  assertManagementSplit,
  assertReassessmentForReduction,
  assertWithinDirectPaymentPart,
  budgetShares,
  parseFinancialAssessment,
} from '../src';

const today = LocalDate.parse('2026-11-23');

describe('R11a contributions and s.117', () => {
  it('R11a the contribution is never charged against s.117 aftercare or NHS-funded support, nor beyond what can be charged', () => {
    const lines = [
      { weeklyCostPence: 20_000, fundingBasis: FundingBasis.CARE_ACT },
      { weeklyCostPence: 15_000, fundingBasis: FundingBasis.S117_AFTERCARE },
      { weeklyCostPence: 5_000, fundingBasis: FundingBasis.NHS_CONTINUING_HEALTHCARE },
    ];
    expect(budgetShares(lines, 8_000)).toEqual({ totalPence: 40_000, chargeablePence: 20_000, personPence: 8_000, councilPence: 32_000 });
    expect(budgetShares(lines, 50_000)).toMatchObject({ personPence: 20_000, councilPence: 20_000 });
  });

  it('R11 a financial assessment is dated, names its assessor, and asks nothing when not required', () => {
    expect(parseFinancialAssessment({ kind: FinancialAssessmentKind.LIGHT_TOUCH, weeklyContributionPence: 2_500, assessedOn: '2026-11-01', assessor: 'Finance Team' }, today)).toMatchObject({ weeklyContributionPence: 2_500 });
    expect(() => parseFinancialAssessment({ kind: FinancialAssessmentKind.NOT_REQUIRED, weeklyContributionPence: 1, assessedOn: '2026-11-01', assessor: 'x' }, today)).toThrow(
      expect.objectContaining({ details: { field: 'weeklyContributionPence' } }),
    );
    expect(() => parseFinancialAssessment({ kind: FinancialAssessmentKind.FULL, weeklyContributionPence: 0, assessedOn: '2026-12-01', assessor: 'x' }, today)).toThrow(expect.objectContaining({ details: { field: 'assessedOn' } }));
  });
});

describe('R11b management', () => {
  it('R11b a mix adds up to the budget exactly', () => {
    expect(() => assertManagementSplit({ councilManagedPence: 20_000, directPaymentPence: 10_000, individualServiceFundPence: 5_250, isfProvider: 'Choice Support' }, 35_250)).not.toThrow();
    expect(() => assertManagementSplit({ councilManagedPence: 20_000, directPaymentPence: 10_000, individualServiceFundPence: 5_249, isfProvider: 'Choice Support' }, 35_250)).toThrow(
      expect.objectContaining({ code: 'RULE_VIOLATION', details: { rule: 'R11b' } }),
    );
    expect(() => assertManagementSplit({ councilManagedPence: 0, directPaymentPence: 0, individualServiceFundPence: 100 }, 100)).toThrow(expect.objectContaining({ details: { field: 'isfProvider' } }));
  });

  it('R11b direct payments never pay more a week than the part of the budget held as a direct payment', () => {
    const r11b = expect.objectContaining({ code: 'RULE_VIOLATION', details: { rule: 'R11b' } });
    expect(() => assertWithinDirectPaymentPart(20_000, [], 20_000)).not.toThrow();
    expect(() => assertWithinDirectPaymentPart(20_000, [12_000], 8_000)).not.toThrow();
    expect(() => assertWithinDirectPaymentPart(20_000, [12_000], 8_001)).toThrow(r11b);
    expect(() => assertWithinDirectPaymentPart(20_000, [], 20_001)).toThrow(r11b);
    expect(() => assertWithinDirectPaymentPart(null, [], 1)).toThrow(r11b);
  });
});

describe('R12 no cuts by review', () => {
  const change = { currentWeeklyPence: 35_000, reason: 'Annual review with Maggie and her daughter' };

  it('R12 a reduction without a reassessment is refused; with one and an explanation it is accepted', () => {
    expect(() => assertBudgetChange({ ...change, newWeeklyPence: 30_000 })).toThrow(expect.objectContaining({ code: 'RULE_VIOLATION', details: { rule: 'R12' } }));
    expect(() => assertBudgetChange({ ...change, newWeeklyPence: 30_000, reassessmentId: 'a-1' })).toThrow(expect.objectContaining({ details: { rule: 'R12' } }));
    expect(() => assertBudgetChange({ ...change, newWeeklyPence: 30_000, reassessmentId: 'a-1', explanation: 'Your hip has healed, so you no longer need help to bathe.' })).not.toThrow();
  });

  it('R12 a reduction rests on a reassessment of the person completed since the budget was set, never the one it was based on', () => {
    const budget = { personId: 'p1', setOn: '2026-06-01', basedOnAssessmentId: 'a0' };
    const r12 = expect.objectContaining({ code: 'RULE_VIOLATION', details: { rule: 'R12' } });
    expect(() => assertReassessmentForReduction({ id: 'a1', personId: 'p1', completed: true, completedOn: '2026-06-01' }, budget)).not.toThrow();
    expect(() => assertReassessmentForReduction({ id: 'a0', personId: 'p1', completed: true, completedOn: '2026-07-01' }, budget)).toThrow(r12);
    expect(() => assertReassessmentForReduction({ id: 'a1', personId: 'p1', completed: true, completedOn: '2026-05-31' }, budget)).toThrow(r12);
    const field = expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field: 'reassessmentId' } });
    expect(() => assertReassessmentForReduction({ id: 'a1', personId: 'p2', completed: true, completedOn: '2026-07-01' }, budget)).toThrow(field);
    expect(() => assertReassessmentForReduction({ id: 'a1', personId: 'p1', completed: false, completedOn: null }, budget)).toThrow(field);
    expect(() => assertReassessmentForReduction(null, budget)).toThrow(field);
  });

  it('R12 an increase needs only its reason; every change has one', () => {
    expect(() => assertBudgetChange({ ...change, newWeeklyPence: 40_000 })).not.toThrow();
    expect(() => assertBudgetChange({ ...change, reason: 'x', newWeeklyPence: 40_000 })).toThrow(expect.objectContaining({ details: { field: 'reason' } }));
  });
});
