import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenancy, personRecordColumns, platformTables } from '@careplan/subgraph-kit';

export class Budgets1764000000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE budgets.personal_budget (
        ${personRecordColumns()},
        plan_id uuid NOT NULL,
        status text NOT NULL CHECK (status IN ('INDICATIVE', 'FINAL')),
        indicative_weekly_pence integer NOT NULL CHECK (indicative_weekly_pence >= 0)
      )`,
      `CREATE UNIQUE INDEX personal_budget_plan ON budgets.personal_budget (authority_code, plan_id)`,
      `CREATE INDEX personal_budget_person ON budgets.personal_budget (authority_code, person_id)`,
      ...enableTenancy('budgets', 'personal_budget'),
      ...platformTables('budgets'),
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['access_audit', 'outbox', 'personal_budget']) await q.query(`DROP TABLE budgets.${t}`);
  }
}
