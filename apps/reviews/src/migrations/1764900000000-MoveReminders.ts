import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A reminder is about a review (R18) or about a move between councils with a step still open (R20–R22):
 * the same recording, recipients and deliveries, one of the two subjects.
 */
export class MoveReminders1764900000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE reviews.reminder
      ALTER COLUMN review_id DROP NOT NULL,
      ADD COLUMN handover_id uuid,
      ADD CONSTRAINT reminder_one_subject CHECK ((review_id IS NULL) <> (handover_id IS NULL))`);
    await q.query(`CREATE INDEX reminder_handover ON reviews.reminder (authority_code, handover_id) WHERE handover_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM reviews.delivery WHERE reminder_id IN (SELECT id FROM reviews.reminder WHERE handover_id IS NOT NULL)`);
    await q.query(`DELETE FROM reviews.notification WHERE reminder_id IN (SELECT id FROM reviews.reminder WHERE handover_id IS NOT NULL)`);
    await q.query(`DELETE FROM reviews.reminder WHERE handover_id IS NOT NULL`);
    await q.query('DROP INDEX reviews.reminder_handover');
    await q.query('ALTER TABLE reviews.reminder DROP CONSTRAINT reminder_one_subject, DROP COLUMN handover_id, ALTER COLUMN review_id SET NOT NULL');
  }
}
