import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * R9, R7: how the other person of a joint plan agreed it, and the best-interests decision if that is how; and
 * whether a disagreement recorded was theirs.
 */
export class JointAgreement1765600000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE plans.care_and_support_plan ADD COLUMN joint_agreed_by text, ADD COLUMN joint_best_interests jsonb`);
    await q.query(`ALTER TABLE plans.plan_decision ADD COLUMN by_joint_person boolean NOT NULL DEFAULT false`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE plans.plan_decision DROP COLUMN by_joint_person');
    await q.query('ALTER TABLE plans.care_and_support_plan DROP COLUMN joint_agreed_by, DROP COLUMN joint_best_interests');
  }
}
