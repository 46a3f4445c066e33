import type { MigrationInterface, QueryRunner } from 'typeorm';

/** R2b: an issued plan copy records the language the person needs that it is not written in. */
export class LanguageNotYetAvailable1764800000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE plans.plan_copy ADD COLUMN language_not_yet_available text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE plans.plan_copy DROP COLUMN language_not_yet_available');
  }
}
