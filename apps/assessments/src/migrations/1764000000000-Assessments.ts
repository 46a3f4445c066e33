import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenancy, personRecordColumns, platformTables } from '@careplan/subgraph-kit';

export class Assessments1764000000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE assessments.needs_assessment (
        ${personRecordColumns()},
        kind text NOT NULL CHECK (kind IN ('NEEDS', 'CARER', 'JOINT')),
        status text NOT NULL CHECK (status IN ('REQUESTED', 'IN_PROGRESS', 'COMPLETED', 'WITHDRAWN')),
        requested_on date NOT NULL
      )`,
      `CREATE INDEX needs_assessment_person ON assessments.needs_assessment (authority_code, person_id, created_at)`,
      ...enableTenancy('assessments', 'needs_assessment'),
      ...platformTables('assessments'),
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['access_audit', 'outbox', 'needs_assessment']) await q.query(`DROP TABLE assessments.${t}`);
  }
}
