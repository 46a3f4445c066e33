import type { MigrationInterface, QueryRunner } from 'typeorm';
import { childTable } from '@careplan/subgraph-kit';

/** R10: every copy of a plan issued — to whom, in which format, when — with exactly what was sent. */
export class PlanCopies1764400000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    const statements = childTable(
      'plans',
      'plan_copy',
      { column: 'plan_id', table: 'care_and_support_plan' },
      `recipient text NOT NULL,
      to_person boolean NOT NULL,
      format text,
      not_yet_available text[] NOT NULL DEFAULT '{}',
      html text NOT NULL,
      pdf bytea NOT NULL,
      issued_on date NOT NULL,
      issued_by text NOT NULL`,
    );
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE plans.plan_copy');
  }
}
