import { Column, Entity } from 'typeorm';
import type { Role, Specialism } from '@careplan/domain';
import { TenantEntity } from '@careplan/subgraph-kit';

/** A member of the council's staff, linked to their sign-in by the token's subject. */
@Entity({ name: 'practitioner', schema: 'people' })
export class Practitioner extends TenantEntity {
  @Column({ type: 'text' })
  userId!: string;

  @Column({ type: 'text' })
  givenName!: string;

  @Column({ type: 'text' })
  familyName!: string;

  @Column({ type: 'uuid', nullable: true })
  teamId!: string | null;

  @Column({ type: 'text', array: true })
  roles!: Role[];

  @Column({ type: 'text', array: true })
  specialisms!: Specialism[];

  /** Whole pence a year (R8); bigint arrives as a string and is read back as a number. */
  @Column({ type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  approvalLimitPence!: number;

  /** Work e-mail for reminders (R18); staff data, never a person's. */
  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;
}
