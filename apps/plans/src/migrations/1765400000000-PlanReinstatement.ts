import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a plan was when it ended (the status it closed or was withdrawn from), so that a plan a death recorded in
 * error ended can return to it; and when and why a plan was reinstated.
 */
export class PlanReinstatement1765400000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE plans.care_and_support_plan ADD COLUMN ended_from text, ADD COLUMN reinstated_on date, ADD COLUMN reinstated_reason text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE plans.care_and_support_plan DROP COLUMN ended_from, DROP COLUMN reinstated_on, DROP COLUMN reinstated_reason');
  }
}
