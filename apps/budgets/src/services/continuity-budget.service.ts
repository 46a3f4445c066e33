import { BadUserInput, BudgetStatus, IndicativeMethod, continuedBudget } from '@careplan/domain';
import { askGraph, type SubgraphContext } from '@careplan/subgraph-kit';
import { CostLineRecord, costLineRow } from '../entities/cost-line.entity';
import { PersonalBudget } from '../entities/personal-budget.entity';
import { ContinuedSupportDocument, ContinuityPlanFactsDocument } from '../graph/generated';
import { BudgetService } from './budget.service';

/** R22: the budget of a plan the receiving council puts in place on arrival, continuing the sending council's. */
export class ContinuityBudgetService {
  constructor(private readonly ctx: SubgraphContext) {}

  /**
   * The sending council's weekly amount, with each support item's cost line as its budget had it: FINAL
   * from the day of arrival when those cover the plan, INDICATIVE for finance to cost otherwise. Null when
   * the plan continued had no budget. Once per plan: a retried step returns the budget already there.
   */
  async start(planId: string): Promise<PersonalBudget | null> {
    const { plan } = await askGraph(this.ctx, ContinuityPlanFactsDocument, { id: planId });
    if (!plan?.continuesFrom) throw new BadUserInput('planId', 'planId is not a plan of your council continuing another council’s');
    const existing = await new BudgetService(this.ctx).forPlan(plan.id);
    if (existing) return existing;
    const weekly = plan.continuesFrom.weeklyBudgetPence;
    if (weekly === null) return null;
    const { handover } = await askGraph(this.ctx, ContinuedSupportDocument, { handover: plan.continuesFrom.handoverId });
    const { status, lines } = continuedBudget(weekly, plan.supportItems, handover?.package?.plan?.supportItems ?? []);
    const final = status === BudgetStatus.FINAL;
    const manager = await this.ctx.db.manager();
    const budget = await manager.save(
      manager.create(PersonalBudget, {
        authorityCode: this.ctx.identity.authority,
        personId: plan.person.id,
        planId: plan.id,
        status,
        indicativeWeeklyPence: weekly,
        indicativeMethod: IndicativeMethod.CONTINUITY_OF_CARE,
        indicativeExplanation: `The weekly amount of ${handover?.fromAuthority.name ?? 'the other council'}’s plan, which we meet from the day you arrived until we have assessed your needs ourselves.`,
        finalWeeklyPence: final ? weekly : null,
        finalisedOn: final ? plan.activatedOn : null,
        finalisedBy: final ? this.ctx.identity.userId : null,
        pooledWith: [],
      }),
    );
    for (const line of lines) await manager.insert(CostLineRecord, costLineRow(budget, line));
    this.ctx.audit.wrote(budget.personId);
    const event = { budgetId: budget.id, planId: budget.planId, personId: budget.personId };
    await this.ctx.outbox.record('BudgetProposed', event);
    if (final) await this.ctx.outbox.record('BudgetFinalised', { ...event, finalWeeklyPence: weekly });
    return budget;
  }
}
