import { Column, Entity } from 'typeorm';
import type { CostLine, FundingBasis, UnitType } from '@careplan/domain';
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

/** A budget's row for a cost line the domain has parsed. */
export function costLineRow(budget: { id: string; authorityCode: string }, line: CostLine): Partial<CostLineRecord> {
  return {
    authorityCode: budget.authorityCode,
    budgetId: budget.id,
    supportItemId: line.supportItemId,
    unitCostPence: line.unitCostPence,
    unitType: line.unitType,
    plannedHundredthsPerWeek: line.plannedHundredthsPerWeek,
    weeklyCostPence: line.weeklyCostPence,
    fundingBasis: line.fundingBasis,
  };
}
