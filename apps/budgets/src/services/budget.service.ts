import { BadUserInput, BudgetStatus, Conflict, RuleViolation, LocalDate, Money, assertFinalBudget, isPlanHistory, assertPlanTakesBudget, budgetEndsOn, budgetedSupportItems, costingReopensBudget, parseCostLine, parseIndicativeExplanation, type CostLineInput } from '@careplan/domain';
import { askGraph, childrenThrough, loadForChange, loadVisible, loadVisibleBy, lookupInGraph, manyBy, createdOrder, keysetPage, updateVersioned, type Page, type PageArgs, type ReadsAhead, type SubgraphContext } from '@careplan/subgraph-kit';
import { BudgetPlanDocument, BudgetPlanFactsDocument, EndedPlanDocument, type BudgetPlanFactsQuery } from '../graph/generated';
import { DirectPaymentService } from './direct-payment.service';
import { assertReductionAllowed } from './reduction';

type BudgetPlan = NonNullable<BudgetPlanFactsQuery['plan']>;
import { CostLineRecord, costLineRow } from '../entities/cost-line.entity';
import { PersonalBudget } from '../entities/personal-budget.entity';
import type { CreatePersonalBudgetInput, FinaliseBudgetInput } from '../graphql/types';

export class BudgetService {
  constructor(private readonly ctx: SubgraphContext) {}

  get(id: string): Promise<PersonalBudget | null> {
    return loadVisible(this.ctx, PersonalBudget, id);
  }

  forPerson(personId: string): Promise<PersonalBudget[]> {
    return loadVisibleBy(this.ctx, PersonalBudget, 'personId', personId);
  }

  async forPlan(planId: string): Promise<PersonalBudget | null> {
    return (await loadVisibleBy(this.ctx, PersonalBudget, 'planId', planId))[0] ?? null;
  }

  async propose(input: CreatePersonalBudgetInput): Promise<PersonalBudget> {
    const amount = Money.fromInput(input.indicativeWeeklyPence, 'indicativeWeeklyPence');
    const plan = await lookupInGraph(this.ctx, BudgetPlanDocument, input.planId, 'planId');
    assertPlanTakesBudget(plan.status);
    const manager = await this.ctx.db.manager();
    if (await manager.existsBy(PersonalBudget, { authorityCode: this.ctx.identity.authority, planId: input.planId })) {
      throw new Conflict('this plan already has a personal budget');
    }
    const budget = await manager.save(
      manager.create(PersonalBudget, {
        authorityCode: this.ctx.identity.authority,
        personId: plan.person.id,
        planId: input.planId,
        status: BudgetStatus.INDICATIVE,
        indicativeWeeklyPence: amount.pence,
        indicativeMethod: input.indicativeMethod,
        indicativeExplanation: parseIndicativeExplanation(input.indicativeExplanation),
        pooledWith: [],
      }),
    );
    this.ctx.audit.wrote(budget.personId);
    await this.ctx.outbox.record('BudgetProposed', { budgetId: budget.id, planId: budget.planId, personId: budget.personId });
    return budget;
  }

  /** Indicative budgets still to be finalised: not one whose plan has ended (withdrawn before it came into force). */
  async awaitingFinalisation(args: PageArgs): Promise<Page<PersonalBudget>> {
    const q = (await this.ctx.db.manager())
      .createQueryBuilder(PersonalBudget, 'b')
      .where('b.authority_code = :authority AND b.status = :status AND b.ended_on IS NULL', { authority: this.ctx.identity.authority, status: BudgetStatus.INDICATIVE });
    const page = await keysetPage(q, createdOrder('b'), args);
    this.ctx.audit.read(...page.rows.map((r) => r.personId));
    return page;
  }

  /** The fields of a plan's budget that read its cost lines, which are read by the plan, beside the budget. */
  readsAheadForPlan(planId: string): ReadsAhead {
    const costLines = () => childrenThrough(this.ctx, PersonalBudget, 'planId', CostLineRecord, 'budgetId').load(planId);
    return { costLines, weeklyCost: costLines, shares: costLines };
  }

  costLines(budgetId: string): Promise<CostLineRecord[]> {
    return manyBy(this.ctx, CostLineRecord, 'budgetId').load(budgetId);
  }

  /** The budget a money change is about: visible, still indicative, audited as changed. */
  private async indicative(budgetId: string, field = 'budgetId'): Promise<PersonalBudget> {
    const budget = await loadForChange(this.ctx, PersonalBudget, budgetId, field, 'a personal budget');
    if (budget.status !== BudgetStatus.INDICATIVE) throw new Conflict('the budget is final; changes to a final budget are new versions with a reason (R12)');
    return budget;
  }

  /**
   * R12a: the budget of a plan that has ended — closed, or withdrawn before it came into force — ends on the
   * day the plan did: nothing more is changed under it, and its direct payments end with it. That day corrected
   * (a date of death corrected), they end on the day it now holds. Asked again, it ends nothing more.
   */
  async endWithPlan(planId: string): Promise<PersonalBudget | null> {
    const { plan } = await askGraph(this.ctx, EndedPlanDocument, { id: planId });
    if (!plan) throw new BadUserInput('planId', 'no such plan in your council');
    const endedOn = budgetEndsOn(plan).toString();
    const budget = await this.forPlan(planId);
    if (!budget) return null;
    const ended = budget.endedOn === endedOn ? budget : await updateVersioned(this.ctx, PersonalBudget, 'PersonalBudget', budget.id, budget.version, { endedOn });
    const reason = plan.closedReason ?? plan.withdrawalDetails;
    const why = reason ? `The plan ended on ${endedOn}: ${reason}` : `The plan ended on ${endedOn}.`;
    await new DirectPaymentService(this.ctx).endWithBudget(ended, why);
    return ended;
  }

  /**
   * R12a: the budget of a plan reinstated (a death recorded in error had ended it) is in force again from the
   * day it ended, with the direct payments that ended with it. Nothing while the plan has ended, nor for a
   * budget not ended; asked again, it brings back nothing more.
   */
  async reinstateWithPlan(planId: string): Promise<PersonalBudget | null> {
    const { plan } = await askGraph(this.ctx, EndedPlanDocument, { id: planId });
    if (!plan) throw new BadUserInput('planId', 'no such plan in your council');
    const budget = await this.forPlan(planId);
    if (!budget?.endedOn || isPlanHistory(plan.status)) return budget;
    const reinstated = await updateVersioned(this.ctx, PersonalBudget, 'PersonalBudget', budget.id, budget.version, { endedOn: null });
    await new DirectPaymentService(this.ctx).reinstateWithBudget(reinstated, `Paid again from ${LocalDate.today()}: ${plan.reinstatedReason ?? 'its plan was reinstated.'}`);
    return reinstated;
  }

  private async plan(planId: string): Promise<BudgetPlan> {
    const { plan } = await askGraph(this.ctx, BudgetPlanFactsDocument, { id: planId });
    if (!plan) throw new Error(`the plan of a visible budget is not visible in the graph`);
    return plan;
  }

  /** Costs one support item of the plan (one line per item; costing it again replaces the line). */
  async setCostLine(budgetId: string, input: CostLineInput): Promise<CostLineRecord> {
    const budget = await loadForChange(this.ctx, PersonalBudget, budgetId, 'budgetId', 'a personal budget');
    const plan = await this.plan(budget.planId);
    const items = budgetedSupportItems(plan.supportItems);
    if (items.reablement.includes(input.supportItemId)) {
      throw new RuleViolation('R11a', 'reablement and intermediate care are free and are not part of the personal budget');
    }
    if (!items.inBudget.includes(input.supportItemId)) throw new BadUserInput('supportItemId', 'supportItemId is not a support item of this budget’s plan');
    const line = parseCostLine(input);
    const itemCosted = (await this.costLines(budget.id)).some((l) => l.supportItemId === line.supportItemId);
    if (costingReopensBudget({ final: budget.status === BudgetStatus.FINAL, itemCosted }, plan.status)) await this.reopen(budget, line.supportItemId);
    const manager = await this.ctx.db.manager();
    await manager.delete(CostLineRecord, { budgetId: budget.id, supportItemId: line.supportItemId });
    return manager.save(
      manager.create(CostLineRecord, costLineRow(budget, line)),
    );
  }

  /** R11: back to indicative, to be costed and finalised again; its old split no longer adds up (R11b). */
  private async reopen(budget: PersonalBudget, supportItemId: string): Promise<void> {
    await updateVersioned(this.ctx, PersonalBudget, 'PersonalBudget', budget.id, budget.version, {
      status: BudgetStatus.INDICATIVE,
      finalWeeklyPence: null,
      finalisedOn: null,
      finalisedBy: null,
      councilManagedPence: null,
      directPaymentPence: null,
      isfPence: null,
      isfProvider: null,
    });
    await this.ctx.outbox.record('BudgetReopened', { budgetId: budget.id, planId: budget.planId, personId: budget.personId, supportItemId });
  }

  /** R11: final only when every support item is costed and the amount covers the cost; a difference is explained. */
  async finalise(input: FinaliseBudgetInput): Promise<PersonalBudget> {
    const budget = await this.indicative(input.id, 'id');
    const finalWeekly = Money.fromInput(input.finalWeeklyPence, 'finalWeeklyPence');
    const explanation = input.explanation?.trim() || null;
    const plan = await this.plan(budget.planId);
    // Its budget replaces the one in force of the plan it replaces (the version it revises, or the person's plan of
    // its kind in force): a lower one is a reduction (R12). A new plan rests on its own assessment, the reassessment.
    const inForce = plan.replaces ? await this.forPlan(plan.replaces.id) : null;
    if (inForce) {
      const reassessmentId = input.reassessmentId ?? (plan.previousVersionId ? null : (plan.assessment?.id ?? null));
      await assertReductionAllowed(this.ctx, inForce, finalWeekly.pence, { reassessmentId, explanation, basedOnAssessmentId: plan.replaces?.assessment?.id ?? null });
    }
    assertFinalBudget({
      indicativeWeeklyPence: budget.indicativeWeeklyPence,
      finalWeeklyPence: finalWeekly.pence,
      explanation,
      supportItemIds: budgetedSupportItems(plan.supportItems).inBudget,
      costLines: await this.costLines(budget.id),
    });
    const final = await updateVersioned(this.ctx, PersonalBudget, 'PersonalBudget', budget.id, input.version, {
      status: BudgetStatus.FINAL,
      finalWeeklyPence: finalWeekly.pence,
      explanation,
      finalisedOn: LocalDate.today().toString(),
      finalisedBy: this.ctx.identity.userId,
    });
    await this.ctx.outbox.record('BudgetFinalised', { budgetId: final.id, planId: final.planId, personId: final.personId, finalWeeklyPence: finalWeekly.pence });
    return final;
  }
}
