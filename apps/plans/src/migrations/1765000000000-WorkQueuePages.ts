import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The work queues page by keyset: each index holds a queue's filters then its order, ending in the id
 * that breaks ties, so every page is one index range scan.
 */
export class WorkQueuePages1765000000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `DROP INDEX plans.care_and_support_plan_status`,
      `CREATE INDEX care_and_support_plan_status ON plans.care_and_support_plan (authority_code, status, created_at, id)`,
      `DROP INDEX plans.care_and_support_plan_responsible`,
      `CREATE INDEX care_and_support_plan_responsible ON plans.care_and_support_plan (authority_code, responsible_user_id, status, created_at, id)`,
      // R9: plans past consideration are those still waiting for agreement.
      `CREATE INDEX care_and_support_plan_consideration ON plans.care_and_support_plan (authority_code, consideration_ends, id)
        WHERE status IN ('PROPOSED', 'AWAITING_APPROVAL', 'APPROVED')`,
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    const statements = [
      `DROP INDEX plans.care_and_support_plan_consideration`,
      `DROP INDEX plans.care_and_support_plan_responsible`,
      `CREATE INDEX care_and_support_plan_responsible ON plans.care_and_support_plan (authority_code, responsible_user_id, status)`,
      `DROP INDEX plans.care_and_support_plan_status`,
      `CREATE INDEX care_and_support_plan_status ON plans.care_and_support_plan (authority_code, status, created_at)`,
    ];
    for (const sql of statements) await q.query(sql);
  }
}
