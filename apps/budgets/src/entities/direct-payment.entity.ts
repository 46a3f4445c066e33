import { Column, Entity } from 'typeorm';
import type { DirectPaymentPurchaseKind, DirectPaymentRecipient, DirectPaymentStatus, NeedCode, PaymentFrequency } from '@careplan/domain';
import { PersonRecord, TenantEntity } from '@careplan/subgraph-kit';

/** What a direct payment buys: personal assistants with their employment costs, an agency, equipment, short breaks. */
export interface DirectPaymentPurchase {
  kind: DirectPaymentPurchaseKind;
  description: string;
  weeklyPence: number;
  /** For personal assistants: the costs of being an employer (employer's NI, DBS checks, holiday pay, training, insurance). */
  employmentCosts: string[];
}

@Entity({ name: 'direct_payment', schema: 'budgets' })
export class DirectPayment extends PersonRecord {
  @Column({ type: 'uuid' })
  budgetId!: string;

  @Column({ type: 'text' })
  recipient!: DirectPaymentRecipient;

  @Column({ type: 'uuid', nullable: true })
  recipientRelationshipId!: string | null;

  /** The plan's needs it is used for, and only those. */
  @Column({ type: 'text', array: true })
  coversNeeds!: NeedCode[];

  @Column({ type: 'integer' })
  weeklyPence!: number;

  @Column({ type: 'text' })
  frequency!: PaymentFrequency;

  @Column({ type: 'jsonb' })
  purchases!: DirectPaymentPurchase[];

  /** E.g. a separate bank account, a pre-paid card, a managed account. */
  @Column({ type: 'text' })
  accountType!: string;

  /** The support service helping the person manage it, if any. */
  @Column({ type: 'text', nullable: true })
  supportService!: string | null;

  @Column({ type: 'boolean' })
  closeRelativeInHousehold!: boolean;

  @Column({ type: 'text', nullable: true })
  necessityReason!: string | null;

  @Column({ type: 'text', nullable: true })
  necessityDecidedBy!: string | null;

  @Column({ type: 'text' })
  status!: DirectPaymentStatus;

  @Column({ type: 'date' })
  firstPaymentOn!: string;

  @Column({ type: 'text', nullable: true })
  statusReason!: string | null;

  @Column({ type: 'date', nullable: true })
  endedOn!: string | null;

  /** The status it had when it ended with its budget (null if it ended otherwise), to return to should its plan come back. */
  @Column({ type: 'text', nullable: true })
  endedFrom!: DirectPaymentStatus | null;
}

/** Repayment asked for on misuse (R12a). */
@Entity({ name: 'dp_repayment', schema: 'budgets' })
export class DirectPaymentRepayment extends TenantEntity {
  @Column({ type: 'uuid' })
  directPaymentId!: string;

  @Column({ type: 'integer' })
  amountPence!: number;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'date' })
  requestedOn!: string;

  @Column({ type: 'text' })
  requestedBy!: string;
}
