import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes the aggregates read from, measured with `npm run bench:analytics`: each counted record is found
 * by its council and day, and each index carries the columns counted and grouped by, so a council's
 * period is read from the index alone (an index-only scan) rather than from heap pages shared with every
 * other council's rows. A council's people are read the same way for their groups.
 */
export const STATISTICS_INDEXES: Array<[name: string, definition: string]> = [
  ['person_groups', `analytics.person (authority_code, pseudonym) INCLUDE (primary_support_reason, age_band, gender, ethnicity, team_id, postcode_district)`],
  ['assessment_requested', `analytics.assessment (authority_code, requested_on) INCLUDE (pseudonym, ref)`],
  ['assessment_completed', `analytics.assessment (authority_code, completed_on) INCLUDE (pseudonym, ref, eligible) WHERE status = 'COMPLETED'`],
  ['plan_agreed', `analytics.plan (authority_code, agreed_on) INCLUDE (closed_on, pseudonym, ref, assessment_ref)`],
  ['budget_of_plan', `analytics.budget (authority_code, plan_ref) INCLUDE (pseudonym, weekly_pence, finalised_on)`],
  ['direct_payment_started', `analytics.direct_payment (authority_code, started_on) INCLUDE (ended_on, pseudonym)`],
  ['review_completed', `analytics.review (authority_code, completed_on) INCLUDE (pseudonym, ref, outcome) WHERE state = 'COMPLETED'`],
  ['review_due', `analytics.review (authority_code, due_date) INCLUDE (state, completed_on)`],
];

export class StatisticsIndexes1767000000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    for (const [name, definition] of STATISTICS_INDEXES) await q.query(`CREATE INDEX ${name} ON ${definition}`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [name] of STATISTICS_INDEXES) await q.query(`DROP INDEX analytics.${name}`);
  }
}
