import type { MigrationInterface, QueryRunner } from 'typeorm';
import { childTable } from '@careplan/subgraph-kit';

/** R8: an audit of approval limits granted; the runtime may add to it, never change or remove. */
export class ApprovalLimitGrants1764500000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    for (const sql of [
      ...childTable('people', 'approval_limit_grant', { column: 'practitioner_id', table: 'practitioner' }, `from_pence bigint NOT NULL, to_pence bigint NOT NULL, granted_by text NOT NULL`),
      `REVOKE UPDATE, DELETE, TRUNCATE ON people.approval_limit_grant FROM careplan_app`,
    ]) {
      await q.query(sql);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE people.approval_limit_grant');
  }
}
