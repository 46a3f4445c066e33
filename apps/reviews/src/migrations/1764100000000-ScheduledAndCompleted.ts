import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Reviews scheduled from events exactly once (by the event's key), and how each review ended (R17). */
export class ScheduledAndCompleted1764100000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE reviews.review
      ADD COLUMN schedule_key text,
      ADD COLUMN completed_on date,
      ADD COLUMN outcome text,
      ADD COLUMN outcome_details jsonb`);
    await q.query(`CREATE UNIQUE INDEX review_schedule_key ON reviews.review (authority_code, schedule_key) WHERE schedule_key IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX reviews.review_schedule_key');
    await q.query('ALTER TABLE reviews.review DROP COLUMN outcome_details, DROP COLUMN outcome, DROP COLUMN completed_on, DROP COLUMN schedule_key');
  }
}
