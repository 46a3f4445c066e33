import { Column, Entity } from 'typeorm';
import type { DeliveryMechanism, ServiceComponent, ServiceType, SupportKind } from '@careplan/domain';
import { TenantEntity } from '@careplan/subgraph-kit';

/** R6: one way an eligible need is met. */
@Entity({ name: 'support_item', schema: 'plans' })
export class SupportItemRecord extends TenantEntity {
  @Column({ type: 'uuid' })
  planId!: string;

  @Column({ type: 'text' })
  need!: string;

  @Column({ type: 'text' })
  kind!: SupportKind;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'text', nullable: true })
  provider!: string | null;

  @Column({ type: 'text', nullable: true })
  schedule!: string | null;

  @Column({ type: 'numeric', precision: 6, scale: 2, nullable: true, transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) } })
  plannedUnitsPerWeek!: number | null;

  @Column({ type: 'text', nullable: true })
  frequency!: string | null;

  @Column({ type: 'text', nullable: true })
  serviceType!: ServiceType | null;

  @Column({ type: 'text', nullable: true })
  serviceComponent!: ServiceComponent | null;

  @Column({ type: 'text', nullable: true })
  deliveryMechanism!: DeliveryMechanism | null;

  @Column({ type: 'uuid', array: true })
  outcomeIds!: string[];
}
