import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenancy, personRecordColumns, tenantColumns } from '@careplan/subgraph-kit';

/** The person in full, practitioners and teams, and who is involved: relationships, capacity, advocacy, communication, consent. */
export class PeopleAndInvolvement1764100000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    const personRecord = (table: string, columns: string) => [
      `CREATE TABLE people.${table} (
        ${personRecordColumns()},
        ${columns},
        FOREIGN KEY (person_id) REFERENCES people.person (id)
      )`,
      `CREATE INDEX ${table}_person ON people.${table} (authority_code, person_id)`,
      ...enableTenancy('people', table),
    ];
    const statements = [
      `CREATE TABLE people.team (
        ${tenantColumns()},
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        UNIQUE (authority_code, name)
      )`,
      ...enableTenancy('people', 'team'),
      `CREATE TABLE people.practitioner (
        ${tenantColumns()},
        user_id text NOT NULL,
        given_name text NOT NULL,
        family_name text NOT NULL,
        team_id uuid REFERENCES people.team (id),
        roles text[] NOT NULL DEFAULT '{}',
        specialisms text[] NOT NULL DEFAULT '{}',
        approval_limit_pence bigint NOT NULL DEFAULT 0 CHECK (approval_limit_pence >= 0),
        active boolean NOT NULL DEFAULT true,
        UNIQUE (authority_code, user_id)
      )`,
      `CREATE INDEX practitioner_team ON people.practitioner (authority_code, team_id)`,
      ...enableTenancy('people', 'practitioner'),

      `ALTER TABLE people.person
        ADD COLUMN preferred_name text CHECK (length(preferred_name) BETWEEN 1 AND 100),
        ADD COLUMN date_of_death date CHECK (date_of_death >= date_of_birth),
        ADD COLUMN local_person_id text CHECK (length(local_person_id) BETWEEN 1 AND 50),
        ADD COLUMN gender text,
        ADD COLUMN ethnicity text,
        ADD COLUMN postcode text CHECK (postcode ~ '^[A-Z0-9]{2,4} [0-9][A-Z]{2}$'),
        ADD COLUMN address text CHECK (length(address) <= 500),
        ADD COLUMN accommodation_status text,
        ADD COLUMN primary_support_reason text,
        ADD COLUMN client_type text,
        ADD COLUMN allocated_practitioner_id uuid REFERENCES people.practitioner (id),
        ADD COLUMN team_id uuid REFERENCES people.team (id),
        ADD COLUMN given_name_key text GENERATED ALWAYS AS (lower(given_name)) STORED,
        ADD COLUMN family_name_key text GENERATED ALWAYS AS (lower(family_name)) STORED,
        ADD COLUMN preferred_name_key text GENERATED ALWAYS AS (lower(preferred_name)) STORED`,
      `CREATE UNIQUE INDEX person_authority_local_id ON people.person (authority_code, local_person_id) WHERE local_person_id IS NOT NULL`,
      // Search: names by prefix, case-insensitively; dates of birth and postcodes exactly. Under RLS only
      // leakproof operators reach an index, and lower() is not one: hence the stored *_key columns,
      // searched with starts_with (^@), which is.
      `CREATE INDEX person_search_family_name ON people.person (authority_code, family_name_key text_pattern_ops)`,
      `CREATE INDEX person_search_given_name ON people.person (authority_code, given_name_key text_pattern_ops)`,
      `CREATE INDEX person_search_preferred_name ON people.person (authority_code, preferred_name_key text_pattern_ops)`,
      `CREATE INDEX person_search_date_of_birth ON people.person (authority_code, date_of_birth)`,
      `CREATE INDEX person_search_postcode ON people.person (authority_code, postcode)`,
      `CREATE INDEX person_caseload ON people.person (authority_code, allocated_practitioner_id, created_at, id)`,

      ...personRecord(
        'relationship',
        `kind text NOT NULL,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        related_person_id uuid REFERENCES people.person (id),
        relationship_to_person text,
        organisation text,
        contact text,
        paid boolean NOT NULL DEFAULT false,
        willing_and_able boolean,
        willing_and_able_recorded_on date,
        power_scope text,
        started_on date,
        ended_on date,
        CHECK (ended_on IS NULL OR started_on IS NULL OR ended_on >= started_on),
        CHECK (NOT (kind = 'APPROPRIATE_INDIVIDUAL' AND paid))`,
      ),
      ...personRecord(
        'capacity_assessment',
        `decision text NOT NULL,
        assessed_on date NOT NULL,
        outcome text NOT NULL CHECK (outcome IN ('HAS_CAPACITY', 'LACKS_CAPACITY')),
        assessor_name text NOT NULL,
        assessor_practitioner_id uuid REFERENCES people.practitioner (id),
        notes text`,
      ),
      ...personRecord(
        'advocacy_facts',
        `difficulties text[] NOT NULL DEFAULT '{}',
        likely_hospital_stay_28_days boolean NOT NULL,
        likely_care_home_stay_8_weeks boolean NOT NULL,
        disagreement_advocate_would_help boolean NOT NULL,
        recorded_by text NOT NULL,
        notes text`,
      ),
      ...personRecord(
        'communication_needs',
        `formats text[] NOT NULL DEFAULT '{}',
        interpreter_required boolean NOT NULL,
        language text,
        post_only boolean NOT NULL,
        notes text,
        review_on date NOT NULL,
        UNIQUE (person_id)`,
      ),
      ...personRecord(
        'consent',
        `purpose text NOT NULL,
        given_by_relationship_id uuid REFERENCES people.relationship (id),
        given_on date NOT NULL,
        recipients text[] NOT NULL DEFAULT '{}',
        notes text,
        withdrawn_on date,
        withdrawn_reason text`,
      ),
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['consent', 'communication_needs', 'advocacy_facts', 'capacity_assessment', 'relationship']) await q.query(`DROP TABLE people.${t}`);
    await q.query(`ALTER TABLE people.person
      DROP COLUMN team_id, DROP COLUMN allocated_practitioner_id, DROP COLUMN client_type, DROP COLUMN primary_support_reason,
      DROP COLUMN accommodation_status, DROP COLUMN address, DROP COLUMN postcode, DROP COLUMN ethnicity, DROP COLUMN gender,
      DROP COLUMN local_person_id, DROP COLUMN date_of_death, DROP COLUMN preferred_name_key, DROP COLUMN family_name_key,
      DROP COLUMN given_name_key, DROP COLUMN preferred_name`);
    for (const t of ['practitioner', 'team']) await q.query(`DROP TABLE people.${t}`);
  }
}
