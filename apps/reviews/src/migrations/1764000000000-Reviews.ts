import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenancy, personRecordColumns, platformTables } from '@careplan/subgraph-kit';

export class Reviews1764000000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE reviews.review (
        ${personRecordColumns()},
        plan_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('PLANNED', 'UNPLANNED', 'REQUESTED', 'DIRECT_PAYMENT')),
        due_date date NOT NULL,
        state text NOT NULL CHECK (state IN ('OPEN', 'IN_PROGRESS', 'COMPLETED', 'REFUSED', 'CANCELLED'))
      )`,
      `CREATE INDEX review_plan ON reviews.review (authority_code, plan_id, due_date)`,
      `CREATE INDEX review_person ON reviews.review (authority_code, person_id)`,
      // The reminder sweep and "reviews due" read open reviews by date.
      `CREATE INDEX review_open_due ON reviews.review (authority_code, due_date) WHERE state IN ('OPEN', 'IN_PROGRESS')`,
      ...enableTenancy('reviews', 'review'),
      ...platformTables('reviews'),
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['access_audit', 'outbox', 'review']) await q.query(`DROP TABLE reviews.${t}`);
  }
}
