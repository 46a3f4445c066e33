import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenancy, tenantColumns } from '@careplan/subgraph-kit';

const AUTHORITY = `(SELECT current_setting('app.authority', true))`;
const PARTIES = `${AUTHORITY} IN (from_authority_code, to_authority_code)`;
const OPEN = `('NOTIFIED', 'MATCHED', 'SHARED')`;

/**
 * Moves between councils (R20–R22). The handover and its package are the only rows two councils read:
 * exactly the two named on the handover, by row-level security; the package and its reads are append-only,
 * and the receiving council's sight of the package ends when the handover is withdrawn.
 */
export class Handovers1764700000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE people.handover (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        from_authority_code text NOT NULL REFERENCES people.authority (code),
        to_authority_code text NOT NULL REFERENCES people.authority (code),
        continuity_duty text NOT NULL CHECK (continuity_duty IN ('CARE_ACT_S37_S38', 'SSWBA_S56', 'CROSS_BORDER_BY_AGREEMENT')),
        status text NOT NULL CHECK (status IN ('NOTIFIED', 'MATCHED', 'SHARED', 'ARRIVED', 'NOT_KNOWN', 'WITHDRAWN')),
        given_name text NOT NULL,
        family_name text NOT NULL,
        date_of_birth date NOT NULL,
        nhs_number text,
        intended_move_date date NOT NULL,
        move_date date NOT NULL,
        to_person_id uuid NOT NULL,
        from_person_id uuid,
        to_contact jsonb NOT NULL,
        from_contact jsonb,
        second_assessment_id uuid,
        differences_explanation text,
        continuity_plan_id uuid,
        arrived_on date,
        closed_reason text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CHECK (from_authority_code <> to_authority_code)
      )`,
      `CREATE INDEX handover_incoming ON people.handover (to_authority_code, created_at, id)`,
      `CREATE INDEX handover_outgoing ON people.handover (from_authority_code, created_at, id)`,
      `CREATE INDEX handover_due ON people.handover (to_authority_code, move_date) WHERE status IN ${OPEN}`,
      `CREATE INDEX handover_to_person ON people.handover (to_person_id)`,
      `CREATE INDEX handover_from_person ON people.handover (from_person_id)`,
      // One move at a time for a person.
      `CREATE UNIQUE INDEX handover_one_open ON people.handover (to_person_id) WHERE status IN ${OPEN}`,
      `ALTER TABLE people.handover ENABLE ROW LEVEL SECURITY`,
      `ALTER TABLE people.handover FORCE ROW LEVEL SECURITY`,
      `CREATE POLICY handover_parties ON people.handover USING (${PARTIES}) WITH CHECK (${PARTIES})`,
      // Which councils a handover is between is fixed when it starts: no update can move it to a third.
      `REVOKE UPDATE ON people.handover FROM careplan_app`,
      `GRANT UPDATE (status, move_date, from_person_id, from_contact, to_contact, second_assessment_id, differences_explanation, continuity_plan_id, arrived_on, closed_reason, version, updated_at) ON people.handover TO careplan_app`,
      `REVOKE DELETE, TRUNCATE ON people.handover FROM careplan_app`,

      `CREATE TABLE people.handover_package (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        handover_id uuid NOT NULL UNIQUE REFERENCES people.handover (id),
        from_authority_code text NOT NULL,
        to_authority_code text NOT NULL,
        include text[] NOT NULL,
        content jsonb NOT NULL,
        direct_payment_advice text,
        other_information text,
        shared_by text NOT NULL,
        shared_at timestamptz(3) NOT NULL DEFAULT now()
      )`,
      `ALTER TABLE people.handover_package ENABLE ROW LEVEL SECURITY`,
      `ALTER TABLE people.handover_package FORCE ROW LEVEL SECURITY`,
      // The sending council always; the receiving council while the handover stands (read through the
      // handover's own policy, so a third council never gets that far).
      `CREATE POLICY package_read ON people.handover_package FOR SELECT USING (
        ${AUTHORITY} = from_authority_code
        OR (${AUTHORITY} = to_authority_code AND EXISTS (SELECT 1 FROM people.handover h WHERE h.id = handover_id AND h.status <> 'WITHDRAWN')))`,
      `CREATE POLICY package_share ON people.handover_package FOR INSERT WITH CHECK (
        ${AUTHORITY} = from_authority_code
        AND EXISTS (SELECT 1 FROM people.handover h WHERE h.id = handover_id AND h.from_authority_code = handover_package.from_authority_code AND h.to_authority_code = handover_package.to_authority_code))`,
      `REVOKE UPDATE, DELETE, TRUNCATE ON people.handover_package FROM careplan_app`,

      `CREATE TABLE people.handover_package_read (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        handover_id uuid NOT NULL REFERENCES people.handover (id),
        authority_code text NOT NULL,
        user_id text NOT NULL,
        request_id text NOT NULL,
        at timestamptz(3) NOT NULL DEFAULT now()
      )`,
      `CREATE INDEX handover_package_read_handover ON people.handover_package_read (handover_id, at)`,
      `ALTER TABLE people.handover_package_read ENABLE ROW LEVEL SECURITY`,
      `ALTER TABLE people.handover_package_read FORCE ROW LEVEL SECURITY`,
      `CREATE POLICY package_read_seen ON people.handover_package_read FOR SELECT USING (EXISTS (SELECT 1 FROM people.handover h WHERE h.id = handover_id))`,
      `CREATE POLICY package_read_recorded ON people.handover_package_read FOR INSERT WITH CHECK (authority_code = ${AUTHORITY} AND EXISTS (SELECT 1 FROM people.handover h WHERE h.id = handover_id))`,
      `REVOKE UPDATE, DELETE, TRUNCATE ON people.handover_package_read FROM careplan_app`,

      `CREATE TABLE people.handover_letter (
        ${tenantColumns()},
        handover_id uuid NOT NULL REFERENCES people.handover (id),
        person_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('AREA_INFORMATION', 'INFORMATION_SHARED', 'DIFFERENCES_EXPLAINED', 'NEEDS_MET_FROM_ARRIVAL')),
        format text,
        not_yet_available text[] NOT NULL DEFAULT '{}',
        language_not_yet_available text,
        copies_to text[] NOT NULL DEFAULT '{}',
        html text NOT NULL,
        issued_on date NOT NULL,
        issued_by text NOT NULL
      )`,
      `CREATE INDEX handover_letter_handover_id_authority_code_created_at ON people.handover_letter (authority_code, handover_id, created_at)`,
      // Each letter once per handover and council, however often a step is retried.
      `CREATE UNIQUE INDEX handover_letter_once ON people.handover_letter (authority_code, handover_id, kind)`,
      ...enableTenancy('people', 'handover_letter'),
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['handover_letter', 'handover_package_read', 'handover_package', 'handover']) await q.query(`DROP TABLE people.${t}`);
  }
}
