import { Column, Entity } from 'typeorm';
import type { PowerScope, RelationshipKind } from '@careplan/domain';
import { PersonRecord } from '@careplan/subgraph-kit';

@Entity({ name: 'relationship', schema: 'people' })
export class Relationship extends PersonRecord {
  @Column({ type: 'text' })
  kind!: RelationshipKind;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'uuid', nullable: true })
  relatedPersonId!: string | null;

  @Column({ type: 'text', nullable: true })
  relationshipToPerson!: string | null;

  @Column({ type: 'text', nullable: true })
  organisation!: string | null;

  @Column({ type: 'text', nullable: true })
  contact!: string | null;

  @Column({ type: 'boolean' })
  paid!: boolean;

  @Column({ type: 'boolean', nullable: true })
  willingAndAble!: boolean | null;

  @Column({ type: 'date', nullable: true })
  willingAndAbleRecordedOn!: string | null;

  @Column({ type: 'text', nullable: true })
  powerScope!: PowerScope | null;

  @Column({ type: 'date', nullable: true })
  startedOn!: string | null;

  @Column({ type: 'date', nullable: true })
  endedOn!: string | null;

  /** Ended because the person it points to died (on their date of death), so it follows that date if corrected or removed. */
  @Column({ type: 'boolean', default: false })
  endedForDeath!: boolean;

  /** For one a death ended: the end it had before (a planned last day), given back if the date of death is removed. */
  @Column({ type: 'date', nullable: true })
  endedOnBeforeDeath!: string | null;
}
