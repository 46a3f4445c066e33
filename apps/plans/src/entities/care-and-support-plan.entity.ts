import { Column, Entity } from 'typeorm';
import type { PlanKind, PlanStatus } from '@careplan/domain';
import { PersonRecord } from '@careplan/subgraph-kit';

@Entity({ name: 'care_and_support_plan', schema: 'plans' })
export class CareAndSupportPlan extends PersonRecord {
  @Column({ type: 'uuid', nullable: true })
  assessmentId!: string | null;

  @Column({ type: 'text' })
  kind!: PlanKind;

  @Column({ type: 'text' })
  status!: PlanStatus;
}
