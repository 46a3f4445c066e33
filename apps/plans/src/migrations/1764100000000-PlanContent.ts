import type { MigrationInterface, QueryRunner } from 'typeorm';
import { childTable } from '@careplan/subgraph-kit';

/** What a plan says (R5, R5w, R6): its sections, the person's outcomes, and the support meeting each need. */
export class PlanContent1764100000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    const child = (table: string, columns: string) => childTable('plans', table, { column: 'plan_id', table: 'care_and_support_plan' }, columns);
    const statements = [
      `ALTER TABLE plans.care_and_support_plan
        ADD COLUMN strengths_and_assets text,
        ADD COLUMN advice_and_information text,
        ADD COLUMN contingency_plan text,
        ADD COLUMN named_coordinator text,
        ADD COLUMN review_arrangements text,
        ADD COLUMN review_every_months integer CHECK (review_every_months BETWEEN 1 AND 12),
        ADD COLUMN carer_wishes text,
        ADD COLUMN needs_met_by_carer text,
        ADD COLUMN direct_payment_details text,
        ADD COLUMN actions_by_others text,
        ADD COLUMN progress_monitoring text,
        ADD COLUMN adult_at_risk_enquiry boolean NOT NULL DEFAULT false,
        ADD COLUMN adult_at_risk_conclusion text`,
      ...child('plan_outcome', `in_own_words text NOT NULL CHECK (length(in_own_words) BETWEEN 1 AND 2000)`),
      ...child(
        'support_item',
        `need text NOT NULL,
        kind text NOT NULL,
        description text NOT NULL,
        provider text,
        schedule text,
        planned_units_per_week numeric(6, 2) CHECK (planned_units_per_week >= 0),
        outcome_ids uuid[] NOT NULL DEFAULT '{}'`,
      ),
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['support_item', 'plan_outcome']) await q.query(`DROP TABLE plans.${t}`);
    await q.query(`ALTER TABLE plans.care_and_support_plan DROP COLUMN adult_at_risk_conclusion, DROP COLUMN adult_at_risk_enquiry,
      DROP COLUMN progress_monitoring, DROP COLUMN actions_by_others, DROP COLUMN direct_payment_details, DROP COLUMN needs_met_by_carer,
      DROP COLUMN carer_wishes, DROP COLUMN review_every_months, DROP COLUMN review_arrangements, DROP COLUMN named_coordinator,
      DROP COLUMN contingency_plan, DROP COLUMN advice_and_information, DROP COLUMN strengths_and_assets`);
  }
}
