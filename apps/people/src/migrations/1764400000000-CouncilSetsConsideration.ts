import type { MigrationInterface, QueryRunner } from 'typeorm';

const AUTHORITY = `(SELECT current_setting('app.authority', true))`;

/**
 * R9: a council sets its own consideration period. The runtime role may change that one column, and row-level
 * security lets a council change only its own row; every council stays readable, as reference data.
 */
export class CouncilSetsConsideration1764400000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    for (const sql of [
      `GRANT UPDATE (plan_consideration_days) ON people.authority TO careplan_app`,
      // Not forced: onboarding, as the owner, adds and renames councils.
      `ALTER TABLE people.authority ENABLE ROW LEVEL SECURITY`,
      `CREATE POLICY authority_read ON people.authority FOR SELECT USING (true)`,
      `CREATE POLICY authority_own_settings ON people.authority FOR UPDATE USING (code = ${AUTHORITY}) WITH CHECK (code = ${AUTHORITY})`,
    ]) {
      await q.query(sql);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of [
      `DROP POLICY authority_own_settings ON people.authority`,
      `DROP POLICY authority_read ON people.authority`,
      `ALTER TABLE people.authority DISABLE ROW LEVEL SECURITY`,
      `REVOKE UPDATE (plan_consideration_days) ON people.authority FROM careplan_app`,
    ]) {
      await q.query(sql);
    }
  }
}
