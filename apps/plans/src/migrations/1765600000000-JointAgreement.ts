import type { MigrationInterface, QueryRunner } from 'typeorm';

/** R9, R7: how the other person of a joint plan agreed it, and the best-interests decision if that is how. */
export class JointAgreement1765600000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE plans.care_and_support_plan ADD COLUMN joint_agreed_by text, ADD COLUMN joint_best_interests jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE plans.care_and_support_plan DROP COLUMN joint_agreed_by, DROP COLUMN joint_best_interests');
  }
}
