import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Local practice the law leaves to each council, with the defaults domain.md gives. */
export class AuthoritySettings1764200000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE people.authority ADD COLUMN plan_consideration_days integer NOT NULL DEFAULT 14 CHECK (plan_consideration_days BETWEEN 1 AND 90)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE people.authority DROP COLUMN plan_consideration_days');
  }
}
