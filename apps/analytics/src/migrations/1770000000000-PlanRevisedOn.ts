import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The day a plan was replaced by one agreed since: it ends there, as a closed plan ends on its closing day. */
export class PlanRevisedOn1770000000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE analytics.plan ADD COLUMN revised_on date');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE analytics.plan DROP COLUMN revised_on');
  }
}
