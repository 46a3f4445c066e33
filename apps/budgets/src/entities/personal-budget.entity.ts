import { Column, Entity } from 'typeorm';
import type { BudgetStatus, IndicativeMethod } from '@careplan/domain';
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

  /** Weekly final amount in pence, set when the budget is finalised (R11). */
  @Column({ type: 'integer', nullable: true })
  finalWeeklyPence!: number | null;

  /** Why the final amount differs from the indicative one. */
  @Column({ type: 'text', nullable: true })
  explanation!: string | null;

  @Column({ type: 'date', nullable: true })
  finalisedOn!: string | null;

  @Column({ type: 'text', nullable: true })
  finalisedBy!: string | null;

  // R11b: how the final budget is held, in pence a week; null until set.
  @Column({ type: 'integer', nullable: true })
  councilManagedPence!: number | null;

  @Column({ type: 'integer', nullable: true })
  directPaymentPence!: number | null;

  @Column({ type: 'integer', nullable: true })
  isfPence!: number | null;

  @Column({ type: 'text', nullable: true })
  isfProvider!: string | null;

  /** R11: how the indicative amount was worked out, and the explanation the person is given. */
  @Column({ type: 'text' })
  indicativeMethod!: IndicativeMethod;

  @Column({ type: 'text', nullable: true })
  indicativeExplanation!: string | null;

  /** R11b: others this budget is pooled with (household, carer, community). */
  @Column({ type: 'text', array: true })
  pooledWith!: string[];

  /** R11b: a personal health budget shown alongside, in pence a week, and who holds it. */
  @Column({ type: 'integer', nullable: true })
  phbWeeklyPence!: number | null;

  @Column({ type: 'text', nullable: true })
  phbHeldBy!: string | null;

  /** R12a: the day its plan closed; from then nothing more is changed or paid under it. */
  @Column({ type: 'date', nullable: true })
  endedOn!: string | null;
}
