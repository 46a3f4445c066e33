import { LocalDate, RuleViolation, budgetShares, parseFinancialAssessment, type BudgetShares, type FinancialAssessmentKind } from '@careplan/domain';
import { loadVisibleBy, lookupInGraph, type SubgraphContext } from '@careplan/subgraph-kit';
import { AssessedPersonDocument } from '../graph/generated';
import { FinancialAssessment } from '../entities/financial-assessment.entity';
import type { PersonalBudget } from '../entities/personal-budget.entity';
import { BudgetService } from './budget.service';

/** The person's contribution (financial assessment) and how a budget's cost is shared (R11, R11a). */
export class ContributionService {
  constructor(private readonly ctx: SubgraphContext) {}

  forPerson(personId: string): Promise<FinancialAssessment[]> {
    return loadVisibleBy(this.ctx, FinancialAssessment, 'personId', personId);
  }

  async record(input: { personId: string; kind: FinancialAssessmentKind; weeklyContributionPence: number; assessedOn: string; assessor: string }): Promise<FinancialAssessment> {
    const parsed = parseFinancialAssessment(input, LocalDate.today());
    await lookupInGraph(this.ctx, AssessedPersonDocument, input.personId, 'personId');
    if (parsed.weeklyContributionPence > 0) await this.assertSomethingChargeable(input.personId);
    const manager = await this.ctx.db.manager();
    const row = await manager.save(
      manager.create(FinancialAssessment, {
        authorityCode: this.ctx.identity.authority,
        personId: input.personId,
        kind: parsed.kind,
        weeklyContributionPence: parsed.weeklyContributionPence,
        assessedOn: parsed.assessedOn.toString(),
        assessor: parsed.assessor,
      }),
    );
    this.ctx.audit.wrote(input.personId);
    await this.ctx.outbox.record('FinancialAssessmentRecorded', { personId: input.personId, financialAssessmentId: row.id });
    return row;
  }

  /** R11a: no contribution is assessed against a person whose costed support is all s.117 aftercare (or NHS-funded). */
  private async assertSomethingChargeable(personId: string): Promise<void> {
    const budgets = new BudgetService(this.ctx);
    const lines = (await Promise.all((await budgets.forPerson(personId)).map((b) => budgets.costLines(b.id)))).flat();
    if (lines.length > 0 && budgetShares(lines, 0).chargeablePence === 0) {
      throw new RuleViolation('R11a', 'this person’s support is Mental Health Act s.117 aftercare (or NHS-funded), which is never charged: no contribution can be assessed against it');
    }
  }

  /** Cost, contribution and council share from the cost lines and the latest financial assessment. */
  async shares(budget: PersonalBudget): Promise<BudgetShares> {
    const [lines, assessments] = await Promise.all([new BudgetService(this.ctx).costLines(budget.id), this.forPerson(budget.personId)]);
    const latest = [...assessments].sort((a, b) => a.assessedOn.localeCompare(b.assessedOn) || a.createdAt.getTime() - b.createdAt.getTime()).at(-1);
    return budgetShares(lines, latest?.weeklyContributionPence ?? 0);
  }
}
