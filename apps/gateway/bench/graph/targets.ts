import { Role } from '@careplan/domain';
import { tokenFor, type TestDatabase } from '@careplan/testing';
import type { Target } from './scenarios';

/**
 * Up to `count` seeded people in random order, so load spreads over many people, councils and
 * caseloads rather than one hot row; each with a token of the practitioner they are allocated to.
 */
export async function loadTargets(db: TestDatabase, count: number): Promise<Target[]> {
  const rows = await db.asAdmin<{ person_id: string; plan_id: string; authority_code: string; user_id: string }>(
    `SELECT p.id AS person_id, pl.id AS plan_id, p.authority_code, pr.user_id
     FROM people.person p
     JOIN people.practitioner pr ON pr.id = p.allocated_practitioner_id
     JOIN plans.care_and_support_plan pl ON pl.authority_code = p.authority_code AND pl.person_id = p.id
     ORDER BY random() LIMIT $1`,
    [count],
  );
  const tokens = new Map<string, Promise<string>>();
  const token = (authority: string, userId: string) => {
    const key = `${authority}/${userId}`;
    if (!tokens.has(key)) tokens.set(key, tokenFor({ authority, userId, roles: [Role.PRACTITIONER] }, { ttlSeconds: 4 * 3600 }));
    return tokens.get(key)!;
  };
  return Promise.all(
    rows.map(async (r) => ({ personId: r.person_id, planId: r.plan_id, authority: r.authority_code, token: await token(r.authority_code, r.user_id) })),
  );
}
