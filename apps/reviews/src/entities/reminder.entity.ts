import { Column, Entity } from 'typeorm';
import type { ReminderMilestone } from '@careplan/domain';
import { PersonRecord, TenantEntity } from '@careplan/subgraph-kit';

/**
 * R18: one reminder per review, milestone and due date, recorded before anything is delivered; or one per
 * move between councils, milestone and move date while the council still owes a step (R20–R22).
 */
@Entity({ name: 'reminder', schema: 'reviews' })
export class Reminder extends PersonRecord {
  @Column({ type: 'uuid', nullable: true })
  reviewId!: string | null;

  /** The move (a people-subgraph Handover) when the reminder is about one; the due date is then the move date. */
  @Column({ type: 'uuid', nullable: true })
  handoverId!: string | null;

  @Column({ type: 'text' })
  milestone!: ReminderMilestone;

  @Column({ type: 'date' })
  dueDate!: string;

  /** reminderKey(review, milestone, due date): unique per authority. */
  @Column({ type: 'text' })
  key!: string;
}

/** A reminder as one member of staff sees it: stored so frontends can list their reminders. */
@Entity({ name: 'notification', schema: 'reviews' })
export class Notification extends TenantEntity {
  @Column({ type: 'uuid' })
  reminderId!: string;

  @Column({ type: 'text' })
  recipientUserId!: string;

  @Column({ type: 'uuid' })
  recipientPractitionerId!: string;

  /** Sent to a team manager because the review is overdue (or nobody is allocated). */
  @Column({ type: 'boolean' })
  escalation!: boolean;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  readAt!: Date | null;
}

export enum DeliveryChannel {
  WEBHOOK = 'WEBHOOK',
  EMAIL = 'EMAIL',
}

export enum DeliveryState {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
  /** Not sent: its review was completed, cancelled or refused before it went (R18). */
  WITHDRAWN = 'WITHDRAWN',
}

/** One message to send: the council's webhook once per reminder, an e-mail per recipient. */
@Entity({ name: 'delivery', schema: 'reviews' })
export class Delivery extends TenantEntity {
  @Column({ type: 'uuid' })
  reminderId!: string;

  @Column({ type: 'uuid', nullable: true })
  notificationId!: string | null;

  @Column({ type: 'text' })
  channel!: DeliveryChannel;

  @Column({ type: 'text' })
  state!: DeliveryState;

  @Column({ type: 'integer' })
  attempts!: number;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  lastAttemptAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  deliveredAt!: Date | null;
}
