import { Column, Entity } from 'typeorm';
import { TenantEntity } from '@careplan/subgraph-kit';

/** A desired outcome in the person's own words (R5(d)). */
@Entity({ name: 'plan_outcome', schema: 'plans' })
export class PlanOutcome extends TenantEntity {
  @Column({ type: 'uuid' })
  planId!: string;

  @Column({ type: 'text' })
  inOwnWords!: string;
}
