import type { MigrationInterface, QueryRunner } from 'typeorm';

const AUTHORITY = `(SELECT current_setting('app.authority', true))`;

/**
 * Offboarding a council. Its `authority` row stays, marked, because the moves it shared with councils that
 * stay name it (a council's name and code are public). The owner, offboarding as that council, may delete
 * its rows of the append-only move tables; the runtime role still may not.
 */
export class Offboarding1764800000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    for (const sql of [
      `ALTER TABLE people.authority ADD COLUMN offboarded_at timestamptz(3)`,
      `CREATE POLICY offboarding ON people.handover_package FOR DELETE TO careplan_owner USING (${AUTHORITY} IN (from_authority_code, to_authority_code))`,
      `CREATE POLICY offboarding ON people.handover_package_read FOR DELETE TO careplan_owner USING (authority_code = ${AUTHORITY})`,
    ]) {
      await q.query(sql);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of [
      `DROP POLICY offboarding ON people.handover_package_read`,
      `DROP POLICY offboarding ON people.handover_package`,
      `ALTER TABLE people.authority DROP COLUMN offboarded_at`,
    ]) {
      await q.query(sql);
    }
  }
}
