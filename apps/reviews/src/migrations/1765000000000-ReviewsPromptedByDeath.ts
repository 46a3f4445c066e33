import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * R14: the person whose recorded death prompted an unplanned review (a carer's, or the other person of a joint
 * plan), so that the review is withdrawn when that date of death is removed as recorded in error.
 */
export class ReviewsPromptedByDeath1765000000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE reviews.review ADD COLUMN prompted_by_death_of uuid`);
    await q.query(`CREATE INDEX review_prompted_by_death ON reviews.review (authority_code, prompted_by_death_of) WHERE prompted_by_death_of IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX reviews.review_prompted_by_death');
    await q.query('ALTER TABLE reviews.review DROP COLUMN prompted_by_death_of');
  }
}
