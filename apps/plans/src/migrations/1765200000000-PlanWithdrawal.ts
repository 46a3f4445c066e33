import type { MigrationInterface, QueryRunner } from 'typeorm';

const STATUSES = `'DRAFT', 'PROPOSED', 'AWAITING_APPROVAL', 'APPROVED', 'RETURNED', 'AGREED', 'ACTIVE', 'UNDER_REVIEW', 'REVISED', 'CLOSED'`;

/**
 * R9: a plan never agreed can be withdrawn — when, why (a reason and in words) and by whom. A version may be
 * revised again once its revision was withdrawn: one revision of it that is not withdrawn, not one ever.
 */
export class PlanWithdrawal1765200000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE plans.care_and_support_plan
      DROP CONSTRAINT care_and_support_plan_status_check,
      ADD CONSTRAINT care_and_support_plan_status_check CHECK (status IN (${STATUSES}, 'WITHDRAWN')),
      ADD COLUMN withdrawn_on date,
      ADD COLUMN withdrawal_reason text CHECK (withdrawal_reason IN ('PERSON_DECLINED', 'NO_LONGER_NEEDED', 'DIED', 'MOVED_TO_ANOTHER_COUNCIL', 'REVISED_PLAN_ENDED')),
      ADD COLUMN withdrawal_details text,
      ADD COLUMN withdrawn_by text,
      ADD CONSTRAINT plan_withdrawn CHECK ((status = 'WITHDRAWN') = (withdrawn_on IS NOT NULL AND withdrawal_reason IS NOT NULL))`);
    await q.query('DROP INDEX plans.care_and_support_plan_next_version');
    await q.query(`CREATE UNIQUE INDEX care_and_support_plan_next_version ON plans.care_and_support_plan (previous_version_id) WHERE previous_version_id IS NOT NULL AND status <> 'WITHDRAWN'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX plans.care_and_support_plan_next_version');
    await q.query(`CREATE UNIQUE INDEX care_and_support_plan_next_version ON plans.care_and_support_plan (previous_version_id) WHERE previous_version_id IS NOT NULL`);
    await q.query(`ALTER TABLE plans.care_and_support_plan
      DROP CONSTRAINT plan_withdrawn,
      DROP COLUMN withdrawn_on, DROP COLUMN withdrawal_reason, DROP COLUMN withdrawal_details, DROP COLUMN withdrawn_by,
      DROP CONSTRAINT care_and_support_plan_status_check,
      ADD CONSTRAINT care_and_support_plan_status_check CHECK (status IN (${STATUSES}))`);
  }
}
