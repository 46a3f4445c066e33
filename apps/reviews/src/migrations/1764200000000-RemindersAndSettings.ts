import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenancy, personRecordColumns, tenantColumns } from '@careplan/subgraph-kit';

/**
 * Each council's review practice and where its reminders go (R13, R18); reminders recorded once per
 * review, milestone and due date; who each is for; and every delivery with its attempts.
 */
export class RemindersAndSettings1764200000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE reviews.review_settings (
        ${tenantColumns()},
        first_review_weeks integer NOT NULL DEFAULT 8 CHECK (first_review_weeks BETWEEN 2 AND 13),
        max_months_between_reviews integer NOT NULL DEFAULT 12 CHECK (max_months_between_reviews BETWEEN 1 AND 12),
        reminder_lead_days integer[] NOT NULL DEFAULT '{28,7}',
        webhook_url text CHECK (webhook_url ~ '^https?://'),
        webhook_secret text CHECK (length(webhook_secret) >= 32),
        email_from text,
        frontend_url text CHECK (frontend_url ~ '^https?://'),
        UNIQUE (authority_code)
      )`,
      ...enableTenancy('reviews', 'review_settings'),
      `CREATE TABLE reviews.reminder (
        ${personRecordColumns()},
        review_id uuid NOT NULL REFERENCES reviews.review (id),
        milestone text NOT NULL CHECK (milestone ~ '^(BEFORE_[0-9]+|DUE|OVERDUE_[0-9]+)$'),
        due_date date NOT NULL,
        key text NOT NULL,
        UNIQUE (authority_code, key)
      )`,
      `CREATE INDEX reminder_review ON reviews.reminder (authority_code, review_id, created_at)`,
      ...enableTenancy('reviews', 'reminder'),
      `CREATE TABLE reviews.notification (
        ${tenantColumns()},
        reminder_id uuid NOT NULL REFERENCES reviews.reminder (id),
        recipient_user_id text NOT NULL,
        recipient_practitioner_id uuid NOT NULL,
        escalation boolean NOT NULL,
        read_at timestamptz(3),
        UNIQUE (reminder_id, recipient_practitioner_id)
      )`,
      // A practitioner's reminders, newest first.
      `CREATE INDEX notification_recipient ON reviews.notification (authority_code, recipient_user_id, created_at DESC, id DESC)`,
      ...enableTenancy('reviews', 'notification'),
      `CREATE TABLE reviews.delivery (
        ${tenantColumns()},
        reminder_id uuid NOT NULL REFERENCES reviews.reminder (id),
        notification_id uuid REFERENCES reviews.notification (id),
        channel text NOT NULL CHECK (channel IN ('WEBHOOK', 'EMAIL')),
        state text NOT NULL DEFAULT 'PENDING' CHECK (state IN ('PENDING', 'DELIVERED', 'FAILED')),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        last_attempt_at timestamptz(3),
        delivered_at timestamptz(3),
        CHECK ((channel = 'EMAIL') = (notification_id IS NOT NULL))
      )`,
      `CREATE UNIQUE INDEX delivery_once ON reviews.delivery (reminder_id, channel, coalesce(notification_id, '00000000-0000-0000-0000-000000000000'))`,
      // The sweep re-sends what is still pending; managers see what failed.
      `CREATE INDEX delivery_open ON reviews.delivery (authority_code, state, created_at, id) WHERE state <> 'DELIVERED'`,
      ...enableTenancy('reviews', 'delivery'),
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['delivery', 'notification', 'reminder', 'review_settings']) await q.query(`DROP TABLE reviews.${t}`);
  }
}
