import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A move a person's death withdrew keeps the status it had and whose deaths hold it (the person's record on each
 * council's side that records one), so that it comes back once every such date is removed as recorded in error;
 * and when and why it came back.
 */
export class MovesFollowDeath1765000000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE people.handover ADD COLUMN withdrawn_from text, ADD COLUMN withdrawn_for_deaths uuid[] NOT NULL DEFAULT '{}', ADD COLUMN reinstated_on date, ADD COLUMN reinstated_reason text`,
    );
    await q.query(`GRANT UPDATE (withdrawn_from, withdrawn_for_deaths, reinstated_on, reinstated_reason) ON people.handover TO careplan_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE people.handover DROP COLUMN withdrawn_from, DROP COLUMN withdrawn_for_deaths, DROP COLUMN reinstated_on, DROP COLUMN reinstated_reason');
  }
}
