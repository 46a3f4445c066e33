import type { MigrationInterface, QueryRunner } from 'typeorm';
import { childTable } from '@careplan/subgraph-kit';

/** R11: a cost line for every support item, and the final amount with its explanation. */
export class CostLinesAndFinalBudget1764100000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `ALTER TABLE budgets.personal_budget
        ADD COLUMN final_weekly_pence integer CHECK (final_weekly_pence >= 0),
        ADD COLUMN explanation text,
        ADD COLUMN finalised_on date,
        ADD COLUMN finalised_by text`,
      ...childTable(
        'budgets',
        'cost_line',
        { column: 'budget_id', table: 'personal_budget' },
        `support_item_id uuid NOT NULL,
        unit_cost_pence integer NOT NULL CHECK (unit_cost_pence >= 0),
        unit_type text NOT NULL,
        planned_hundredths_per_week integer NOT NULL CHECK (planned_hundredths_per_week >= 0),
        weekly_cost_pence integer NOT NULL CHECK (weekly_cost_pence >= 0),
        funding_basis text NOT NULL,
        UNIQUE (budget_id, support_item_id)`,
      ),
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE budgets.cost_line');
    await q.query('ALTER TABLE budgets.personal_budget DROP COLUMN finalised_by, DROP COLUMN finalised_on, DROP COLUMN explanation, DROP COLUMN final_weekly_pence');
  }
}
