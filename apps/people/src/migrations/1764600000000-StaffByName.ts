import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Staff are paged by name (family, given, id): the index finds the rows after a cursor without sorting them all. */
export class StaffByName1764600000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX practitioner_by_name ON people.practitioner (authority_code, family_name, given_name, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX people.practitioner_by_name');
  }
}
