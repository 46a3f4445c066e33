/**
 * The floor: the SQL a person overview needs, as a hand-written service would send it — one
 * transaction as careplan_app, the authority set first so row-level security applies, then seven
 * statements. Every graph figure is compared with this.
 */

export interface Queryable {
  query(text: string, values?: unknown[]): Promise<{ rows: any[] }>;
}

// Each statement also filters by authority, as the subgraphs do, so the same indexes serve both.
const PERSON = `SELECT p.id, p.given_name, p.family_name, p.preferred_name, p.date_of_birth, p.nhs_number, c.formats, c.language
  FROM people.person p LEFT JOIN people.communication_needs c ON c.authority_code = p.authority_code AND c.person_id = p.id
  WHERE p.authority_code = $1 AND p.id = $2`;
const RELATIONSHIPS = `SELECT kind, name, relationship_to_person FROM people.relationship
  WHERE authority_code = $1 AND person_id = $2 AND (ended_on IS NULL OR ended_on >= current_date) ORDER BY created_at`;
const ADVOCACY = `SELECT difficulties, likely_hospital_stay_28_days, likely_care_home_stay_8_weeks, disagreement_advocate_would_help
  FROM people.advocacy_facts WHERE authority_code = $1 AND person_id = $2 ORDER BY created_at DESC LIMIT 1`;
const ASSESSMENTS = `SELECT a.id, a.status, a.completed_on, e.eligible, e.eligible_needs FROM assessments.needs_assessment a
  LEFT JOIN LATERAL (SELECT eligible, eligible_needs FROM assessments.eligibility_determination d
    WHERE d.authority_code = a.authority_code AND d.assessment_id = a.id ORDER BY d.created_at DESC LIMIT 1) e ON true
  WHERE a.authority_code = $1 AND a.person_id = $2 ORDER BY a.created_at`;
const CURRENT_PLAN = `SELECT p.id, p.status, p.activated_on,
    (SELECT coalesce(json_agg(s.description ORDER BY s.created_at), '[]') FROM plans.support_item s
      WHERE s.authority_code = p.authority_code AND s.plan_id = p.id) AS support
  FROM plans.care_and_support_plan p
  WHERE p.authority_code = $1 AND p.person_id = $2 AND p.status NOT IN ('REVISED', 'CLOSED')
  ORDER BY p.status IN ('ACTIVE', 'UNDER_REVIEW') DESC, p.created_at DESC LIMIT 1`;
const BUDGET = `SELECT b.status, b.final_weekly_pence,
    (SELECT coalesce(sum(c.weekly_cost_pence), 0) FROM budgets.cost_line c WHERE c.authority_code = b.authority_code AND c.budget_id = b.id) AS weekly_cost_pence
  FROM budgets.personal_budget b WHERE b.authority_code = $1 AND b.plan_id = $2`;
const NEXT_REVIEW = `SELECT due_date, state FROM reviews.review
  WHERE authority_code = $1 AND plan_id = $2 AND state IN ('OPEN', 'IN_PROGRESS') ORDER BY due_date LIMIT 1`;

export async function readOverview(db: Queryable, authority: string, personId: string): Promise<Record<string, unknown> | null> {
  await db.query('BEGIN');
  try {
    await db.query(`SELECT set_config('app.authority', $1, true)`, [authority]);
    const args = [authority, personId];
    const [person] = (await db.query(PERSON, args)).rows;
    const relationships = (await db.query(RELATIONSHIPS, args)).rows;
    const [advocacy] = (await db.query(ADVOCACY, args)).rows;
    const assessments = (await db.query(ASSESSMENTS, args)).rows;
    const [plan] = (await db.query(CURRENT_PLAN, args)).rows;
    const [personalBudget] = plan ? (await db.query(BUDGET, [authority, plan.id])).rows : [];
    const [nextReview] = plan ? (await db.query(NEXT_REVIEW, [authority, plan.id])).rows : [];
    await db.query('COMMIT');
    if (!person) return null;
    return { ...person, relationships, advocacy: advocacy ?? null, assessments, currentPlan: plan ? { ...plan, personalBudget: personalBudget ?? null, nextReview: nextReview ?? null } : null };
  } catch (err) {
    await db.query('ROLLBACK');
    throw err;
  }
}
