import type { MigrationInterface, QueryRunner } from 'typeorm';
import { childTable, enableTenancy, personRecordColumns } from '@careplan/subgraph-kit';

/** Financial assessments (R11a), how the budget is held (R11b), and dated changes and challenges (R12). */
export class ContributionsManagementChanges1764200000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE budgets.financial_assessment (
        ${personRecordColumns()},
        kind text NOT NULL,
        weekly_contribution_pence integer NOT NULL CHECK (weekly_contribution_pence >= 0),
        assessed_on date NOT NULL,
        assessor text NOT NULL
      )`,
      `CREATE INDEX financial_assessment_person ON budgets.financial_assessment (authority_code, person_id, assessed_on)`,
      ...enableTenancy('budgets', 'financial_assessment'),
      `ALTER TABLE budgets.personal_budget
        ADD COLUMN council_managed_pence integer CHECK (council_managed_pence >= 0),
        ADD COLUMN direct_payment_pence integer CHECK (direct_payment_pence >= 0),
        ADD COLUMN isf_pence integer CHECK (isf_pence >= 0),
        ADD COLUMN isf_provider text,
        ADD COLUMN indicative_method text NOT NULL DEFAULT 'RESOURCE_ALLOCATION_SYSTEM',
        ADD COLUMN indicative_explanation text,
        ADD COLUMN pooled_with text[] NOT NULL DEFAULT '{}',
        ADD COLUMN phb_weekly_pence integer CHECK (phb_weekly_pence >= 0),
        ADD COLUMN phb_held_by text`,
      `CREATE INDEX personal_budget_status ON budgets.personal_budget (authority_code, status, created_at)`,
      ...childTable(
        'budgets',
        'budget_change',
        { column: 'budget_id', table: 'personal_budget' },
        `from_weekly_pence integer NOT NULL,
        to_weekly_pence integer NOT NULL,
        reason text NOT NULL,
        reassessment_id uuid,
        explanation text,
        changed_on date NOT NULL,
        changed_by text NOT NULL`,
      ),
      ...childTable(
        'budgets',
        'budget_challenge',
        { column: 'budget_id', table: 'personal_budget' },
        `raised_by text NOT NULL,
        grounds text NOT NULL,
        raised_on date NOT NULL,
        outcome text NOT NULL DEFAULT 'PENDING' CHECK (outcome IN ('PENDING', 'UPHELD', 'NOT_UPHELD')),
        outcome_reasons text,
        decided_on date`,
      ),
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['budget_challenge', 'budget_change', 'financial_assessment']) await q.query(`DROP TABLE budgets.${t}`);
    await q.query('DROP INDEX budgets.personal_budget_status');
    await q.query('ALTER TABLE budgets.personal_budget DROP COLUMN phb_held_by, DROP COLUMN phb_weekly_pence, DROP COLUMN pooled_with, DROP COLUMN indicative_explanation, DROP COLUMN indicative_method, DROP COLUMN isf_provider, DROP COLUMN isf_pence, DROP COLUMN direct_payment_pence, DROP COLUMN council_managed_pence');
  }
}
