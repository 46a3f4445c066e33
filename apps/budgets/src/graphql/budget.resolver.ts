import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '@careplan/domain';
import { CASEWORK_ROLES, MoneyType, type SubgraphContext } from '@careplan/subgraph-kit';
import type { PersonalBudget } from '../entities/personal-budget.entity';
import { BudgetService } from '../services/budget.service';
import { CreatePersonalBudgetInput, PersonalBudgetType, PlanRef } from './types';

/** Practitioners propose indicative budgets; finance officers and managers hold the money. */
const WRITERS = [Role.PRACTITIONER, Role.TEAM_MANAGER, Role.FINANCE_OFFICER, Role.SERVICE];

@Resolver(() => PersonalBudgetType)
export class BudgetResolver {
  @Query(() => PersonalBudgetType, { nullable: true })
  @Authorized(...CASEWORK_ROLES, Role.PERSON)
  personalBudget(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<PersonalBudget | null> {
    return new BudgetService(ctx).get(id);
  }

  @Mutation(() => PersonalBudgetType, { description: 'Gives a plan its indicative personal budget.' })
  @Authorized(...WRITERS)
  createPersonalBudget(
    @Arg('input', () => CreatePersonalBudgetInput) input: CreatePersonalBudgetInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<PersonalBudget> {
    return new BudgetService(ctx).propose(input);
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
