import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role, weeklyCost } from '@careplan/domain';
import { CASEWORK_ROLES, MoneyType, type SubgraphContext } from '@careplan/subgraph-kit';
import type { CostLineRecord } from '../entities/cost-line.entity';
import type { PersonalBudget } from '../entities/personal-budget.entity';
import { BudgetService } from '../services/budget.service';
import { CostLineInputType, CostLineType, CreatePersonalBudgetInput, FinaliseBudgetInput, PersonalBudgetType, PlanRef } from './types';

function costLineView(l: CostLineRecord): CostLineType {
  return {
    id: l.id,
    supportItemId: l.supportItemId,
    unitCost: MoneyType.of(l.unitCostPence),
    unitType: l.unitType,
    plannedUnitsPerWeek: l.plannedHundredthsPerWeek / 100,
    weeklyCost: MoneyType.of(l.weeklyCostPence),
    fundingBasis: l.fundingBasis,
  };
}

/** Practitioners propose indicative budgets; finance officers and managers hold the money. */
const WRITERS = [Role.PRACTITIONER, Role.TEAM_MANAGER, Role.FINANCE_OFFICER, Role.SERVICE];
const MONEY_HOLDERS = [Role.FINANCE_OFFICER, Role.TEAM_MANAGER];

@Resolver(() => PersonalBudgetType)
export class BudgetResolver {
  @Query(() => PersonalBudgetType, { nullable: true })
  @Authorized(...CASEWORK_ROLES, Role.PERSON)
  personalBudget(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<PersonalBudget | null> {
    return new BudgetService(ctx).get(id);
  }

  @Query(() => [PersonalBudgetType], { description: 'Budgets still indicative, oldest first: finance officers’ queue (R11).' })
  @Authorized(Role.FINANCE_OFFICER, Role.TEAM_MANAGER)
  budgetsAwaitingFinalisation(@Ctx() ctx: SubgraphContext, @Arg('first', () => Int, { nullable: true }) first?: number) {
    return new BudgetService(ctx).awaitingFinalisation(first);
  }

  @Mutation(() => PersonalBudgetType, { description: 'Gives a plan its indicative personal budget.' })
  @Authorized(...WRITERS)
  createPersonalBudget(
    @Arg('input', () => CreatePersonalBudgetInput) input: CreatePersonalBudgetInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<PersonalBudget> {
    return new BudgetService(ctx).propose(input);
  }

  @Mutation(() => CostLineType, { description: 'Costs one support item of the plan; costing it again replaces the line.' })
  @Authorized(...WRITERS)
  async setCostLine(@Arg('budgetId', () => ID) budgetId: string, @Arg('line', () => CostLineInputType) line: CostLineInputType, @Ctx() ctx: SubgraphContext) {
    return costLineView(await new BudgetService(ctx).setCostLine(budgetId, line));
  }

  @Mutation(() => PersonalBudgetType, { description: 'Makes the budget final: every item costed and covered (R11).' })
  @Authorized(...MONEY_HOLDERS)
  finalisePersonalBudget(@Arg('input', () => FinaliseBudgetInput) input: FinaliseBudgetInput, @Ctx() ctx: SubgraphContext) {
    return new BudgetService(ctx).finalise(input);
  }

  @FieldResolver(() => [CostLineType])
  async costLines(@Root() budget: PersonalBudget, @Ctx() ctx: SubgraphContext): Promise<CostLineType[]> {
    return (await new BudgetService(ctx).costLines(budget.id)).map(costLineView);
  }

  @FieldResolver(() => MoneyType, { description: 'What the support costs a week: the exact sum of the cost lines.' })
  async weeklyCost(@Root() budget: PersonalBudget, @Ctx() ctx: SubgraphContext): Promise<MoneyType> {
    return MoneyType.of(weeklyCost(await new BudgetService(ctx).costLines(budget.id)));
  }

  @FieldResolver(() => MoneyType, { nullable: true, description: 'Final amount per week, once final.' })
  finalWeeklyAmount(@Root() budget: PersonalBudget): MoneyType | null {
    return budget.finalWeeklyPence === null ? null : MoneyType.of(budget.finalWeeklyPence);
  }

  @FieldResolver(() => PlanRef)
  plan(@Root() budget: PersonalBudget): PlanRef {
    return { id: budget.planId };
  }

  @FieldResolver(() => MoneyType)
  indicativeWeeklyAmount(@Root() budget: PersonalBudget): MoneyType {
    return MoneyType.of(budget.indicativeWeeklyPence);
  }
}

@Resolver(() => PlanRef)
export class PlanBudgetResolver {
  @FieldResolver(() => PersonalBudgetType, { nullable: true })
  personalBudget(@Root() plan: PlanRef, @Ctx() ctx: SubgraphContext): Promise<PersonalBudget | null> {
    return new BudgetService(ctx).forPlan(plan.id);
  }
}
