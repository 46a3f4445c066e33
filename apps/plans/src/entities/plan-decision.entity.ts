import { Column, Entity } from 'typeorm';
import type { AgreementParty } from '@careplan/domain';
import { TenantEntity } from '@careplan/subgraph-kit';

export enum PlanDecisionKind {
  PANEL_APPROVED = 'PANEL_APPROVED',
  PANEL_RETURNED = 'PANEL_RETURNED',
  DISAGREEMENT = 'DISAGREEMENT',
}

/** A decision on the way to agreement: a panel's (R8) or a disagreement (R9). Never edited. */
@Entity({ name: 'plan_decision', schema: 'plans' })
export class PlanDecision extends TenantEntity {
  @Column({ type: 'uuid' })
  planId!: string;

  @Column({ type: 'text' })
  kind!: PlanDecisionKind;

  @Column({ type: 'text', nullable: true })
  party!: AgreementParty | null;

  @Column({ type: 'jsonb' })
  members!: Array<{ name: string; role: string }>;

  @Column({ type: 'text' })
  reasons!: string;

  /** How long the plan waited for the panel, in days (R8). */
  @Column({ type: 'integer', nullable: true })
  waitedDays!: number | null;

  @Column({ type: 'boolean' })
  signpostComplaints!: boolean;

  @Column({ type: 'date' })
  decidedOn!: string;

  @Column({ type: 'text' })
  recordedBy!: string;
}
