import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The end a relationship had before a death ended it, given back if that date of death is removed as recorded in error. */
export class RelationshipEndBeforeDeath1765100000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE people.relationship ADD COLUMN ended_on_before_death date`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE people.relationship DROP COLUMN ended_on_before_death`);
  }
}
