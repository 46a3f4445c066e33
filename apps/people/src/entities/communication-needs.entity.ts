import { Column, Entity } from 'typeorm';
import type { InformationFormat } from '@careplan/domain';
import { PersonRecord } from '@careplan/subgraph-kit';

/** R2b: one current set per person, replaced when reviewed. */
@Entity({ name: 'communication_needs', schema: 'people' })
export class CommunicationNeedsRecord extends PersonRecord {
  @Column({ type: 'text', array: true })
  formats!: InformationFormat[];

  @Column({ type: 'boolean' })
  interpreterRequired!: boolean;

  @Column({ type: 'text', nullable: true })
  language!: string | null;

  @Column({ type: 'boolean' })
  postOnly!: boolean;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @Column({ type: 'date' })
  reviewOn!: string;
}
