import type { MigrationInterface, QueryRunner } from 'typeorm';
import { childTable, enableTenancy, personRecordColumns } from '@careplan/subgraph-kit';

/** R12a: direct payments — who receives them, what they cover and buy, their status — and repayments. */
export class DirectPayments1764300000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE budgets.direct_payment (
        ${personRecordColumns()},
        budget_id uuid NOT NULL REFERENCES budgets.personal_budget (id),
        recipient text NOT NULL,
        recipient_relationship_id uuid,
        covers_needs text[] NOT NULL,
        weekly_pence integer NOT NULL CHECK (weekly_pence > 0),
        frequency text NOT NULL,
        purchases jsonb NOT NULL DEFAULT '[]',
        account_type text NOT NULL,
        support_service text,
        close_relative_in_household boolean NOT NULL DEFAULT false,
        necessity_reason text,
        necessity_decided_by text,
        status text NOT NULL,
        first_payment_on date NOT NULL,
        status_reason text,
        ended_on date
      )`,
      `CREATE INDEX direct_payment_person ON budgets.direct_payment (authority_code, person_id, created_at)`,
      `CREATE INDEX direct_payment_status ON budgets.direct_payment (authority_code, status, first_payment_on)`,
      ...enableTenancy('budgets', 'direct_payment'),
      ...childTable(
        'budgets',
        'dp_repayment',
        { column: 'direct_payment_id', table: 'direct_payment' },
        `amount_pence integer NOT NULL CHECK (amount_pence > 0),
        reason text NOT NULL,
        requested_on date NOT NULL,
        requested_by text NOT NULL`,
      ),
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['dp_repayment', 'direct_payment']) await q.query(`DROP TABLE budgets.${t}`);
  }
}
