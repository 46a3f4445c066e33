import { Column, Entity } from 'typeorm';
import { TenantEntity } from '@careplan/subgraph-kit';

/** R12: a dated change to a final budget, with its reason (and, for a reduction, the reassessment). */
@Entity({ name: 'budget_change', schema: 'budgets' })
export class BudgetChange extends TenantEntity {
  @Column({ type: 'uuid' })
  budgetId!: string;

  @Column({ type: 'integer' })
  fromWeeklyPence!: number;

  @Column({ type: 'integer' })
  toWeeklyPence!: number;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'uuid', nullable: true })
  reassessmentId!: string | null;

  @Column({ type: 'text', nullable: true })
  explanation!: string | null;

  @Column({ type: 'date' })
  changedOn!: string;

  @Column({ type: 'text' })
  changedBy!: string;
}
