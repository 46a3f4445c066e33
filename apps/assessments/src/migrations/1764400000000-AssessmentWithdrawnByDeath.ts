import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The status an assessment had when the person's death withdrew it (null for one withdrawn by hand), so that it
 * returns to it should the date of death prove recorded in error.
 */
export class AssessmentWithdrawnByDeath1764400000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE assessments.needs_assessment ADD COLUMN withdrawn_from text CHECK (withdrawn_from IN ('REQUESTED', 'IN_PROGRESS'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE assessments.needs_assessment DROP COLUMN withdrawn_from`);
  }
}
