import {
  BadUserInput,
  BudgetStatus,
  Conflict,
  LocalDate,
  Money,
  assertBudgetChange,
  assertBudgetOpen,
  assertManagementSplit,
  type ManagementSplit,
} from '@careplan/domain';
import { askGraph, loadForChange, manyBy, updateVersioned, type SubgraphContext } from '@careplan/subgraph-kit';
import { BudgetPlanFactsDocument } from '../graph/generated';
import { assertReductionAllowed } from './reduction';
import { DirectPaymentService } from './direct-payment.service';
import { BudgetChallenge, ChallengeOutcome } from '../entities/budget-challenge.entity';
import { BudgetChange } from '../entities/budget-change.entity';
import { PersonalBudget } from '../entities/personal-budget.entity';

/** What happens to a budget once it is final: how it is held (R11b), dated changes (R12) and challenges. */
export class BudgetChangeService {
  constructor(private readonly ctx: SubgraphContext) {}

  changes(budgetId: string): Promise<BudgetChange[]> {
    return manyBy(this.ctx, BudgetChange, 'budgetId').load(budgetId);
  }

  challenges(budgetId: string): Promise<BudgetChallenge[]> {
    return manyBy(this.ctx, BudgetChallenge, 'budgetId').load(budgetId);
  }

  private async final(id: string, field = 'id'): Promise<PersonalBudget> {
    const budget = await loadForChange(this.ctx, PersonalBudget, id, field, 'a personal budget');
    assertBudgetOpen(budget);
    if (budget.status !== BudgetStatus.FINAL) throw new Conflict('the budget is not final yet');
    return budget;
  }

  /** R11b: managed by the council, a direct payment, an individual service fund, or a mix adding up exactly. */
  async setManagement(
    id: string,
    version: number,
    split: ManagementSplit & { pooledWith: string[]; personalHealthBudgetWeeklyPence?: number | null; personalHealthBudgetHeldBy?: string | null },
  ): Promise<PersonalBudget> {
    const budget = await this.final(id);
    assertManagementSplit(split, budget.finalWeeklyPence!);
    const phb = split.personalHealthBudgetWeeklyPence ?? null;
    if (phb !== null) Money.fromInput(phb, 'personalHealthBudgetWeeklyPence');
    await new DirectPaymentService(this.ctx).assertWithinPart(budget, split.directPaymentPence, 0);
    return updateVersioned(this.ctx, PersonalBudget, 'PersonalBudget', id, version, {
      councilManagedPence: split.councilManagedPence,
      directPaymentPence: split.directPaymentPence,
      isfPence: split.individualServiceFundPence,
      isfProvider: split.individualServiceFundPence > 0 ? split.isfProvider!.trim() : null,
      pooledWith: [...new Set(split.pooledWith.map((p) => p.trim()).filter(Boolean))],
      phbWeeklyPence: phb,
      phbHeldBy: phb === null ? null : split.personalHealthBudgetHeldBy?.trim() || null,
    });
  }

  /**
   * R12: a change to a final budget is a dated record with a reason; a reduction also needs a completed
   * reassessment of the same person, done since the budget was set, and a written explanation.
   */
  async change(input: { id: string; version: number; newWeeklyPence: number; reason: string; reassessmentId?: string | null; explanation?: string | null }): Promise<PersonalBudget> {
    const budget = await this.final(input.id);
    const current = budget.finalWeeklyPence!;
    assertBudgetChange({ currentWeeklyPence: current, ...input });
    if (input.newWeeklyPence < current) {
      const { plan } = await askGraph(this.ctx, BudgetPlanFactsDocument, { id: budget.planId });
      await assertReductionAllowed(this.ctx, budget, input.newWeeklyPence, { ...input, basedOnAssessmentId: plan?.assessment?.id ?? null });
    }
    const manager = await this.ctx.db.manager();
    await manager.save(
      manager.create(BudgetChange, {
        authorityCode: budget.authorityCode,
        budgetId: budget.id,
        fromWeeklyPence: current,
        toWeeklyPence: input.newWeeklyPence,
        reason: input.reason.trim(),
        reassessmentId: input.reassessmentId ?? null,
        explanation: input.explanation?.trim() || null,
        changedOn: LocalDate.today().toString(),
        changedBy: this.ctx.identity.userId,
      }),
    );
    // The old split no longer adds up to the new amount: it is set again (R11b).
    const changed = await updateVersioned(this.ctx, PersonalBudget, 'PersonalBudget', budget.id, input.version, {
      finalWeeklyPence: input.newWeeklyPence,
      councilManagedPence: null,
      directPaymentPence: null,
      isfPence: null,
      isfProvider: null,
    });
    await this.ctx.outbox.record('BudgetChanged', { budgetId: budget.id, planId: budget.planId, personId: budget.personId, fromWeeklyPence: current, toWeeklyPence: input.newWeeklyPence });
    return changed;
  }

  async challenge(budgetId: string, raisedBy: string, grounds: string): Promise<BudgetChallenge> {
    const budget = await this.final(budgetId, 'budgetId');
    if (!raisedBy.trim() || grounds.trim().length < 10) throw new BadUserInput('grounds', 'record who challenges the budget and on what grounds');
    const manager = await this.ctx.db.manager();
    return manager.save(
      manager.create(BudgetChallenge, {
        authorityCode: budget.authorityCode,
        budgetId: budget.id,
        raisedBy: raisedBy.trim(),
        grounds: grounds.trim(),
        raisedOn: LocalDate.today().toString(),
        outcome: ChallengeOutcome.PENDING,
        outcomeReasons: null,
        decidedOn: null,
      }),
    );
  }

  async decideChallenge(id: string, version: number, upheld: boolean, reasons: string): Promise<BudgetChallenge> {
    const manager = await this.ctx.db.manager();
    const challenge = await manager.findOneBy(BudgetChallenge, { id, authorityCode: this.ctx.identity.authority });
    if (!challenge) throw new BadUserInput('id', 'no such challenge in your authority');
    await this.final(challenge.budgetId, 'id');
    if (challenge.outcome !== ChallengeOutcome.PENDING) throw new Conflict('the challenge was already decided');
    if (reasons.trim().length < 10) throw new BadUserInput('reasons', 'record the reasons for the outcome');
    return updateVersioned(this.ctx, BudgetChallenge, 'BudgetChallenge', id, version, {
      outcome: upheld ? ChallengeOutcome.UPHELD : ChallengeOutcome.NOT_UPHELD,
      outcomeReasons: reasons.trim(),
      decidedOn: LocalDate.today().toString(),
    });
  }
}
