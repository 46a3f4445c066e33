import { Column, Entity } from 'typeorm';
import type { BudgetStatus } from '@careplan/domain';
import { PersonRecord } from '@careplan/subgraph-kit';

@Entity({ name: 'personal_budget', schema: 'budgets' })
export class PersonalBudget extends PersonRecord {
  @Column({ type: 'uuid' })
  planId!: string;

  @Column({ type: 'text' })
  status!: BudgetStatus;

  /** Weekly indicative amount in pence (R11), given at the start of planning. */
  @Column({ type: 'integer' })
  indicativeWeeklyPence!: number;
}
