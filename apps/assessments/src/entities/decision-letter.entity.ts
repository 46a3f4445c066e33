import { Column, Entity } from 'typeorm';
import type { AdviceItem, DecisionLetterKind, InformationFormat } from '@careplan/domain';
import { TenantEntity } from '@careplan/subgraph-kit';

/** A decision letter as issued (R4): the exact HTML the person received, in their format. */
@Entity({ name: 'decision_letter', schema: 'assessments' })
export class DecisionLetterRecord extends TenantEntity {
  @Column({ type: 'uuid' })
  assessmentId!: string;

  @Column({ type: 'text' })
  kind!: DecisionLetterKind;

  @Column({ type: 'text', nullable: true })
  format!: InformationFormat | null;

  @Column({ type: 'text', array: true })
  notYetAvailable!: InformationFormat[];

  @Column({ type: 'text' })
  reasons!: string;

  @Column({ type: 'jsonb' })
  advice!: AdviceItem[];

  @Column({ type: 'text', array: true })
  copiesTo!: string[];

  @Column({ type: 'text' })
  html!: string;

  @Column({ type: 'date' })
  issuedOn!: string;

  @Column({ type: 'text' })
  issuedBy!: string;
}
