import { Column, Entity } from 'typeorm';
import { sealedColumn } from '@careplan/runtime';
import { TenantEntity } from '@careplan/subgraph-kit';

/** A council's review practice (R13, R18) and where its reminders go. One row per authority, or none for the defaults. */
@Entity({ name: 'review_settings', schema: 'reviews' })
export class ReviewSettingsRecord extends TenantEntity {
  @Column({ type: 'integer' })
  firstReviewWeeks!: number;

  @Column({ type: 'integer' })
  maxMonthsBetweenReviews!: number;

  @Column({ type: 'integer', array: true })
  reminderLeadDays!: number[];

  @Column({ type: 'text', nullable: true })
  webhookUrl!: string | null;

  /** Signs webhook bodies; never returned by the API, never leaves this subgraph, sealed at rest (SECRETS_KEY). */
  @Column({ type: 'text', nullable: true, transformer: sealedColumn })
  webhookSecret!: string | null;

  @Column({ type: 'text', nullable: true })
  emailFrom!: string | null;

  /** The council frontend's address, for links in e-mails. */
  @Column({ type: 'text', nullable: true })
  frontendUrl!: string | null;
}
