import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { DirectPaymentAction, LocalDate, Role } from '@careplan/domain';
import { MoneyType, type SubgraphContext } from '@careplan/subgraph-kit';
import type { DirectPayment, DirectPaymentRepayment } from '../entities/direct-payment.entity';
import { DirectPaymentService } from '../services/direct-payment.service';
import {
  DirectPaymentInstalmentType,
  DirectPaymentRepaymentType,
  DirectPaymentType,
  PaymentDueType,
  SetUpDirectPaymentInput,
} from './direct-payment.types';
import { PersonRef } from './money.types';

const MONEY_HOLDERS = [Role.FINANCE_OFFICER, Role.TEAM_MANAGER];
const FINANCE = [Role.FINANCE_OFFICER, Role.TEAM_MANAGER];

@Resolver(() => DirectPaymentType)
export class DirectPaymentResolver {
  @Mutation(() => DirectPaymentType, { description: 'Sets up a direct payment (R12a): recipient, needs covered, amount, what it buys.' })
  @Authorized(...MONEY_HOLDERS)
  setUpDirectPayment(@Arg('input', () => SetUpDirectPaymentInput) input: SetUpDirectPaymentInput, @Ctx() ctx: SubgraphContext) {
    return new DirectPaymentService(ctx).setUp(input);
  }

  @Mutation(() => DirectPaymentType, { description: 'Suspends, resumes or ends a direct payment, with the reason.' })
  @Authorized(...MONEY_HOLDERS)
  changeDirectPayment(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('action', () => DirectPaymentAction) action: DirectPaymentAction,
    @Arg('reason') reason: string,
    @Ctx() ctx: SubgraphContext,
  ) {
    return new DirectPaymentService(ctx).move(id, version, action, reason);
  }

  @Mutation(() => DirectPaymentRepaymentType, { description: 'Asks for repayment after misuse.' })
  @Authorized(...MONEY_HOLDERS)
  async requestDirectPaymentRepayment(@Arg('id', () => ID) id: string, @Arg('amountPence', () => Int) amountPence: number, @Arg('reason') reason: string, @Ctx() ctx: SubgraphContext) {
    return repaymentView(await new DirectPaymentService(ctx).requestRepayment(id, amountPence, reason));
  }

  @Query(() => [DirectPaymentType], { description: 'Direct payments whose next review falls within the coming days (R12a).' })
  @Authorized(...FINANCE, Role.PRACTITIONER)
  directPaymentsDueForReview(@Ctx() ctx: SubgraphContext, @Arg('withinDays', () => Int, { defaultValue: 28 }) withinDays: number) {
    const today = LocalDate.today();
    return new DirectPaymentService(ctx).dueForReview(today, today.plusDays(Math.min(Math.max(withinDays, 0), 366)));
  }

  @Query(() => [PaymentDueType], { description: 'Direct-payment instalments due this week (Monday to Sunday).' })
  @Authorized(...FINANCE)
  async paymentsDueThisWeek(@Ctx() ctx: SubgraphContext): Promise<PaymentDueType[]> {
    return (await new DirectPaymentService(ctx).paymentsDueThisWeek(LocalDate.today())).map((p) => ({
      directPayment: p.directPayment as unknown as DirectPaymentType,
      dueOn: p.dueOn,
      amount: MoneyType.of(p.amountPence),
    }));
  }

  @FieldResolver(() => MoneyType)
  weeklyAmount(@Root() dp: DirectPayment): MoneyType {
    return MoneyType.of(dp.weeklyPence);
  }

  @FieldResolver(() => String, { description: 'The next DP review: 6 months after the first payment, then every 12 months.' })
  nextReviewDue(@Root() dp: DirectPayment, @Ctx() ctx: SubgraphContext): string {
    return new DirectPaymentService(ctx).nextReviewDue(dp, LocalDate.today()).toString();
  }

  @FieldResolver(() => [DirectPaymentInstalmentType], { description: 'The payment schedule from the first payment.' })
  payments(@Root() dp: DirectPayment, @Ctx() ctx: SubgraphContext, @Arg('until', { description: 'YYYY-MM-DD' }) until: string): DirectPaymentInstalmentType[] {
    const to = LocalDate.parse(until, 'until');
    return new DirectPaymentService(ctx)
      .paymentsBetween(dp, LocalDate.parse(dp.firstPaymentOn), to)
      .map((p) => ({ dueOn: p.dueOn, amount: MoneyType.of(p.amountPence) }));
  }

  @FieldResolver(() => [DirectPaymentRepaymentType])
  async repayments(@Root() dp: DirectPayment, @Ctx() ctx: SubgraphContext) {
    return (await new DirectPaymentService(ctx).repayments(dp.id)).map(repaymentView);
  }
}

function repaymentView(r: DirectPaymentRepayment): DirectPaymentRepaymentType {
  return { id: r.id, amount: MoneyType.of(r.amountPence), reason: r.reason, requestedOn: r.requestedOn };
}

@Resolver(() => PersonRef)
export class PersonDirectPaymentsResolver {
  @FieldResolver(() => [DirectPaymentType])
  directPayments(@Root() person: PersonRef, @Ctx() ctx: SubgraphContext) {
    return new DirectPaymentService(ctx).forPerson(person.id);
  }
}

