import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The finance officers' queue pages by keyset on (created at, id): its index ends in the id that breaks ties. */
export class BudgetQueuePages1764400000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX budgets.personal_budget_status`);
    await q.query(`CREATE INDEX personal_budget_status ON budgets.personal_budget (authority_code, status, created_at, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX budgets.personal_budget_status`);
    await q.query(`CREATE INDEX personal_budget_status ON budgets.personal_budget (authority_code, status, created_at)`);
  }
}
