import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Whether a plan is a revision of one agreed before: its agreement answers no new request for an assessment. */
export class PlanRevises1771000000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE analytics.plan ADD COLUMN revises boolean NOT NULL DEFAULT false');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE analytics.plan DROP COLUMN revises');
  }
}
