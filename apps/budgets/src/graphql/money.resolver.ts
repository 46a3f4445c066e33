import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Role } from '@careplan/domain';
import { MoneyType, type SubgraphContext } from '@careplan/subgraph-kit';
import type { BudgetChange } from '../entities/budget-change.entity';
import type { FinancialAssessment } from '../entities/financial-assessment.entity';
import type { PersonalBudget } from '../entities/personal-budget.entity';
import { BudgetChangeService } from '../services/budget-change.service';
import { ContributionService } from '../services/contribution.service';
import {
  BudgetChallengeType,
  BudgetChangeType,
  BudgetManagementInput,
  BudgetManagementType,
  BudgetSharesType,
  ChallengeBudgetInput,
  ChangeBudgetInput,
  DecideBudgetChallengeInput,
  FinancialAssessmentType,
  PersonRef,
  RecordFinancialAssessmentInput,
} from './money.types';
import { PersonalBudgetType } from './types';

/** Only finance officers and approvers change money (practitioners propose). */
const MONEY_HOLDERS = [Role.FINANCE_OFFICER, Role.TEAM_MANAGER];
const MONEY_ROLES = 'Roles: FINANCE_OFFICER, TEAM_MANAGER.';

@Resolver(() => PersonalBudgetType)
export class BudgetMoneyResolver {
  @FieldResolver(() => BudgetSharesType, { description: 'Who pays what a week: the cost of the costed support, the person’s contribution and the council’s share (R11, R11a).' })
  async shares(@Root() budget: PersonalBudget, @Ctx() ctx: SubgraphContext): Promise<BudgetSharesType> {
    const s = await new ContributionService(ctx).shares(budget);
    return { total: MoneyType.of(s.totalPence), chargeable: MoneyType.of(s.chargeablePence), person: MoneyType.of(s.personPence), council: MoneyType.of(s.councilPence) };
  }

  @FieldResolver(() => BudgetManagementType, {
    nullable: true,
    description: 'How the final budget is held each week (R11b); null until set, and again after the amount changes or the budget is reopened, until it is set again.',
  })
  management(@Root() b: PersonalBudget): BudgetManagementType | null {
    if (b.councilManagedPence === null) return null;
    return {
      councilManaged: MoneyType.of(b.councilManagedPence),
      directPayment: MoneyType.of(b.directPaymentPence ?? 0),
      individualServiceFund: MoneyType.of(b.isfPence ?? 0),
      isfProvider: b.isfProvider,
      personalHealthBudget: b.phbWeeklyPence === null ? null : MoneyType.of(b.phbWeeklyPence),
    };
  }

  @FieldResolver(() => [BudgetChangeType], { description: 'Changes to the final amount, oldest first (R12).' })
  async changes(@Root() budget: PersonalBudget, @Ctx() ctx: SubgraphContext): Promise<BudgetChangeType[]> {
    return (await new BudgetChangeService(ctx).changes(budget.id)).map((c: BudgetChange) => ({
      id: c.id,
      from: MoneyType.of(c.fromWeeklyPence),
      to: MoneyType.of(c.toWeeklyPence),
      reason: c.reason,
      reassessmentId: c.reassessmentId,
      explanation: c.explanation,
      changedOn: c.changedOn,
      changedBy: c.changedBy,
    }));
  }

  @FieldResolver(() => [BudgetChallengeType], { description: 'Challenges to the budget’s sufficiency, oldest first (R11).' })
  challenges(@Root() budget: PersonalBudget, @Ctx() ctx: SubgraphContext) {
    return new BudgetChangeService(ctx).challenges(budget.id);
  }

  @Mutation(() => PersonalBudgetType, {
    description: `Sets how a FINAL budget is held each week (R11b): managed by the council, paid as direct payments, held as an individual service fund, or a mix adding up exactly to the final amount; the direct-payment part must cover the direct payments in force. Also records pooling and any personal health budget shown alongside. An indicative budget is a CONFLICT. ${MONEY_ROLES}`,
  })
  @Authorized(...MONEY_HOLDERS)
  setBudgetManagement(@Arg('input', () => BudgetManagementInput, { description: 'The parts, pooling and any personal health budget.' }) input: BudgetManagementInput, @Ctx() ctx: SubgraphContext) {
    return new BudgetChangeService(ctx).setManagement(input.id, input.version, input);
  }

  @Mutation(() => PersonalBudgetType, {
    description: `Changes a FINAL budget’s weekly amount and records the change with its reason (R12). A reduction needs a completed reassessment showing the needs changed and a written explanation for the person. The management split is cleared, to be set again for the new amount (R11b). ${MONEY_ROLES}`,
  })
  @Authorized(...MONEY_HOLDERS)
  changePersonalBudget(@Arg('input', () => ChangeBudgetInput, { description: 'The new amount and why.' }) input: ChangeBudgetInput, @Ctx() ctx: SubgraphContext) {
    return new BudgetChangeService(ctx).change(input);
  }

  @Mutation(() => BudgetChallengeType, {
    description: 'Records a challenge that a FINAL budget is not enough to meet the needs (R11); it starts PENDING. Roles: PRACTITIONER, TEAM_MANAGER, FINANCE_OFFICER.',
  })
  @Authorized(Role.PRACTITIONER, Role.TEAM_MANAGER, Role.FINANCE_OFFICER)
  challengeBudget(@Arg('input', () => ChallengeBudgetInput, { description: 'The budget, who challenges it and why.' }) input: ChallengeBudgetInput, @Ctx() ctx: SubgraphContext) {
    return new BudgetChangeService(ctx).challenge(input.budgetId, input.raisedBy, input.grounds);
  }

  @Mutation(() => BudgetChallengeType, {
    description: `Decides a PENDING challenge, upheld or not, with reasons. It does not change the amount: use changePersonalBudget for that. ${MONEY_ROLES}`,
  })
  @Authorized(...MONEY_HOLDERS)
  decideBudgetChallenge(@Arg('input', () => DecideBudgetChallengeInput, { description: 'The challenge, its version and the decision.' }) input: DecideBudgetChallengeInput, @Ctx() ctx: SubgraphContext) {
    return new BudgetChangeService(ctx).decideChallenge(input.id, input.version, input.upheld, input.reasons);
  }

  @Mutation(() => FinancialAssessmentType, {
    description: `Records a financial assessment: the person’s assessed weekly contribution (R11). The one with the latest assessedOn applies to their budgets’ shares. ${MONEY_ROLES}`,
  })
  @Authorized(...MONEY_HOLDERS)
  async recordFinancialAssessment(@Arg('input', () => RecordFinancialAssessmentInput, { description: 'The person, kind, contribution, date and assessor.' }) input: RecordFinancialAssessmentInput, @Ctx() ctx: SubgraphContext) {
    return financialAssessmentView(await new ContributionService(ctx).record(input));
  }
}

function financialAssessmentView(f: FinancialAssessment): FinancialAssessmentType {
  return { id: f.id, kind: f.kind, weeklyContribution: MoneyType.of(f.weeklyContributionPence), assessedOn: f.assessedOn, assessor: f.assessor };
}

@Resolver(() => PersonRef)
export class PersonMoneyResolver {
  @FieldResolver(() => [FinancialAssessmentType], { description: 'The person’s financial assessments, in the order recorded; the one with the latest assessedOn applies (R11).' })
  async financialAssessments(@Root() person: PersonRef, @Ctx() ctx: SubgraphContext): Promise<FinancialAssessmentType[]> {
    return (await new ContributionService(ctx).forPerson(person.id)).map(financialAssessmentView);
  }
}
