import type { MigrationInterface, QueryRunner } from 'typeorm';
import { childTable } from '@careplan/subgraph-kit';

/** The assessment's lifecycle and involvement, its needs, the eligibility determinations and decision letters. */
export class NeedsAndEligibility1764100000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    const child = (table: string, columns: string) => childTable('assessments', table, { column: 'assessment_id', table: 'needs_assessment' }, columns);
    const statements = [
      `ALTER TABLE assessments.needs_assessment
        ADD COLUMN started_on date,
        ADD COLUMN completed_on date,
        ADD COLUMN withdrawn_on date,
        ADD COLUMN withdrawn_reason text,
        ADD COLUMN assessor_practitioner_id uuid,
        ADD COLUMN method text,
        ADD COLUMN involved jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN joint_person_id uuid,
        ADD COLUMN event_outcome text`,
      ...child(
        'need',
        `outcome text NOT NULL,
        unable_reasons text[] NOT NULL DEFAULT '{}',
        cannot_meet_alone boolean,
        only_with_council_help boolean,
        in_own_words text NOT NULL CHECK (length(in_own_words) BETWEEN 1 AND 4000),
        fluctuates boolean NOT NULL DEFAULT false,
        observed_over text,
        met_by_carer boolean NOT NULL DEFAULT false,
        met_by_other_service boolean NOT NULL DEFAULT false,
        other_service text`,
      ),
      ...child(
        'eligibility_determination',
        `framework text NOT NULL,
        inputs jsonb NOT NULL,
        eligible boolean NOT NULL,
        eligible_if_carer_stopped boolean NOT NULL,
        eligible_needs text[] NOT NULL,
        council_must_meet text[] NOT NULL,
        path jsonb NOT NULL,
        failed_condition text,
        rationale text NOT NULL,
        practitioner_note text,
        decided_by text NOT NULL`,
      ),
      ...child(
        'decision_letter',
        `kind text NOT NULL,
        format text,
        not_yet_available text[] NOT NULL DEFAULT '{}',
        reasons text NOT NULL,
        advice jsonb NOT NULL,
        copies_to text[] NOT NULL DEFAULT '{}',
        html text NOT NULL,
        issued_on date NOT NULL,
        issued_by text NOT NULL`,
      ),
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['decision_letter', 'eligibility_determination', 'need']) await q.query(`DROP TABLE assessments.${t}`);
    await q.query(`ALTER TABLE assessments.needs_assessment DROP COLUMN event_outcome, DROP COLUMN joint_person_id, DROP COLUMN involved,
      DROP COLUMN method, DROP COLUMN assessor_practitioner_id, DROP COLUMN withdrawn_reason, DROP COLUMN withdrawn_on,
      DROP COLUMN completed_on, DROP COLUMN started_on`);
  }
}
