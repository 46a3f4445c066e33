import type { MigrationInterface, QueryRunner } from 'typeorm';

/** R12a: the day a budget's plan closed, from when nothing more is changed or paid under it. */
export class BudgetEndsWithPlan1764600000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE budgets.personal_budget ADD COLUMN ended_on date`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE budgets.personal_budget DROP COLUMN ended_on`);
  }
}
