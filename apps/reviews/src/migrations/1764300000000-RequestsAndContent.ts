import type { MigrationInterface, QueryRunner } from 'typeorm';
import { childTable } from '@careplan/subgraph-kit';

/**
 * Why an unplanned review happens (R14); requests for a review and the decision on them (R15); how a
 * review is carried out, who took part and what it found (R16, R1); letters sent about a review (R15, R2b).
 */
export class RequestsAndContent1764300000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `ALTER TABLE reviews.review
        ADD COLUMN trigger text CHECK (trigger IN ('HOSPITAL_ADMISSION', 'CARER_CHANGE', 'SAFEGUARDING_CONCERN', 'PROVIDER_FAILURE', 'CHANGE_IN_NEED_REPORTED', 'OTHER')),
        ADD COLUMN details text,
        ADD COLUMN requested_by text CHECK (requested_by IN ('PERSON', 'CARER', 'ADVOCATE')),
        ADD COLUMN requester_name text,
        ADD COLUMN requested_on date,
        ADD COLUMN request_decision text CHECK (request_decision IN ('PENDING', 'ACCEPTED', 'REFUSED')),
        ADD COLUMN decided_on date,
        ADD COLUMN decided_by text,
        ADD COLUMN decision_reasons text,
        ADD COLUMN method text CHECK (method IN ('FACE_TO_FACE', 'PHONE', 'VIDEO', 'SUPPORTED_SELF_REVIEW')),
        ADD COLUMN started_on date,
        ADD COLUMN involved jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN content jsonb`,
      // One way round only, so rows written before these columns existed still pass.
      `ALTER TABLE reviews.review
        ADD CONSTRAINT review_trigger_unplanned CHECK (trigger IS NULL OR kind = 'UNPLANNED'),
        ADD CONSTRAINT review_request_requested CHECK (request_decision IS NULL OR (kind = 'REQUESTED' AND requested_by IS NOT NULL AND requested_on IS NOT NULL)),
        ADD CONSTRAINT review_refused_request CHECK (state <> 'REFUSED' OR request_decision = 'REFUSED')`,
      // R14: one open unplanned review per plan and trigger; also how a second report finds the first.
      `CREATE UNIQUE INDEX review_open_unplanned ON reviews.review (authority_code, plan_id, trigger)
        WHERE kind = 'UNPLANNED' AND state IN ('OPEN', 'IN_PROGRESS')`,
      ...childTable(
        'reviews',
        'review_letter',
        { column: 'review_id', table: 'review' },
        `kind text NOT NULL CHECK (kind IN ('REQUEST_REFUSED')),
        format text,
        not_yet_available text[] NOT NULL DEFAULT '{}',
        copies_to text[] NOT NULL DEFAULT '{}',
        html text NOT NULL,
        issued_on date NOT NULL,
        issued_by text NOT NULL`,
      ),
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE reviews.review_letter');
    await q.query('DROP INDEX reviews.review_open_unplanned');
    await q.query(`ALTER TABLE reviews.review
      DROP CONSTRAINT review_refused_request, DROP CONSTRAINT review_request_requested, DROP CONSTRAINT review_trigger_unplanned,
      DROP COLUMN content, DROP COLUMN involved, DROP COLUMN started_on, DROP COLUMN method, DROP COLUMN decision_reasons,
      DROP COLUMN decided_by, DROP COLUMN decided_on, DROP COLUMN request_decision, DROP COLUMN requested_on,
      DROP COLUMN requester_name, DROP COLUMN requested_by, DROP COLUMN details, DROP COLUMN trigger`);
  }
}
