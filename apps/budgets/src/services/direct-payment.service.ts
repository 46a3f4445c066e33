import {
  BadUserInput,
  BudgetStatus,
  DirectPaymentAction,
  DirectPaymentRecipient,
  DirectPaymentStatus,
  LocalDate,
  MONEY_LIMITS,
  Money,
  assertBudgetOpen,
  assertDirectPaymentRecipient,
  assertPlanPaysDirectPayments,
  assertHouseholdRelativeAllowed,
  assertWithinDirectPaymentPart,
  directPaymentReviewDates,
  directPaymentTransition,
  nextDirectPaymentReview,
  paymentSchedule,
  type NeedCode,
  type PaymentFrequency,
} from '@careplan/domain';
import { askGraph, keysetPage, loadForChange, loadVisible, loadVisibleBy, manyBy, updateVersioned, type Keyset, type Page, type PageArgs, type SubgraphContext } from '@careplan/subgraph-kit';
import { DirectPaymentFactsDocument } from '../graph/generated';
import type { SelectQueryBuilder } from 'typeorm';
import { DirectPayment, DirectPaymentRepayment, type DirectPaymentPurchase } from '../entities/direct-payment.entity';
import { PersonalBudget } from '../entities/personal-budget.entity';

/** An instalment of a direct payment falling due. */
export interface PaymentDue {
  directPayment: DirectPayment;
  dueOn: string;
  amountPence: number;
}

const DP_EVENTS: Record<DirectPaymentAction, 'DirectPaymentSuspended' | 'DirectPaymentResumed' | 'DirectPaymentEnded'> = {
  SUSPEND: 'DirectPaymentSuspended',
  RESUME: 'DirectPaymentResumed',
  END: 'DirectPaymentEnded',
};

export interface SetUpDirectPayment {
  budgetId: string;
  recipient: DirectPaymentRecipient;
  recipientRelationshipId?: string | null;
  coversNeeds: NeedCode[];
  weeklyPence: number;
  frequency: PaymentFrequency;
  purchases: DirectPaymentPurchase[];
  accountType: string;
  supportService?: string | null;
  closeRelativeInHousehold: boolean;
  necessityReason?: string | null;
  necessityDecidedBy?: string | null;
  firstPaymentOn: string;
}

/** R12a: lawful direct payments, from the right recipient, for the plan's needs, with their review dates. */
export class DirectPaymentService {
  constructor(private readonly ctx: SubgraphContext) {}

  get(id: string): Promise<DirectPayment | null> {
    return loadVisible(this.ctx, DirectPayment, id);
  }

  forPerson(personId: string): Promise<DirectPayment[]> {
    return loadVisibleBy(this.ctx, DirectPayment, 'personId', personId);
  }

  repayments(id: string): Promise<DirectPaymentRepayment[]> {
    return manyBy(this.ctx, DirectPaymentRepayment, 'directPaymentId').load(id);
  }

  /**
   * R11b: the person's payments in force, plus `addingWeeklyPence`, fit in `partPence` (the part held as a
   * direct payment). All of them, not only this budget's: those set up under the version a revision replaces
   * go on being paid, so the revision's part must hold them too. Counted with the person's budget rows locked,
   * so two changes at once cannot both fit in the same part; and this budget checked open there (R12a), so a
   * plan closing meanwhile either ends the budget first or, waiting for the lock, finds this change's payment
   * and ends it too.
   */
  async assertWithinPart(budget: PersonalBudget, partPence: number | null, addingWeeklyPence: number): Promise<void> {
    const manager = await this.ctx.db.manager();
    const locked: Array<{ id: string; endedOn: string | null }> = await manager.query(
      `SELECT id, to_char(ended_on, 'YYYY-MM-DD') AS "endedOn" FROM budgets.personal_budget WHERE authority_code = $1 AND person_id = $2 ORDER BY id FOR UPDATE`,
      [budget.authorityCode, budget.personId],
    );
    assertBudgetOpen(locked.find((b) => b.id === budget.id) ?? budget);
    const payments = await manager.findBy(DirectPayment, { authorityCode: budget.authorityCode, personId: budget.personId });
    const inForce = payments.filter((d) => d.status !== DirectPaymentStatus.ENDED).map((d) => d.weeklyPence);
    assertWithinDirectPaymentPart(partPence, inForce, addingWeeklyPence);
  }

  async setUp(input: SetUpDirectPayment): Promise<DirectPayment> {
    const budget = await loadForChange(this.ctx, PersonalBudget, input.budgetId, 'budgetId', 'a personal budget');
    if (budget.status !== BudgetStatus.FINAL) throw new BadUserInput('budgetId', 'a direct payment is paid from a final budget');
    const weekly = Money.fromInput(input.weeklyPence, 'weeklyPence');
    if (weekly.pence === 0) throw new BadUserInput('weeklyPence', 'a direct payment pays something');
    const facts = await askGraph(this.ctx, DirectPaymentFactsDocument, { person: budget.personId, plan: budget.planId });
    if (facts.plan) assertPlanPaysDirectPayments(facts.plan.status);
    const relationship = input.recipientRelationshipId ? (facts.person?.relationships.find((r) => r.id === input.recipientRelationshipId) ?? null) : null;
    if (input.recipientRelationshipId && !relationship) throw new BadUserInput('recipientRelationshipId', 'not one of the person’s relationships');
    assertDirectPaymentRecipient({ recipient: input.recipient, personHasCapacity: facts.person?.capacityFor.hasCapacity ?? true, relationship });
    const planNeeds = new Set((facts.plan?.supportItems ?? []).map((i) => i.need));
    if (input.coversNeeds.length === 0 || input.coversNeeds.some((n) => !planNeeds.has(n))) {
      throw new BadUserInput('coversNeeds', 'a direct payment is used only for needs in the plan');
    }
    await this.assertWithinPart(budget, budget.directPaymentPence, weekly.pence);
    const necessity = input.necessityReason ? { reason: input.necessityReason, decidedBy: input.necessityDecidedBy ?? '' } : null;
    assertHouseholdRelativeAllowed(input.closeRelativeInHousehold, necessity);
    input.purchases.forEach((p, i) => {
      Money.fromInput(p.weeklyPence, `purchases.${i}.weeklyPence`);
      if (!p.description.trim()) throw new BadUserInput(`purchases.${i}.description`, 'say what it buys');
    });
    const firstPaymentOn = LocalDate.parse(input.firstPaymentOn, 'firstPaymentOn');
    const accountType = input.accountType.trim();
    if (!accountType) throw new BadUserInput('accountType', 'say how the payment is held (separate account, pre-paid card, managed account)');
    const manager = await this.ctx.db.manager();
    const dp = await manager.save(
      manager.create(DirectPayment, {
        authorityCode: budget.authorityCode,
        personId: budget.personId,
        budgetId: budget.id,
        recipient: input.recipient,
        recipientRelationshipId: relationship?.id ?? null,
        coversNeeds: [...new Set(input.coversNeeds)],
        weeklyPence: weekly.pence,
        frequency: input.frequency,
        purchases: input.purchases,
        accountType,
        supportService: input.supportService?.trim() || null,
        closeRelativeInHousehold: input.closeRelativeInHousehold,
        necessityReason: necessity?.reason.trim() ?? null,
        necessityDecidedBy: necessity?.decidedBy.trim() ?? null,
        status: DirectPaymentStatus.ACTIVE,
        firstPaymentOn: firstPaymentOn.toString(),
        statusReason: null,
        endedOn: null,
      }),
    );
    // The reviews subgraph schedules the DP review from this (R13, R12a).
    await this.ctx.outbox.record('DirectPaymentStarted', {
      directPaymentId: dp.id,
      personId: dp.personId,
      budgetId: dp.budgetId,
      planId: budget.planId,
      firstPaymentOn: dp.firstPaymentOn,
      firstReviewDue: directPaymentReviewDates(firstPaymentOn, 1)[0],
    });
    return dp;
  }

  async move(id: string, version: number, action: DirectPaymentAction, reason: string): Promise<DirectPayment> {
    const dp = await loadForChange(this.ctx, DirectPayment, id, 'id', 'a direct payment');
    if (reason.trim().length < 10) throw new BadUserInput('reason', 'record the reason');
    const status = directPaymentTransition(dp.status, action);
    const changed = await updateVersioned(this.ctx, DirectPayment, 'DirectPayment', id, version, {
      status,
      statusReason: reason.trim(),
      endedOn: status === DirectPaymentStatus.ENDED ? LocalDate.today().toString() : null,
    });
    await this.ctx.outbox.record(DP_EVENTS[action], { directPaymentId: id, personId: dp.personId });
    return changed;
  }

  /**
   * R12a: a budget whose plan closed pays nothing more. Its direct payments still in force (active or
   * suspended) end on the day the budget ended, with why; those that ended with it on another day (the day
   * corrected since) end on this one; those ended by hand are left, so a repeat ends none.
   */
  async endWithBudget(budget: PersonalBudget, why: string): Promise<DirectPayment[]> {
    const changed: DirectPayment[] = [];
    for (const dp of await this.underBudget(budget)) {
      if (dp.status !== DirectPaymentStatus.ENDED) {
        const changes = { status: DirectPaymentStatus.ENDED, statusReason: why, endedOn: budget.endedOn, endedFrom: dp.status };
        changed.push(await updateVersioned(this.ctx, DirectPayment, 'DirectPayment', dp.id, dp.version, changes));
        await this.ctx.outbox.record('DirectPaymentEnded', { directPaymentId: dp.id, personId: dp.personId });
      } else if (dp.endedFrom && dp.endedOn !== budget.endedOn) {
        changed.push(await updateVersioned(this.ctx, DirectPayment, 'DirectPayment', dp.id, dp.version, { statusReason: why, endedOn: budget.endedOn }));
        await this.ctx.outbox.record('DirectPaymentEndDateCorrected', { directPaymentId: dp.id, personId: dp.personId });
      }
    }
    return changed;
  }

  /**
   * R12a: a budget back in force with its plan (a death recorded in error) pays again what it paid: the direct
   * payments that ended with it return to the status they ended from; those ended by hand stay ended.
   */
  async reinstateWithBudget(budget: PersonalBudget, why: string): Promise<DirectPayment[]> {
    const endedWithIt = (await this.underBudget(budget)).filter((dp) => dp.status === DirectPaymentStatus.ENDED && dp.endedFrom);
    const reinstated: DirectPayment[] = [];
    for (const dp of endedWithIt) {
      const changes = { status: dp.endedFrom!, statusReason: why, endedOn: null, endedFrom: null };
      reinstated.push(await updateVersioned(this.ctx, DirectPayment, 'DirectPayment', dp.id, dp.version, changes));
      await this.ctx.outbox.record('DirectPaymentReinstated', { directPaymentId: dp.id, personId: dp.personId });
    }
    return reinstated;
  }

  /** A person has a handful of direct payments: read by person (indexed), kept if set up under this budget. */
  private async underBudget(budget: PersonalBudget): Promise<DirectPayment[]> {
    return (await this.forPerson(budget.personId)).filter((dp) => dp.budgetId === budget.id);
  }

  async requestRepayment(id: string, amountPence: number, reason: string): Promise<DirectPaymentRepayment> {
    const dp = await loadForChange(this.ctx, DirectPayment, id, 'id', 'a direct payment');
    const amount = Money.fromInput(amountPence, 'amountPence', MONEY_LIMITS.yearly);
    if (amount.pence === 0) throw new BadUserInput('amountPence', 'a repayment is of something');
    if (reason.trim().length < 10) throw new BadUserInput('reason', 'record what the payment was misused for');
    const manager = await this.ctx.db.manager();
    return manager.save(
      manager.create(DirectPaymentRepayment, {
        authorityCode: dp.authorityCode,
        directPaymentId: dp.id,
        amountPence: amount.pence,
        reason: reason.trim(),
        requestedOn: LocalDate.today().toString(),
        requestedBy: this.ctx.identity.userId,
      }),
    );
  }

  /** The council's direct payments in these statuses, to page through. */
  private async inStatus(...statuses: DirectPaymentStatus[]): Promise<SelectQueryBuilder<DirectPayment>> {
    return (await this.ctx.db.manager())
      .createQueryBuilder(DirectPayment, 'dp')
      .where('dp.authority_code = :authority AND dp.status IN (:...statuses)', { authority: this.ctx.identity.authority, statuses });
  }

  /** The next scheduled DP review on or after `from` (R12a). */
  nextReviewDue(dp: DirectPayment, from: LocalDate): LocalDate {
    return nextDirectPaymentReview(LocalDate.parse(dp.firstPaymentOn), from);
  }

  /**
   * A page of the direct payments whose next review falls between today and `until`, soonest first
   * (then id): the date is computed in SQL (budgets.next_direct_payment_review) as the domain computes it.
   */
  async dueForReview(today: LocalDate, until: LocalDate, args: PageArgs): Promise<Page<DirectPayment>> {
    const next = 'budgets.next_direct_payment_review(dp.first_payment_on, CAST(:today AS date))';
    const q = (await this.inStatus(DirectPaymentStatus.ACTIVE, DirectPaymentStatus.SUSPENDED)).andWhere(`${next} <= CAST(:until AS date)`, { today: today.toString(), until: until.toString() });
    const byReview: Keyset<DirectPayment> = { keys: [{ sql: next, of: (dp) => this.nextReviewDue(dp, today).toString(), kind: 'date' }], id: 'dp.id' };
    const page = await keysetPage(q, byReview, args);
    this.ctx.audit.read(...page.rows.map((r) => r.personId));
    return page;
  }

  /** Payments due between two dates for an active direct payment, from its schedule. */
  paymentsBetween(dp: DirectPayment, from: LocalDate, to: LocalDate): Array<{ dueOn: string; amountPence: number }> {
    const first = LocalDate.parse(dp.firstPaymentOn);
    const count = Math.max(0, first.daysUntil(to)) / 7 + 2;
    return paymentSchedule(first, dp.weeklyPence, dp.frequency, Math.min(Math.ceil(count), 2_000)).filter((p) => p.dueOn >= from.toString() && p.dueOn <= to.toString());
  }

  /**
   * A page of the instalments of active direct payments due this week (Monday to Sunday), soonest first
   * (then id): the due day is found in SQL (budgets.next_direct_payment_instalment; at most one a week
   * whatever the frequency), the amount by the domain's schedule.
   */
  async paymentsDueThisWeek(today: LocalDate, args: PageArgs): Promise<Page<PaymentDue>> {
    const monday = today.plusDays(-((today.dayOfWeek + 6) % 7));
    const sunday = monday.plusDays(6);
    const next = 'budgets.next_direct_payment_instalment(dp.first_payment_on, dp.frequency, CAST(:monday AS date))';
    const q = (await this.inStatus(DirectPaymentStatus.ACTIVE)).andWhere(`${next} <= CAST(:sunday AS date)`, { monday: monday.toString(), sunday: sunday.toString() });
    const due = (dp: DirectPayment) => {
      const [payment] = this.paymentsBetween(dp, monday, sunday);
      if (!payment) throw new Error(`direct payment ${dp.id}: the database and the domain disagree on its instalment this week`);
      return payment;
    };
    const byDueDay: Keyset<DirectPayment> = { keys: [{ sql: next, of: (dp) => due(dp).dueOn, kind: 'date' }], id: 'dp.id' };
    const page = await keysetPage(q, byDueDay, args);
    this.ctx.audit.read(...page.rows.map((r) => r.personId));
    return { ...page, rows: page.rows.map((dp) => ({ directPayment: dp, ...due(dp) })), cursorOf: (p) => page.cursorOf(p.directPayment) };
  }
}
