import { BudgetStatus, Conflict, Money } from '@careplan/domain';
import { loadVisible, loadVisibleBy, lookupInGraph, type SubgraphContext } from '@careplan/subgraph-kit';
import { PersonalBudget } from '../entities/personal-budget.entity';
import type { CreatePersonalBudgetInput } from '../graphql/types';

export class BudgetService {
  constructor(private readonly ctx: SubgraphContext) {}

  get(id: string): Promise<PersonalBudget | null> {
    return loadVisible(this.ctx, PersonalBudget, id);
  }

  async forPlan(planId: string): Promise<PersonalBudget | null> {
    return (await loadVisibleBy(this.ctx, PersonalBudget, 'planId', planId))[0] ?? null;
  }

  async propose(input: CreatePersonalBudgetInput): Promise<PersonalBudget> {
    const amount = Money.fromInput(input.indicativeWeeklyPence, 'indicativeWeeklyPence');
    const plan = await lookupInGraph<{ person: { id: string } }>(this.ctx, 'plan', input.planId, 'planId', 'id person { id }');
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
      }),
    );
    this.ctx.audit.wrote(budget.personId);
    await this.ctx.outbox.record('BudgetProposed', { budgetId: budget.id, planId: budget.planId, personId: budget.personId });
    return budget;
  }
}
