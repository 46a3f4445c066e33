import type { MigrationInterface, QueryRunner } from 'typeorm';

/** R8: the limit an approval was given within, so sign-off can tell whether the real cost is still covered. */
export class ApproverLimit1764600000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE plans.care_and_support_plan ADD COLUMN approver_limit_pence bigint`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE plans.care_and_support_plan DROP COLUMN approver_limit_pence');
  }
}
