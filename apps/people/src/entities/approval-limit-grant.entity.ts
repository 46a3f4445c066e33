import { Column, Entity } from 'typeorm';
import { TenantEntity } from '@careplan/subgraph-kit';

const pence = { to: (v: number) => v, from: (v: string) => Number(v) };

/** R8: every change to a practitioner's approval limit, who made it and when; never changed or deleted. */
@Entity({ name: 'approval_limit_grant', schema: 'people' })
export class ApprovalLimitGrant extends TenantEntity {
  @Column({ type: 'uuid' })
  practitionerId!: string;

  @Column({ type: 'bigint', transformer: pence })
  fromPence!: number;

  @Column({ type: 'bigint', transformer: pence })
  toPence!: number;

  /** The sign-in of the team manager who made the change. */
  @Column({ type: 'text' })
  grantedBy!: string;
}
