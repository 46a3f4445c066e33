import { Column, Entity } from 'typeorm';
import { TenantEntity } from '@careplan/subgraph-kit';

export enum ChallengeOutcome {
  PENDING = 'PENDING',
  UPHELD = 'UPHELD',
  NOT_UPHELD = 'NOT_UPHELD',
}

/** A challenge to the budget's sufficiency, and what came of it (R12). */
@Entity({ name: 'budget_challenge', schema: 'budgets' })
export class BudgetChallenge extends TenantEntity {
  @Column({ type: 'uuid' })
  budgetId!: string;

  @Column({ type: 'text' })
  raisedBy!: string;

  @Column({ type: 'text' })
  grounds!: string;

  @Column({ type: 'date' })
  raisedOn!: string;

  @Column({ type: 'text' })
  outcome!: ChallengeOutcome;

  @Column({ type: 'text', nullable: true })
  outcomeReasons!: string | null;

  @Column({ type: 'date', nullable: true })
  decidedOn!: string | null;
}
