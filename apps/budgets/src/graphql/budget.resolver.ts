import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role, weeklyCost } from '@careplan/domain';
import { CASEWORK_ROLES, MoneyType, PageArgs, toConnection, withReadAhead, type SubgraphContext } from '@careplan/subgraph-kit';
import type { CostLineRecord } from '../entities/cost-line.entity';
import type { PersonalBudget } from '../entities/personal-budget.entity';
import { BudgetService } from '../services/budget.service';
import { ContinuityBudgetService } from '../services/continuity-budget.service';
import { CostLineType, CreatePersonalBudgetInput, EndBudgetOfEndedPlanInput, FinaliseBudgetInput, PersonalBudgetConnection, PersonalBudgetType, PlanRef, SetCostLineInput, StartContinuityBudgetInput, ReinstateBudgetOfPlanInput } from './types';

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
const WRITER_ROLES = 'Roles: PRACTITIONER, TEAM_MANAGER, FINANCE_OFFICER, SERVICE.';

@Resolver(() => PersonalBudgetType)
export class BudgetResolver {
  @Query(() => PersonalBudgetType, {
    nullable: true,
    description:
      'A personal budget by id; null when your council has none with that id. A PERSON may read only their own (FORBIDDEN otherwise). Roles: PRACTITIONER, TEAM_MANAGER, PANEL_MEMBER, FINANCE_OFFICER, SERVICE, PERSON.',
  })
  @Authorized(...CASEWORK_ROLES, Role.PERSON)
  personalBudget(@Arg('id', () => ID, { description: 'The budget’s id.' }) id: string, @Ctx() ctx: SubgraphContext): Promise<PersonalBudget | null> {
    return new BudgetService(ctx).get(id);
  }

  @Query(() => PersonalBudgetConnection, {
    description: 'Your council’s budgets still indicative, oldest first, a page at a time: the finance officers’ queue for costing and finalising (R11). Not those of a plan withdrawn before it came into force, whose budget ended with it. Roles: FINANCE_OFFICER, TEAM_MANAGER.',
  })
  @Authorized(Role.FINANCE_OFFICER, Role.TEAM_MANAGER)
  async budgetsAwaitingFinalisation(@Ctx() ctx: SubgraphContext, @Args(() => PageArgs) page: PageArgs) {
    return toConnection(await new BudgetService(ctx).awaitingFinalisation(page)) as unknown as InstanceType<typeof PersonalBudgetConnection>;
  }

  @Mutation(() => PersonalBudgetType, {
    description: `Gives a plan version its indicative personal budget, with how it was worked out (R11); the budget starts INDICATIVE. A plan has one budget: a second is a CONFLICT, as is one for a plan that has ended (closed, revised or withdrawn). ${WRITER_ROLES}`,
  })
  @Authorized(...WRITERS)
  createPersonalBudget(
    @Arg('input', () => CreatePersonalBudgetInput, { description: 'The plan, the indicative amount and how it was worked out.' }) input: CreatePersonalBudgetInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<PersonalBudget> {
    return new BudgetService(ctx).propose(input);
  }

  @Mutation(() => CostLineType, {
    description: `Costs one support item of the budget’s plan (R11) and returns the line; costing it again replaces the line. Reablement items are refused (R11a). A final budget is refused (CONFLICT, R12) unless the item was added since it was finalised and the plan is not yet agreed: then the budget goes back to INDICATIVE, to be finalised again. ${WRITER_ROLES}`,
  })
  @Authorized(...WRITERS)
  async setCostLine(@Arg('input', () => SetCostLineInput, { description: 'The budget, the support item and its unit cost, unit and planned units a week.' }) input: SetCostLineInput, @Ctx() ctx: SubgraphContext) {
    return costLineView(await new BudgetService(ctx).setCostLine(input.budgetId, input));
  }

  @Mutation(() => PersonalBudgetType, {
    description:
      'Makes an INDICATIVE budget FINAL (R11): every support item in it costed (reablement is outside the budget), the final amount covering their weekly cost, and any difference from the indicative amount explained. For a revised plan, an amount lower than the budget in force needs a reassessment and an explanation (R12). Roles: FINANCE_OFFICER, TEAM_MANAGER.',
  })
  @Authorized(...MONEY_HOLDERS)
  finalisePersonalBudget(@Arg('input', () => FinaliseBudgetInput, { description: 'The final amount and its explanation.' }) input: FinaliseBudgetInput, @Ctx() ctx: SubgraphContext) {
    return new BudgetService(ctx).finalise(input);
  }

  @Mutation(() => PersonalBudgetType, {
    nullable: true,
    description:
      'R22 (the worker, for the council the person moved to): gives a plan put in place on arrival the budget of the plan it continues — the other council’s weekly amount (indicativeMethod CONTINUITY_OF_CARE), each support item costed as that council’s budget had it — FINAL from the day of arrival when those costs cover the plan within the amount, INDICATIVE for finance to cost otherwise. No direct payment moves with it: the council sets up its own. Null when the plan continued had no budget; once per plan, so a retried step returns the same budget. Roles: SERVICE.',
  })
  @Authorized(Role.SERVICE)
  startContinuityBudget(@Arg('input', () => StartContinuityBudgetInput, { description: 'The plan put in place on arrival.' }) input: StartContinuityBudgetInput, @Ctx() ctx: SubgraphContext): Promise<PersonalBudget | null> {
    return new ContinuityBudgetService(ctx).start(input.planId);
  }

  @Mutation(() => PersonalBudgetType, {
    nullable: true,
    description:
      'Ends the budget of a plan that has ended — closed (after a review, on a death, on a move to another council) or withdrawn before it came into force (R9) — on the day it ended (R12a): nothing more is changed under it (its amount or how it is held), and its direct payments, active or suspended, end that day with the plan’s reason. Returns it with `endedOn` (null when the plan had no budget); asking again changes nothing, but once the day the plan ended is corrected (a date of death corrected) the budget and the direct payments that ended with it end on the new day. CONFLICT while the plan has not ended. The worker does this when a plan closes or is withdrawn, or that day is corrected. Roles: SERVICE.',
  })
  @Authorized(Role.SERVICE)
  endBudgetOfEndedPlan(@Arg('input', () => EndBudgetOfEndedPlanInput, { description: 'The plan that ended.' }) input: EndBudgetOfEndedPlanInput, @Ctx() ctx: SubgraphContext): Promise<PersonalBudget | null> {
    return new BudgetService(ctx).endWithPlan(input.planId);
  }

  @Mutation(() => PersonalBudgetType, {
    nullable: true,
    description:
      'Brings back the budget of a plan reinstated after a death recorded in error had ended it (R12a): `endedOn` is cleared, and the direct payments that ended with it return to the status they ended from (those ended by hand stay ended). Returns it (null when the plan has no budget); nothing changes while the plan has ended, or when asked again. The worker does this when a plan is reinstated. Roles: SERVICE.',
  })
  @Authorized(Role.SERVICE)
  reinstateBudgetOfPlan(@Arg('input', () => ReinstateBudgetOfPlanInput, { description: 'The plan that came back.' }) input: ReinstateBudgetOfPlanInput, @Ctx() ctx: SubgraphContext): Promise<PersonalBudget | null> {
    return new BudgetService(ctx).reinstateWithPlan(input.planId);
  }

  @FieldResolver(() => [CostLineType], { description: 'What each costed support item costs a week, oldest first (R11).' })
  async costLines(@Root() budget: PersonalBudget, @Ctx() ctx: SubgraphContext): Promise<CostLineType[]> {
    return (await new BudgetService(ctx).costLines(budget.id)).map(costLineView);
  }

  @FieldResolver(() => MoneyType, { description: 'What the support costs a week: the exact sum of the cost lines (R11).' })
  async weeklyCost(@Root() budget: PersonalBudget, @Ctx() ctx: SubgraphContext): Promise<MoneyType> {
    return MoneyType.of(weeklyCost(await new BudgetService(ctx).costLines(budget.id)));
  }

  @FieldResolver(() => MoneyType, { nullable: true, description: 'The final amount a week (R11), including any later change (R12); null while indicative.' })
  finalWeeklyAmount(@Root() budget: PersonalBudget): MoneyType | null {
    return budget.finalWeeklyPence === null ? null : MoneyType.of(budget.finalWeeklyPence);
  }

  @FieldResolver(() => PlanRef, { description: 'The plan version the budget is for; each version has its own budget.' })
  plan(@Root() budget: PersonalBudget): PlanRef {
    return { id: budget.planId };
  }

  @FieldResolver(() => MoneyType, { description: 'The indicative amount a week, given at the start of planning (R11).' })
  indicativeWeeklyAmount(@Root() budget: PersonalBudget): MoneyType {
    return MoneyType.of(budget.indicativeWeeklyPence);
  }
}

@Resolver(() => PlanRef)
export class PlanBudgetResolver {
  @FieldResolver(() => PersonalBudgetType, { nullable: true, description: 'The plan version’s personal budget (R11); null until one is created.' })
  personalBudget(@Root() plan: PlanRef, @Ctx() ctx: SubgraphContext, @Info() info: GraphQLResolveInfo): Promise<PersonalBudget | null> {
    const budgets = new BudgetService(ctx);
    return withReadAhead(info, budgets.readsAheadForPlan(plan.id), () => budgets.forPlan(plan.id));
  }
}
