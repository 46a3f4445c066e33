import type { MigrationInterface, QueryRunner } from 'typeorm';

/** CLD service codes and frequency on each support item; who took part in planning (R1). */
export class ServiceCodesAndInvolvement1764500000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE plans.support_item
      ADD COLUMN frequency text,
      ADD COLUMN service_type text,
      ADD COLUMN service_component text,
      ADD COLUMN delivery_mechanism text`);
    await q.query(`ALTER TABLE plans.care_and_support_plan ADD COLUMN involved jsonb NOT NULL DEFAULT '[]'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE plans.care_and_support_plan DROP COLUMN involved');
    await q.query('ALTER TABLE plans.support_item DROP COLUMN delivery_mechanism, DROP COLUMN service_component, DROP COLUMN service_type, DROP COLUMN frequency');
  }
}
