import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenancy, platformTables, tenantColumns } from '@careplan/subgraph-kit';

export class People1764000000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE people.authority (
        code text PRIMARY KEY CHECK (code ~ '^(E06|E08|E09|E10|W06)[0-9]{6}$'),
        name text NOT NULL,
        nation text NOT NULL CHECK (nation IN ('ENGLAND', 'WALES'))
      )`,
      // Reference data: the runtime role reads it; onboarding (as owner) writes it.
      `REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON people.authority FROM careplan_app`,
      `CREATE TABLE people.person (
        ${tenantColumns()},
        given_name text NOT NULL CHECK (length(given_name) BETWEEN 1 AND 100),
        family_name text NOT NULL CHECK (length(family_name) BETWEEN 1 AND 100),
        date_of_birth date NOT NULL,
        nhs_number text CHECK (nhs_number ~ '^[0-9]{10}$'),
        FOREIGN KEY (authority_code) REFERENCES people.authority (code)
      )`,
      `CREATE INDEX person_authority_created ON people.person (authority_code, created_at, id)`,
      `CREATE UNIQUE INDEX person_authority_nhs_number ON people.person (authority_code, nhs_number) WHERE nhs_number IS NOT NULL`,
      ...enableTenancy('people', 'person'),
      ...platformTables('people'),
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['access_audit', 'outbox', 'person', 'authority']) await q.query(`DROP TABLE people.${t}`);
  }
}
