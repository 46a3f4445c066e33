import { Arg, Args, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { LocalDate, Role, parseScheduleUntil } from '@careplan/domain';
import { MoneyType, PageArgs, toConnection, type SubgraphContext, LocalDateScalar } from '@careplan/subgraph-kit';
import type { DirectPayment, DirectPaymentRepayment } from '../entities/direct-payment.entity';
import type { PersonalBudget } from '../entities/personal-budget.entity';
import { BudgetService } from '../services/budget.service';
import { DirectPaymentService } from '../services/direct-payment.service';
import {
  ChangeDirectPaymentInput,
  DirectPaymentConnection,
  DirectPaymentInstalmentType,
  DirectPaymentRepaymentType,
  DirectPaymentType,
  PaymentDueConnection,
  RequestDirectPaymentRepaymentInput,
  SetUpDirectPaymentInput,
} from './direct-payment.types';
import { PersonRef } from './money.types';
import { PersonalBudgetType, PlanRef } from './types';

const MONEY_HOLDERS = [Role.FINANCE_OFFICER, Role.TEAM_MANAGER];
const FINANCE = [Role.FINANCE_OFFICER, Role.TEAM_MANAGER];
const MONEY_ROLES = 'Roles: FINANCE_OFFICER, TEAM_MANAGER.';

@Resolver(() => DirectPaymentType)
export class DirectPaymentResolver {
  @Mutation(() => DirectPaymentType, {
    description: `Sets up a direct payment from a FINAL budget (R12a) and returns it, ACTIVE: the recipient fits the person’s capacity, it is used only for needs in the plan, a close relative in the household is paid only when recorded as necessary, and it fits in the budget’s direct-payment part with the person’s direct payments in force, those set up under a version this one revises included (R11b). Its first review falls 6 months after the first payment. ${MONEY_ROLES}`,
  })
  @Authorized(...MONEY_HOLDERS)
  setUpDirectPayment(@Arg('input', () => SetUpDirectPaymentInput, { description: 'The budget, recipient, needs, amount and what it buys.' }) input: SetUpDirectPaymentInput, @Ctx() ctx: SubgraphContext) {
    return new DirectPaymentService(ctx).setUp(input);
  }

  @Mutation(() => DirectPaymentType, { description: `Suspends, resumes or ends a direct payment, with the reason (R12a); returns it with its new status. ${MONEY_ROLES}` })
  @Authorized(...MONEY_HOLDERS)
  changeDirectPayment(@Arg('input', () => ChangeDirectPaymentInput, { description: 'The direct payment, its version, what to do and why.' }) input: ChangeDirectPaymentInput, @Ctx() ctx: SubgraphContext) {
    return new DirectPaymentService(ctx).move(input.id, input.version, input.action, input.reason);
  }

  @Mutation(() => DirectPaymentRepaymentType, {
    description: `Records a request for repayment of a direct payment after misuse (R12a) and returns it; the direct payment’s status does not change. ${MONEY_ROLES}`,
  })
  @Authorized(...MONEY_HOLDERS)
  async requestDirectPaymentRepayment(
    @Arg('input', () => RequestDirectPaymentRepaymentInput, { description: 'The direct payment, the amount and why.' }) input: RequestDirectPaymentRepaymentInput,
    @Ctx() ctx: SubgraphContext,
  ) {
    return repaymentView(await new DirectPaymentService(ctx).requestRepayment(input.id, input.amountPence, input.reason));
  }

  @Query(() => DirectPaymentConnection, {
    description:
      'Active or suspended direct payments whose next review (6 months after the first payment, then every 12 months) falls between today and withinDays from now, Europe/London (R12a), soonest review first, a page at a time. Roles: FINANCE_OFFICER, TEAM_MANAGER, PRACTITIONER.',
  })
  @Authorized(...FINANCE, Role.PRACTITIONER)
  async directPaymentsDueForReview(
    @Ctx() ctx: SubgraphContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('withinDays', () => Int, { defaultValue: 28, description: 'How many days ahead to look: 0 to 366 (a value outside is taken as the nearer end); 28 when left out.' }) withinDays: number,
  ) {
    const today = LocalDate.today();
    const due = await new DirectPaymentService(ctx).dueForReview(today, today.plusDays(Math.min(Math.max(withinDays, 0), 366)), page);
    return toConnection(due) as unknown as InstanceType<typeof DirectPaymentConnection>;
  }

  @Query(() => PaymentDueConnection, { description: `Instalments of active direct payments due this week, Monday to Sunday in Europe/London, soonest first, a page at a time. ${MONEY_ROLES}` })
  @Authorized(...FINANCE)
  async paymentsDueThisWeek(@Ctx() ctx: SubgraphContext, @Args(() => PageArgs) page: PageArgs) {
    const due = await new DirectPaymentService(ctx).paymentsDueThisWeek(LocalDate.today(), page);
    return toConnection({ ...due, rows: due.rows.map((p) => ({ ...p, amount: MoneyType.of(p.amountPence) })) }) as unknown as InstanceType<typeof PaymentDueConnection>;
  }

  @FieldResolver(() => PersonalBudgetType, { description: 'The personal budget it is paid from, within its direct-payment part (R11b).' })
  personalBudget(@Root() dp: DirectPayment, @Ctx() ctx: SubgraphContext): Promise<PersonalBudget> {
    return budgetOf(dp, ctx);
  }

  @FieldResolver(() => PlanRef, { description: 'The plan version whose needs it meets: the one its personal budget is for.' })
  async plan(@Root() dp: DirectPayment, @Ctx() ctx: SubgraphContext): Promise<PlanRef> {
    return { id: (await budgetOf(dp, ctx)).planId };
  }

  @FieldResolver(() => MoneyType, { description: 'The amount a week; instalments follow from it and the frequency.' })
  weeklyAmount(@Root() dp: DirectPayment): MoneyType {
    return MoneyType.of(dp.weeklyPence);
  }

  @FieldResolver(() => LocalDateScalar, {
    description: 'The next direct-payment review on or after today, YYYY-MM-DD: 6 months after the first payment, then every 12 months (R12a).',
  })
  nextReviewDue(@Root() dp: DirectPayment, @Ctx() ctx: SubgraphContext): string {
    return new DirectPaymentService(ctx).nextReviewDue(dp, LocalDate.today()).toString();
  }

  @FieldResolver(() => [DirectPaymentInstalmentType], {
    description: 'The instalments scheduled from the first payment up to and including `until` (at most a year ahead; further is BAD_USER_INPUT), from the weekly amount and frequency; the schedule does not reflect a suspension or ending.',
  })
  payments(@Root() dp: DirectPayment, @Ctx() ctx: SubgraphContext, @Arg('until', () => LocalDateScalar, { description: 'The last day to include, YYYY-MM-DD.' }) until: string): DirectPaymentInstalmentType[] {
    const to = parseScheduleUntil(until);
    return new DirectPaymentService(ctx)
      .paymentsBetween(dp, LocalDate.parse(dp.firstPaymentOn), to)
      .map((p) => ({ dueOn: p.dueOn, amount: MoneyType.of(p.amountPence) }));
  }

  @FieldResolver(() => [DirectPaymentRepaymentType], { description: 'Repayments asked for after misuse, oldest first (R12a).' })
  async repayments(@Root() dp: DirectPayment, @Ctx() ctx: SubgraphContext) {
    return (await new DirectPaymentService(ctx).repayments(dp.id)).map(repaymentView);
  }
}

/** A direct payment is set up from a budget of the same person, so whoever may read the one may read the other. */
async function budgetOf(dp: DirectPayment, ctx: SubgraphContext): Promise<PersonalBudget> {
  const budget = await new BudgetService(ctx).get(dp.budgetId);
  if (!budget) throw new Error(`direct payment ${dp.id} has no budget ${dp.budgetId}`);
  return budget;
}

function repaymentView(r: DirectPaymentRepayment): DirectPaymentRepaymentType {
  return { id: r.id, amount: MoneyType.of(r.amountPence), reason: r.reason, requestedOn: r.requestedOn };
}

@Resolver(() => PersonRef)
export class PersonDirectPaymentsResolver {
  @FieldResolver(() => [DirectPaymentType], { description: 'The person’s direct payments, in any status, in the order set up (R12a).' })
  directPayments(@Root() person: PersonRef, @Ctx() ctx: SubgraphContext) {
    return new DirectPaymentService(ctx).forPerson(person.id);
  }
}

