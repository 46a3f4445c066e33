import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * R22: a plan put in place on arrival continues another council's plan: which handover, which council and
 * plan, and the weekly budget it carries. One per handover, however often the worker's step is retried.
 */
export class ContinuityPlans1765100000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE plans.care_and_support_plan
      ADD COLUMN continues_handover_id uuid,
      ADD COLUMN continues_authority_code text,
      ADD COLUMN continues_plan_id uuid,
      ADD COLUMN continuity_weekly_budget_pence bigint CHECK (continuity_weekly_budget_pence >= 0)`);
    await q.query(`CREATE UNIQUE INDEX plan_continues_handover ON plans.care_and_support_plan (authority_code, continues_handover_id) WHERE continues_handover_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX plans.plan_continues_handover');
    await q.query(`ALTER TABLE plans.care_and_support_plan DROP COLUMN continues_handover_id, DROP COLUMN continues_authority_code, DROP COLUMN continues_plan_id, DROP COLUMN continuity_weekly_budget_pence`);
  }
}
