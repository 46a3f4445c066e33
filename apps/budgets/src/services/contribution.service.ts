import { LocalDate, budgetShares, parseFinancialAssessment, type BudgetShares, type FinancialAssessmentKind } from '@careplan/domain';
import { loadVisibleBy, lookupInGraph, type SubgraphContext } from '@careplan/subgraph-kit';
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
    await lookupInGraph(this.ctx, 'person', input.personId, 'personId');
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

  /** Cost, contribution and council share from the cost lines and the latest financial assessment. */
  async shares(budget: PersonalBudget): Promise<BudgetShares> {
    const [lines, assessments] = await Promise.all([new BudgetService(this.ctx).costLines(budget.id), this.forPerson(budget.personId)]);
    const latest = [...assessments].sort((a, b) => a.assessedOn.localeCompare(b.assessedOn) || a.createdAt.getTime() - b.createdAt.getTime()).at(-1);
    return budgetShares(lines, latest?.weeklyContributionPence ?? 0);
  }
}
