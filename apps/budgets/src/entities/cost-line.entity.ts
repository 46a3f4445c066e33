import { Column, Entity } from 'typeorm';
import type { FundingBasis, UnitType } from '@careplan/domain';
import { TenantEntity } from '@careplan/subgraph-kit';

/** What one support item of the plan costs a week (R11). */
@Entity({ name: 'cost_line', schema: 'budgets' })
export class CostLineRecord extends TenantEntity {
  @Column({ type: 'uuid' })
  budgetId!: string;

  @Column({ type: 'uuid' })
  supportItemId!: string;

  @Column({ type: 'integer' })
  unitCostPence!: number;

  @Column({ type: 'text' })
  unitType!: UnitType;

  @Column({ type: 'integer' })
  plannedHundredthsPerWeek!: number;

  @Column({ type: 'integer' })
  weeklyCostPence!: number;

  @Column({ type: 'text' })
  fundingBasis!: FundingBasis;
}
