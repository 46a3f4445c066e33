import type { MigrationInterface, QueryRunner } from 'typeorm';

/** R7: the joint plans a person is the other person of, found by them (a person's `jointPlans`, a consent withdrawn). */
export class JointPlansOfAPerson1765500000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX care_and_support_plan_joint_person ON plans.care_and_support_plan (authority_code, joint_person_id) WHERE joint_person_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX plans.care_and_support_plan_joint_person');
  }
}
