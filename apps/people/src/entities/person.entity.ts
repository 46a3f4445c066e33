import { Column, Entity, Index } from 'typeorm';
import { TenantEntity } from '@careplan/subgraph-kit';

@Entity({ name: 'person', schema: 'people' })
@Index(['authorityCode', 'createdAt', 'id'])
export class Person extends TenantEntity {
  @Column({ type: 'text' })
  givenName!: string;

  @Column({ type: 'text' })
  familyName!: string;

  /** A calendar date, kept as YYYY-MM-DD (no time zone can shift it). */
  @Column({ type: 'date' })
  dateOfBirth!: string;

  @Column({ type: 'text', nullable: true })
  nhsNumber!: string | null;
}
