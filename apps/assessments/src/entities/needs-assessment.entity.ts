import { Column, Entity } from 'typeorm';
import type { AssessmentKind, AssessmentStatus } from '@careplan/domain';
import { PersonRecord } from '@careplan/subgraph-kit';

@Entity({ name: 'needs_assessment', schema: 'assessments' })
export class NeedsAssessment extends PersonRecord {
  @Column({ type: 'text' })
  kind!: AssessmentKind;

  @Column({ type: 'text' })
  status!: AssessmentStatus;

  @Column({ type: 'date' })
  requestedOn!: string;
}
