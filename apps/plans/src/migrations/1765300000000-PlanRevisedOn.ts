import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The day a plan stopped being in force because a plan agreed since replaced it (REVISED): what analytics ends it on. */
export class PlanRevisedOn1765300000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE plans.care_and_support_plan ADD COLUMN revised_on date, ADD CONSTRAINT plan_revised_on CHECK (revised_on IS NULL OR status = 'REVISED')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE plans.care_and_support_plan DROP CONSTRAINT plan_revised_on, DROP COLUMN revised_on');
  }
}
