import type { MigrationInterface, QueryRunner } from 'typeorm';
import { childTable } from '@careplan/subgraph-kit';

/** Versions, the dates and deciders of each step (R8, R9), and decisions recorded along the way. */
export class PlanLifecycle1764200000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `ALTER TABLE plans.care_and_support_plan
        ADD COLUMN plan_version integer NOT NULL DEFAULT 1 CHECK (plan_version >= 1),
        ADD COLUMN previous_version_id uuid REFERENCES plans.care_and_support_plan (id),
        ADD COLUMN proposed_on date,
        ADD COLUMN consideration_ends date,
        ADD COLUMN submitted_on date,
        ADD COLUMN unusual boolean NOT NULL DEFAULT false,
        ADD COLUMN annual_cost_pence bigint CHECK (annual_cost_pence >= 0),
        ADD COLUMN approval_route text,
        ADD COLUMN approved_by text,
        ADD COLUMN approved_on date,
        ADD COLUMN returned_reason text,
        ADD COLUMN agreed_on date,
        ADD COLUMN agreed_by text,
        ADD COLUMN activated_on date,
        ADD COLUMN closed_on date,
        ADD COLUMN closed_reason text,
        ADD COLUMN responsible_user_id text`,
      `CREATE INDEX care_and_support_plan_responsible ON plans.care_and_support_plan (authority_code, responsible_user_id, status)`,
      `CREATE UNIQUE INDEX care_and_support_plan_next_version ON plans.care_and_support_plan (previous_version_id) WHERE previous_version_id IS NOT NULL`,
      `CREATE INDEX care_and_support_plan_status ON plans.care_and_support_plan (authority_code, status, created_at)`,
      ...childTable(
        'plans',
        'plan_decision',
        { column: 'plan_id', table: 'care_and_support_plan' },
        `kind text NOT NULL,
        party text,
        members jsonb NOT NULL DEFAULT '[]',
        reasons text NOT NULL,
        waited_days integer,
        signpost_complaints boolean NOT NULL DEFAULT false,
        decided_on date NOT NULL,
        recorded_by text NOT NULL`,
      ),
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE plans.plan_decision');
    await q.query('DROP INDEX plans.care_and_support_plan_responsible');
    await q.query('DROP INDEX plans.care_and_support_plan_status');
    await q.query('DROP INDEX plans.care_and_support_plan_next_version');
    await q.query(`ALTER TABLE plans.care_and_support_plan DROP COLUMN responsible_user_id, DROP COLUMN closed_reason, DROP COLUMN closed_on, DROP COLUMN activated_on,
      DROP COLUMN agreed_by, DROP COLUMN agreed_on, DROP COLUMN returned_reason, DROP COLUMN approved_on, DROP COLUMN approved_by,
      DROP COLUMN approval_route, DROP COLUMN annual_cost_pence, DROP COLUMN unusual, DROP COLUMN submitted_on,
      DROP COLUMN consideration_ends, DROP COLUMN proposed_on, DROP COLUMN previous_version_id, DROP COLUMN plan_version`);
  }
}
