import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenancy, personRecordColumns, platformTables } from '@careplan/subgraph-kit';

export class Plans1764000000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE plans.care_and_support_plan (
        ${personRecordColumns()},
        assessment_id uuid,
        kind text NOT NULL CHECK (kind IN ('CARE_AND_SUPPORT', 'CARER_SUPPORT')),
        status text NOT NULL CHECK (status IN ('DRAFT', 'PROPOSED', 'AWAITING_APPROVAL', 'APPROVED', 'RETURNED',
          'AGREED', 'ACTIVE', 'UNDER_REVIEW', 'REVISED', 'CLOSED'))
      )`,
      `CREATE INDEX care_and_support_plan_person ON plans.care_and_support_plan (authority_code, person_id, created_at)`,
      `CREATE INDEX care_and_support_plan_assessment ON plans.care_and_support_plan (authority_code, assessment_id) WHERE assessment_id IS NOT NULL`,
      ...enableTenancy('plans', 'care_and_support_plan'),
      ...platformTables('plans'),
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['access_audit', 'outbox', 'care_and_support_plan']) await q.query(`DROP TABLE plans.${t}`);
  }
}
