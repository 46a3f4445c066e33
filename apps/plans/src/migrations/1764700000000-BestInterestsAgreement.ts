import type { MigrationInterface, QueryRunner } from 'typeorm';

/** R2: a plan agreed as a best-interests decision keeps who was consulted and why. */
export class BestInterestsAgreement1764700000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE plans.care_and_support_plan ADD COLUMN best_interests jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE plans.care_and_support_plan DROP COLUMN best_interests');
  }
}
