import { Column, Entity } from 'typeorm';
import type { AdviceItem, DecisionLetterKind } from '@careplan/domain';
import { IssuedLetter } from '@careplan/subgraph-kit';

/** A decision letter as issued (R4): the exact HTML the person received, in their format. */
@Entity({ name: 'decision_letter', schema: 'assessments' })
export class DecisionLetterRecord extends IssuedLetter {
  @Column({ type: 'uuid' })
  assessmentId!: string;

  @Column({ type: 'text' })
  kind!: DecisionLetterKind;

  @Column({ type: 'text' })
  reasons!: string;

  @Column({ type: 'jsonb' })
  advice!: AdviceItem[];
}
