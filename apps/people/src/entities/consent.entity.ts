import { Column, Entity } from 'typeorm';
import type { ConsentPurpose } from '@careplan/domain';
import { PersonRecord } from '@careplan/subgraph-kit';

@Entity({ name: 'consent', schema: 'people' })
export class ConsentRecord extends PersonRecord {
  @Column({ type: 'text' })
  purpose!: ConsentPurpose;

  @Column({ type: 'uuid', nullable: true })
  givenByRelationshipId!: string | null;

  @Column({ type: 'date' })
  givenOn!: string;

  @Column({ type: 'text', array: true })
  recipients!: string[];

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @Column({ type: 'date', nullable: true })
  withdrawnOn!: string | null;

  @Column({ type: 'text', nullable: true })
  withdrawnReason!: string | null;
}
