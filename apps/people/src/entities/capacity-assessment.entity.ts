import { Column, Entity } from 'typeorm';
import type { CapacityDecision, CapacityOutcome } from '@careplan/domain';
import { PersonRecord } from '@careplan/subgraph-kit';

/** R2: one decision, one date, one named assessor. */
@Entity({ name: 'capacity_assessment', schema: 'people' })
export class CapacityAssessment extends PersonRecord {
  @Column({ type: 'text' })
  decision!: CapacityDecision;

  @Column({ type: 'date' })
  assessedOn!: string;

  @Column({ type: 'text' })
  outcome!: CapacityOutcome;

  @Column({ type: 'text' })
  assessorName!: string;

  @Column({ type: 'uuid', nullable: true })
  assessorPractitionerId!: string | null;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;
}
