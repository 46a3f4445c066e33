import type { MigrationInterface, QueryRunner } from 'typeorm';
import { childTable } from '@careplan/subgraph-kit';

/** R17: why a plan closed and the review that closed it; the closure letter, one per plan. */
export class PlanClosure1764900000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `ALTER TABLE plans.care_and_support_plan
        ADD COLUMN closure_reason text CHECK (closure_reason IN ('AFTER_REVIEW', 'DIED', 'MOVED_TO_ANOTHER_COUNCIL')),
        ADD COLUMN closed_after_review_id uuid,
        ADD CONSTRAINT plan_closed_after_review CHECK ((closure_reason = 'AFTER_REVIEW') = (closed_after_review_id IS NOT NULL))`,
      ...childTable(
        'plans',
        'plan_closure_letter',
        { column: 'plan_id', table: 'care_and_support_plan' },
        `review_id uuid NOT NULL,
        format text,
        not_yet_available text[] NOT NULL DEFAULT '{}',
        language_not_yet_available text,
        copies_to text[] NOT NULL DEFAULT '{}',
        html text NOT NULL,
        issued_on date NOT NULL,
        issued_by text NOT NULL`,
      ),
      // One closure letter per plan, however often the closing is retried.
      `CREATE UNIQUE INDEX plan_closure_letter_once ON plans.plan_closure_letter (authority_code, plan_id)`,
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE plans.plan_closure_letter');
    await q.query('ALTER TABLE plans.care_and_support_plan DROP CONSTRAINT plan_closed_after_review, DROP COLUMN closed_after_review_id, DROP COLUMN closure_reason');
  }
}
