import { Column, Entity } from 'typeorm';
import type { AgreementParty, Specialism } from '@careplan/domain';
import { TenantEntity } from '@careplan/subgraph-kit';

export enum PlanDecisionKind {
  PANEL_APPROVED = 'PANEL_APPROVED',
  PANEL_RETURNED = 'PANEL_RETURNED',
  DISAGREEMENT = 'DISAGREEMENT',
}

export interface PanelMemberRecord {
  name: string;
  role: string;
  specialisms: Specialism[];
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

  /** R7: a disagreement with a joint plan by its other person (or their representative). */
  @Column({ type: 'boolean', default: false })
  byJointPerson!: boolean;

  /** Members recorded before their specialisms were kept read as having none. */
  @Column({
    type: 'jsonb',
    transformer: {
      to: (v: PanelMemberRecord[]) => v,
      from: (v: Array<Partial<PanelMemberRecord> & { name: string; role: string }>) => v.map((m) => ({ specialisms: [], ...m })),
    },
  })
  members!: PanelMemberRecord[];

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
