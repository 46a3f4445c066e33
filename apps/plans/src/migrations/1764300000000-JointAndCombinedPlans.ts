import type { MigrationInterface, QueryRunner } from 'typeorm';

/** R7: a plan joint with a carer's, or combined with another organisation's plan under one lead. */
export class JointAndCombinedPlans1764300000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE plans.care_and_support_plan
      ADD COLUMN joint_person_id uuid,
      ADD COLUMN combined_with text,
      ADD COLUMN combined_reference text,
      ADD COLUMN lead_organisation text,
      ADD COLUMN lead_professional text,
      ADD COLUMN child_consent_basis text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE plans.care_and_support_plan DROP COLUMN child_consent_basis, DROP COLUMN lead_professional,
      DROP COLUMN lead_organisation, DROP COLUMN combined_reference, DROP COLUMN combined_with, DROP COLUMN joint_person_id`);
  }
}
