import { BadUserInput } from '../errors';
import { Money } from '../money';
import { LocalDate } from '../local-date';
import { FundingBasis } from './sufficiency';

export enum FinancialAssessmentKind {
  FULL = 'FULL',
  LIGHT_TOUCH = 'LIGHT_TOUCH',
  NOT_REQUIRED = 'NOT_REQUIRED',
}

export interface FinancialAssessmentInput {
  kind: FinancialAssessmentKind;
  weeklyContributionPence: number;
  assessedOn: string;
  assessor: string;
}

/** The person's assessed weekly contribution, dated, with the assessor; none when an assessment is not required. */
export function parseFinancialAssessment(input: FinancialAssessmentInput, today: LocalDate = LocalDate.today()) {
  Money.fromInput(input.weeklyContributionPence, 'weeklyContributionPence');
  if (input.kind === FinancialAssessmentKind.NOT_REQUIRED && input.weeklyContributionPence !== 0) {
    throw new BadUserInput('weeklyContributionPence', 'no contribution is due when a financial assessment is not required');
  }
  const assessedOn = LocalDate.parse(input.assessedOn, 'assessedOn');
  if (assessedOn.isAfter(today)) throw new BadUserInput('assessedOn', 'assessedOn must not be in the future');
  const assessor = input.assessor.trim();
  if (!assessor) throw new BadUserInput('assessor', 'name the financial assessor');
  return { kind: input.kind, weeklyContributionPence: input.weeklyContributionPence, assessedOn, assessor };
}

export interface BudgetShares {
  totalPence: number;
  /** What the person can be charged towards: Care Act and joint lines, never s.117 or NHS-funded ones. */
  chargeablePence: number;
  personPence: number;
  councilPence: number;
}

/**
 * R11: the cost, the person's contribution and the council's share, in whole pence. The contribution
 * applies only to chargeable support and never exceeds it (R11a).
 */
export function budgetShares(lines: ReadonlyArray<{ weeklyCostPence: number; fundingBasis: FundingBasis }>, assessedContributionPence: number): BudgetShares {
  const totalPence = lines.reduce((sum, l) => sum + l.weeklyCostPence, 0);
  const chargeablePence = lines
    .filter((l) => l.fundingBasis === FundingBasis.CARE_ACT || l.fundingBasis === FundingBasis.JOINT)
    .reduce((sum, l) => sum + l.weeklyCostPence, 0);
  const personPence = Math.min(assessedContributionPence, chargeablePence);
  return { totalPence, chargeablePence, personPence, councilPence: totalPence - personPence };
}
