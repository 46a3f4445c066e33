import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Work e-mail of staff, so review reminders (R18) reach the practitioner and team manager; a team's people by index (worklists by team). */
export class ReminderRecipients1764300000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE people.practitioner ADD COLUMN email text CHECK (email ~ '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$' AND length(email) <= 254)`);
    await q.query(`CREATE INDEX person_team ON people.person (authority_code, team_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX people.person_team');
    await q.query('ALTER TABLE people.practitioner DROP COLUMN email');
  }
}
