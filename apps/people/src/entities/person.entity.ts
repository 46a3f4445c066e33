import { Column, Entity, Index } from 'typeorm';
import { TenantEntity } from '@careplan/subgraph-kit';

@Entity({ name: 'person', schema: 'people' })
@Index(['authorityCode', 'createdAt', 'id'])
export class Person extends TenantEntity {
  @Column({ type: 'text' })
  givenName!: string;

  @Column({ type: 'text' })
  familyName!: string;

  /** "Please call me": what the person wants to be called, shown before the legal name. */
  @Column({ type: 'text', nullable: true })
  preferredName!: string | null;

  /** A calendar date, kept as YYYY-MM-DD (no time zone can shift it). */
  @Column({ type: 'date' })
  dateOfBirth!: string;

  @Column({ type: 'date', nullable: true })
  dateOfDeath!: string | null;

  @Column({ type: 'text', nullable: true })
  nhsNumber!: string | null;

  /** The council's own id for the person (from its case management system). */
  @Column({ type: 'text', nullable: true })
  localPersonId!: string | null;

  // Client Level Data codes, validated in @careplan/domain.
  @Column({ type: 'text', nullable: true })
  gender!: string | null;

  @Column({ type: 'text', nullable: true })
  ethnicity!: string | null;

  @Column({ type: 'text', nullable: true })
  postcode!: string | null;

  @Column({ type: 'text', nullable: true })
  address!: string | null;

  @Column({ type: 'text', nullable: true })
  accommodationStatus!: string | null;

  @Column({ type: 'text', nullable: true })
  primarySupportReason!: string | null;

  @Column({ type: 'text', nullable: true })
  clientType!: string | null;

  @Column({ type: 'uuid', nullable: true })
  allocatedPractitionerId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  teamId!: string | null;
}
