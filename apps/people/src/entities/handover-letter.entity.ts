import { Column, Entity } from 'typeorm';
import type { HandoverLetterKind } from '@careplan/domain';
import { IssuedLetter } from '@careplan/subgraph-kit';

/** A letter of a move, kept by the council that sent it, about its own record of the person (R20–R22). */
@Entity({ name: 'handover_letter', schema: 'people' })
export class HandoverLetterRecord extends IssuedLetter {
  @Column({ type: 'uuid' })
  handoverId!: string;

  @Column({ type: 'uuid' })
  personId!: string;

  @Column({ type: 'text' })
  kind!: HandoverLetterKind;
}
