import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
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
  ChangeBudgetInput,
  FinancialAssessmentType,
  PersonRef,
  RecordFinancialAssessmentInput,
} from './money.types';
import { PersonalBudgetType } from './types';

/** Only finance officers and approvers change money (practitioners propose). */
const MONEY_HOLDERS = [Role.FINANCE_OFFICER, Role.TEAM_MANAGER];

@Resolver(() => PersonalBudgetType)
export class BudgetMoneyResolver {
  @FieldResolver(() => BudgetSharesType)
  async shares(@Root() budget: PersonalBudget, @Ctx() ctx: SubgraphContext): Promise<BudgetSharesType> {
    const s = await new ContributionService(ctx).shares(budget);
    return { total: MoneyType.of(s.totalPence), chargeable: MoneyType.of(s.chargeablePence), person: MoneyType.of(s.personPence), council: MoneyType.of(s.councilPence) };
  }

  @FieldResolver(() => BudgetManagementType, { nullable: true })
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

  @FieldResolver(() => [BudgetChangeType])
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

  @FieldResolver(() => [BudgetChallengeType])
  challenges(@Root() budget: PersonalBudget, @Ctx() ctx: SubgraphContext) {
    return new BudgetChangeService(ctx).challenges(budget.id);
  }

  @Mutation(() => PersonalBudgetType, { description: 'How the final budget is held: a mix that adds up exactly (R11b).' })
  @Authorized(...MONEY_HOLDERS)
  setBudgetManagement(@Arg('input', () => BudgetManagementInput) input: BudgetManagementInput, @Ctx() ctx: SubgraphContext) {
    return new BudgetChangeService(ctx).setManagement(input.id, input.version, input);
  }

  @Mutation(() => PersonalBudgetType, { description: 'Changes a final budget with a reason; a reduction needs a reassessment and an explanation (R12).' })
  @Authorized(...MONEY_HOLDERS)
  changePersonalBudget(@Arg('input', () => ChangeBudgetInput) input: ChangeBudgetInput, @Ctx() ctx: SubgraphContext) {
    return new BudgetChangeService(ctx).change(input);
  }

  @Mutation(() => BudgetChallengeType, { description: 'Records a challenge to the budget’s sufficiency.' })
  @Authorized(Role.PRACTITIONER, Role.TEAM_MANAGER, Role.FINANCE_OFFICER)
  challengeBudget(@Arg('budgetId', () => ID) budgetId: string, @Arg('raisedBy') raisedBy: string, @Arg('grounds') grounds: string, @Ctx() ctx: SubgraphContext) {
    return new BudgetChangeService(ctx).challenge(budgetId, raisedBy, grounds);
  }

  @Mutation(() => BudgetChallengeType)
  @Authorized(...MONEY_HOLDERS)
  decideBudgetChallenge(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('upheld') upheld: boolean,
    @Arg('reasons') reasons: string,
    @Ctx() ctx: SubgraphContext,
  ) {
    return new BudgetChangeService(ctx).decideChallenge(id, version, upheld, reasons);
  }

  @Mutation(() => FinancialAssessmentType, { description: 'Records the person’s assessed weekly contribution.' })
  @Authorized(...MONEY_HOLDERS)
  async recordFinancialAssessment(@Arg('input', () => RecordFinancialAssessmentInput) input: RecordFinancialAssessmentInput, @Ctx() ctx: SubgraphContext) {
    return financialAssessmentView(await new ContributionService(ctx).record(input));
  }
}

function financialAssessmentView(f: FinancialAssessment): FinancialAssessmentType {
  return { id: f.id, kind: f.kind, weeklyContribution: MoneyType.of(f.weeklyContributionPence), assessedOn: f.assessedOn, assessor: f.assessor };
}

@Resolver(() => PersonRef)
export class PersonMoneyResolver {
  @FieldResolver(() => [FinancialAssessmentType], { description: 'Financial assessments, oldest first; the latest applies.' })
  async financialAssessments(@Root() person: PersonRef, @Ctx() ctx: SubgraphContext): Promise<FinancialAssessmentType[]> {
    return (await new ContributionService(ctx).forPerson(person.id)).map(financialAssessmentView);
  }
}
