import type { MigrationInterface, QueryRunner } from 'typeorm';

/** R2b: an issued decision letter records the language the person needs that it is not written in. */
export class LanguageNotYetAvailable1764300000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE assessments.decision_letter ADD COLUMN language_not_yet_available text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE assessments.decision_letter DROP COLUMN language_not_yet_available');
  }
}
