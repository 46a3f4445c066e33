import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A relationship others have with a person who died ends on the date of death: marked so, it moves with a
 * corrected date and stands again if the date is removed. Found by the person it points to, hence the index.
 */
export class RelationshipsEndWithDeath1764900000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE people.relationship ADD COLUMN ended_for_death boolean NOT NULL DEFAULT false`);
    await q.query(`CREATE INDEX relationship_related_person ON people.relationship (authority_code, related_person_id) WHERE related_person_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX people.relationship_related_person`);
    await q.query(`ALTER TABLE people.relationship DROP COLUMN ended_for_death`);
  }
}
