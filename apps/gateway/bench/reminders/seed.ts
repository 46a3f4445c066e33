import type { TestDatabase } from '@careplan/testing';

/**
 * One open planned review per active plan, due from 4 weeks ago to 12 months ahead, as a council's book
 * of reviews looks: about one in seven has reached a milestone on any day. Straight into Postgres.
 */
export async function seedReviews(db: TestDatabase, codes: readonly string[], plans: number): Promise<void> {
  await db.asAdmin(
    `INSERT INTO reviews.review (authority_code, person_id, plan_id, kind, due_date, state)
     SELECT ($1::text[])[1 + i % $2], gen_random_uuid(), gen_random_uuid(), 'PLANNED', current_date - 28 + (i % 393), 'OPEN'
     FROM generate_series(1, $3) AS i`,
    [codes, codes.length, plans],
  );
  await db.asAdmin('ANALYZE reviews.review');
}
