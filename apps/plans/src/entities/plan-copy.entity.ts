import { Column, Entity } from 'typeorm';
import type { InformationFormat } from '@careplan/domain';
import { TenantEntity } from '@careplan/subgraph-kit';

/** A copy of the plan as issued (R10). */
@Entity({ name: 'plan_copy', schema: 'plans' })
export class PlanCopy extends TenantEntity {
  @Column({ type: 'uuid' })
  planId!: string;

  @Column({ type: 'text' })
  recipient!: string;

  @Column({ type: 'boolean' })
  toPerson!: boolean;

  @Column({ type: 'text', nullable: true })
  format!: InformationFormat | null;

  @Column({ type: 'text', array: true })
  notYetAvailable!: InformationFormat[];

  /** The language the person needs that the copy is not written in (R2b). */
  @Column({ type: 'text', nullable: true })
  languageNotYetAvailable!: string | null;

  @Column({ type: 'text' })
  html!: string;

  /** The PDF as issued; read only when asked for. */
  @Column({ type: 'bytea', select: false })
  pdf!: Buffer;

  @Column({ type: 'date' })
  issuedOn!: string;

  @Column({ type: 'text' })
  issuedBy!: string;
}
