import type { EntityManager } from 'typeorm';

/**
 * What a row of `analytics.counted_record` counts: each of `careStatistics`' counts, and two more the
 * measures need (a final budget while its plan is in force, a review from its due date until done).
 */
export type CountedKind =
  | 'peopleWithLongTermSupport'
  | 'peopleWithDirectPayments'
  | 'assessmentsRequested'
  | 'assessmentsCompleted'
  | 'plansAgreed'
  | 'reviewsCompleted'
  | 'arrivalsFromOtherCouncils'
  | 'budgetInForce'
  | 'reviewDue';

/** Kinds that run from `starts_on` to `ends_on` (open while null); the others happen on one day (`starts_on` = `ends_on`). */
export const SPAN_KINDS: readonly CountedKind[] = ['peopleWithLongTermSupport', 'peopleWithDirectPayments', 'budgetInForce', 'reviewDue'];

/*
 * Every counted thing of the council's records, one row each, with the groups only it has and its
 * `value` (days taken, weekly pence). Long-term support is one row per support item of the plan (one
 * row if it has none), so a person counts under each service type they receive; counts of people are
 * DISTINCT, so they count once otherwise. A revision agreed counts as a plan agreed, but with no days
 * taken: it answers no new request. $1 council, and $2 the one person when refreshing one.
 */
const units = (onePerson: boolean) => {
  const mine = (alias: string) => (onePerson ? `AND ${alias}.pseudonym = $2` : '');
  return `
  SELECT 'peopleWithLongTermSupport' AS counts, pl.pseudonym, coalesce(si.item->>'ref', pl.ref || '-' || coalesce(si.n, 0)) AS ref, pl.agreed_on AS starts_on, coalesce(pl.closed_on, pl.revised_on) AS ends_on,
         NULL::bigint AS value, si.item->>'serviceType' AS service_type, si.item->>'deliveryMechanism' AS delivery_mechanism, NULL AS eligibility, NULL AS review_outcome
    FROM analytics.plan pl LEFT JOIN LATERAL jsonb_array_elements(pl.support_items) WITH ORDINALITY AS si(item, n) ON true
   WHERE pl.authority_code = $1 ${mine('pl')} AND pl.agreed_on IS NOT NULL
  UNION ALL
  SELECT 'peopleWithDirectPayments', d.pseudonym, d.ref, d.started_on, d.ended_on, NULL, NULL, 'DIRECT_PAYMENT', NULL, NULL
    FROM analytics.direct_payment d WHERE d.authority_code = $1 ${mine('d')}
  UNION ALL
  SELECT 'assessmentsRequested', a.pseudonym, a.ref, a.requested_on, a.requested_on, NULL, NULL, NULL, NULL, NULL
    FROM analytics.assessment a WHERE a.authority_code = $1 ${mine('a')}
  UNION ALL
  SELECT 'assessmentsCompleted', a.pseudonym, a.ref, a.completed_on, a.completed_on, a.completed_on - a.requested_on, NULL, NULL,
         CASE WHEN a.eligible THEN 'ELIGIBLE' WHEN NOT a.eligible THEN 'NOT_ELIGIBLE' END, NULL
    FROM analytics.assessment a WHERE a.authority_code = $1 ${mine('a')} AND a.status = 'COMPLETED' AND a.completed_on IS NOT NULL
  UNION ALL
  SELECT 'plansAgreed', pl.pseudonym, pl.ref, pl.agreed_on, pl.agreed_on, CASE WHEN NOT pl.revises THEN pl.agreed_on - a.requested_on END, NULL, NULL, NULL, NULL
    FROM analytics.plan pl LEFT JOIN analytics.assessment a ON a.authority_code = pl.authority_code AND a.ref = pl.assessment_ref
   WHERE pl.authority_code = $1 ${mine('pl')} AND pl.agreed_on IS NOT NULL
  UNION ALL
  SELECT 'reviewsCompleted', r.pseudonym, r.ref, r.completed_on, r.completed_on, NULL, NULL, NULL, NULL, r.outcome
    FROM analytics.review r WHERE r.authority_code = $1 ${mine('r')} AND r.state = 'COMPLETED' AND r.completed_on IS NOT NULL
  UNION ALL
  SELECT 'arrivalsFromOtherCouncils', h.pseudonym, h.ref, h.arrived_on, h.arrived_on, NULL, NULL, NULL, NULL, NULL
    FROM analytics.handover h WHERE h.authority_code = $1 ${mine('h')} AND h.pseudonym IS NOT NULL AND h.direction = 'INCOMING' AND h.arrived_on IS NOT NULL
  UNION ALL
  SELECT 'budgetInForce', b.pseudonym, b.ref, greatest(b.finalised_on, pl.agreed_on), coalesce(pl.closed_on, pl.revised_on), b.weekly_pence, NULL, NULL, NULL, NULL
    FROM analytics.budget b JOIN analytics.plan pl ON pl.authority_code = b.authority_code AND pl.ref = b.plan_ref
   WHERE b.authority_code = $1 ${mine('b')} AND b.weekly_pence IS NOT NULL AND b.finalised_on IS NOT NULL AND pl.agreed_on IS NOT NULL
  UNION ALL
  SELECT 'reviewDue', r.pseudonym, r.ref, r.due_date, r.completed_on, NULL, NULL, NULL, NULL, NULL
    FROM analytics.review r WHERE r.authority_code = $1 ${mine('r')} AND r.state NOT IN ('CANCELLED', 'REFUSED')`;
};

/** The statement that (re)fills the counted records of a council, or of one person of it ($2) with `onePerson`. */
export function countedRecordsInsert(onePerson: boolean): string {
  return `INSERT INTO analytics.counted_record (authority_code, pseudonym, counts, ref, starts_on, ends_on, value, primary_support_reason, age_band, gender, ethnicity,
            team_id, postcode_district, service_type, delivery_mechanism, eligibility, review_outcome)
    SELECT $1, u.pseudonym, u.counts, u.ref, u.starts_on, u.ends_on, u.value, p.primary_support_reason, p.age_band, p.gender, p.ethnicity,
           p.team_id, p.postcode_district, u.service_type, u.delivery_mechanism, u.eligibility, u.review_outcome
      FROM (${units(onePerson)}) u
      LEFT JOIN analytics.person p ON p.authority_code = $1 AND p.pseudonym = u.pseudonym`;
}

/**
 * Replaces the counted records of one person (after an event about them) or of the whole council (after
 * a rebuild) with what the read model holds now. Concurrent events about one person are serialised by
 * the lock their upsert of `analytics.person` takes, so each refresh sees the one before it.
 */
export async function refreshCounted(m: EntityManager, authority: string, pseudonym?: string): Promise<void> {
  const params = pseudonym === undefined ? [authority] : [authority, pseudonym];
  await m.query(`DELETE FROM analytics.counted_record WHERE authority_code = $1 ${pseudonym === undefined ? '' : 'AND pseudonym = $2'}`, params);
  await m.query(countedRecordsInsert(pseudonym !== undefined), params);
}
