import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * R12a: the status a direct payment had when it ended with its budget (null for one ended by hand), so that a
 * payment a death recorded in error ended returns to it.
 */
export class DirectPaymentEndedWithBudget1764700000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE budgets.direct_payment ADD COLUMN ended_from text CHECK (ended_from IN ('ACTIVE', 'SUSPENDED'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE budgets.direct_payment DROP COLUMN ended_from`);
  }
}
