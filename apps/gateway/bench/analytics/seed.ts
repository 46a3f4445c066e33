import { createHash } from 'node:crypto';
import { Client } from 'pg';
import { countedRecordsInsert } from '@careplan/analytics';
import { AccommodationStatus, Ethnicity, PrimarySupportReason } from '@careplan/domain';
import { pseudonymiser } from '@careplan/runtime';
import { withDatabase } from '@careplan/subgraph-kit';
import type { TestDatabase } from '@careplan/testing';
import { NHS_NUMBER } from '../graph/seed';

/** Rows sent to Postgres per statement while the pseudonyms made here are loaded. */
const CHUNK = 50_000;
/** An outward code's letters per council, in the order of the councils given. */
const AREAS = ['E', 'N', 'CF', 'B', 'TS', 'SA', 'M', 'LS'];
/** Primary support reasons, about as often as SALT reports them (one in two is personal care). */
const REASONS: Array<[PrimarySupportReason, number]> = [
  [PrimarySupportReason.PHYSICAL_PERSONAL_CARE, 0.5],
  [PrimarySupportReason.MEMORY_AND_COGNITION, 0.12],
  [PrimarySupportReason.LEARNING_DISABILITY, 0.12],
  [PrimarySupportReason.MENTAL_HEALTH, 0.1],
  [PrimarySupportReason.PHYSICAL_ACCESS_AND_MOBILITY, 0.07],
  [PrimarySupportReason.SENSORY_VISUAL, 0.02],
  [PrimarySupportReason.SENSORY_HEARING, 0.02],
  [PrimarySupportReason.SOCIAL_ISOLATION_OR_OTHER, 0.03],
  [PrimarySupportReason.SOCIAL_SUBSTANCE_MISUSE, 0.01],
  [PrimarySupportReason.SOCIAL_SUPPORT_TO_CARER, 0.01],
];
/** A plan's main service, by service type and component; further items are community extras. */
const MAIN_SERVICES: Array<[string, string, number]> = [
  ['LONG_TERM_COMMUNITY', 'HOME_CARE', 0.5],
  ['LONG_TERM_COMMUNITY', 'SUPPORTED_LIVING', 0.1],
  ['LONG_TERM_COMMUNITY', 'DAY_CARE', 0.06],
  ['LONG_TERM_COMMUNITY', 'SHARED_LIVES', 0.02],
  ['LONG_TERM_COMMUNITY', 'PERSONAL_ASSISTANT', 0.04],
  ['LONG_TERM_RESIDENTIAL', 'RESIDENTIAL_CARE', 0.12],
  ['LONG_TERM_NURSING', 'NURSING_CARE', 0.07],
  ['SHORT_TERM_REABLEMENT', 'HOME_CARE', 0.05],
  ['SHORT_TERM_OTHER', 'RESPITE', 0.02],
  ['CARER_SUPPORT', 'OTHER', 0.02],
];
const EXTRAS = ['DAY_CARE', 'TELECARE', 'MEALS', 'EQUIPMENT_AND_ADAPTATIONS'];
/** Each component's unit, price and units a week. */
const UNITS = `(VALUES ('HOME_CARE', 'HOUR', 2400, 12), ('SUPPORTED_LIVING', 'HOUR', 2200, 30), ('DAY_CARE', 'DAY', 6500, 2),
  ('SHARED_LIVES', 'WEEK', 60000, 1), ('PERSONAL_ASSISTANT', 'HOUR', 1600, 14), ('RESIDENTIAL_CARE', 'WEEK', 90000, 1),
  ('NURSING_CARE', 'WEEK', 115000, 1), ('RESPITE', 'NIGHT', 14000, 2), ('OTHER', 'ITEM', 5000, 1), ('TELECARE', 'WEEK', 600, 1),
  ('MEALS', 'ITEM', 650, 7), ('EQUIPMENT_AND_ADAPTATIONS', 'ITEM', 1500, 1)) AS u(component, unit_type, unit_cost, units)`;

/** SQL choosing from weighted values by a random number `r` in [0, 1): the last takes what is left. */
function weighted(r: string, values: Array<[string, number]>): string {
  let upTo = 0;
  const arms = values.slice(0, -1).map(([value, weight]) => `WHEN ${r} < ${(upTo += weight).toFixed(4)} THEN '${value}'`);
  return `CASE ${arms.join(' ')} ELSE '${values.at(-1)![0]}' END`;
}

/** A person's id as the people subgraph gives it: md5 of the number, as a uuid (what Postgres makes of md5(…)::uuid). */
function personId(i: number): string {
  const h = createHash('md5').update(`person:${i}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export interface SeededReadModel {
  people: number;
  rows: Record<string, number>;
}

/**
 * Seeds `people` people over the councils (person i in council i mod n) straight into the analytics read
 * model as the superuser, set-based, with their events over the last three years: nine in ten asked for
 * an assessment, most of those assessed and found eligible, a plan agreed for them with one to three
 * support items (a quarter by direct payment), a final budget costed from the items, planned reviews at
 * eight weeks and then yearly (most completed, some overdue), some unplanned reviews, a few arrivals
 * from other councils; and the counted records the aggregates read, made from those as the worker's
 * projection makes them. Pseudonyms are the analytics subgraph's own (the same key and HMAC), so people of
 * `withPeopleRecords` seeded in the people subgraph too are the same people to a CLD return.
 */
export async function seedReadModel(db: TestDatabase, codes: readonly string[], people: number, withPeopleRecords: string): Promise<SeededReadModel> {
  const client = new Client({ connectionString: withDatabase(db.adminUrl, db.name) });
  await client.connect();
  const sql = (text: string, params: unknown[] = []) => client.query(text, params);
  try {
    await sql(`SELECT setseed(0.14)`);
    await sql(`CREATE TEMP TABLE who (i int PRIMARY KEY, person_id uuid NOT NULL, pseudonym text NOT NULL)`);
    const pseudonyms = codes.map((code) => pseudonymiser(code));
    for (let from = 0; from < people; from += CHUNK) {
      const is = Array.from({ length: Math.min(CHUNK, people - from) }, (_, k) => from + k);
      const ids = is.map(personId);
      await sql(`INSERT INTO who SELECT * FROM unnest($1::int[], $2::uuid[], $3::text[])`, [is, ids, is.map((i, k) => pseudonyms[i % codes.length]('person', ids[k]))]);
    }

    // Who each person is and what happened to them, one row each; each level of subquery derives from the
    // one inside it (a volatile random() is drawn once per row in a subquery that is not flattened).
    await sql(
      `CREATE TEMP TABLE seed AS
       SELECT s.*, CASE WHEN s.agreed_on IS NOT NULL AND s.r_close < 0.2 AND s.agreed_on + 60 + floor(s.r_close2 * 700)::int <= current_date
                        THEN s.agreed_on + 60 + floor(s.r_close2 * 700)::int END AS closed_on
       FROM (
         SELECT s.*, CASE WHEN s.status = 'COMPLETED' AND s.eligible AND s.completed_on + 3 + floor(s.r_lag * 30)::int <= current_date
                          THEN s.completed_on + 3 + floor(s.r_lag * 30)::int END AS agreed_on
         FROM (
           SELECT s.*,
             CASE WHEN s.requested_on IS NULL THEN NULL WHEN s.r_status < 0.06 THEN 'WITHDRAWN'
                  WHEN s.requested_on + s.days > current_date THEN CASE WHEN current_date - s.requested_on > 3 THEN 'IN_PROGRESS' ELSE 'REQUESTED' END
                  ELSE 'COMPLETED' END AS status,
             CASE WHEN s.requested_on IS NOT NULL AND s.r_status >= 0.06 AND s.requested_on + s.days <= current_date THEN s.requested_on + s.days END AS completed_on,
             s.r_eligible < 0.8 AS eligible
           FROM (
             SELECT s.*,
               CASE WHEN s.r_age < 0.04 THEN 18 + floor(s.r_age2 * 7) WHEN s.r_age < 0.34 THEN 25 + floor(s.r_age2 * 40)
                    WHEN s.r_age < 0.5 THEN 65 + floor(s.r_age2 * 10) WHEN s.r_age < 0.75 THEN 75 + floor(s.r_age2 * 10)
                    ELSE 85 + floor(s.r_age2 * 15) END::int AS age,
               CASE WHEN s.r_request < 0.92 THEN current_date - floor(s.r_request / 0.92 * 1095)::int END AS requested_on,
               -- Seven in ten assessments within 28 days of the request.
               CASE WHEN s.r_days < 0.72 THEN 4 + floor(s.r_days2 * 25) ELSE 29 + floor(s.r_days2 * 60) END::int AS days,
               ${weighted('s.r_main', MAIN_SERVICES.map(([type, component, w]) => [`${type}/${component}`, w]))} AS main_service,
               CASE WHEN s.r_items < 0.55 THEN 1 WHEN s.r_items < 0.9 THEN 2 ELSE 3 END AS items,
               ${weighted('s.r_delivery', [['DIRECT_PAYMENT', 0.27], ['COUNCIL_MANAGED_PERSONAL_BUDGET', 0.25], ['COUNCIL_COMMISSIONED_SUPPORT_ONLY', 0.48]])} AS delivery
             FROM (
               SELECT w.i, w.person_id, w.pseudonym, ($1::text[])[1 + w.i % $2] AS code, w.i % $2 AS council,
                 random() AS r_age, random() AS r_age2, random() AS r_request, random() AS r_days, random() AS r_days2, random() AS r_status,
                 random() AS r_eligible, random() AS r_lag, random() AS r_close, random() AS r_close2, random() AS r_main, random() AS r_items,
                 random() AS r_delivery, random() AS r_gender, random() AS r_ethnicity, random() AS r_reason, random() AS r_area
               FROM who w
             ) s
           ) s
         ) s
       ) s`,
      [codes, codes.length],
    );

    await sql(
      `INSERT INTO analytics.person (authority_code, pseudonym, age_band, gender, ethnicity, postcode_district, primary_support_reason, team_id, client_type)
       SELECT code, pseudonym,
         CASE WHEN age < 25 THEN 'AGE_18_24' WHEN age < 65 THEN 'AGE_25_64' WHEN age < 75 THEN 'AGE_65_74' WHEN age < 85 THEN 'AGE_75_84' ELSE 'AGE_85_PLUS' END,
         ${weighted('r_gender', [['FEMALE', 0.58], ['MALE', 0.405], ['OTHER', 0.01], ['UNKNOWN', 0.005]])},
         CASE WHEN r_ethnicity < 0.78 THEN 'WHITE_BRITISH' ELSE ($1::text[])[1 + floor((r_ethnicity - 0.78) / 0.22 * cardinality($1::text[]))::int] END,
         ($2::text[])[1 + council % cardinality($2::text[])] || (1 + floor(r_area * 20)::int),
         ${weighted('r_reason', REASONS)},
         md5(code || ':team:' || (i / $3::int) % 8)::uuid,
         CASE WHEN main_service LIKE 'CARER_SUPPORT/%' THEN 'CARER' ELSE 'SERVICE_USER' END
       FROM seed`,
      [Object.values(Ethnicity).filter((e) => e !== Ethnicity.WHITE_BRITISH), AREAS, codes.length],
    );
    await sql(
      `INSERT INTO analytics.assessment (authority_code, ref, pseudonym, status, requested_on, completed_on, eligible, kind, method, event_outcome, started_on)
       SELECT code, md5('assessment:' || i), pseudonym, status, requested_on, completed_on, CASE WHEN status = 'COMPLETED' THEN eligible END,
         CASE WHEN main_service LIKE 'CARER_SUPPORT/%' THEN 'CARER' ELSE 'NEEDS' END,
         CASE WHEN status IN ('IN_PROGRESS', 'COMPLETED') THEN CASE WHEN i % 3 = 0 THEN 'PHONE_OR_VIDEO' ELSE 'FACE_TO_FACE' END END,
         CASE WHEN status = 'COMPLETED' THEN CASE WHEN eligible THEN 'PROGRESS_TO_CARE_AND_SUPPORT_PLANNING' WHEN i % 2 = 0 THEN 'NO_SERVICES_UNIVERSAL_OR_SIGNPOSTED' ELSE 'NO_SERVICES_NEEDS_MET_BY_CARER' END END,
         CASE WHEN status IN ('IN_PROGRESS', 'COMPLETED') THEN requested_on + 2 END
       FROM seed WHERE requested_on IS NOT NULL`,
    );
    // Residential and nursing care are commissioned whatever the person's budget is managed as.
    await sql(
      `INSERT INTO analytics.plan (authority_code, ref, pseudonym, assessment_ref, status, agreed_on, closed_on, closure_reason, support_items)
       SELECT code, md5('plan:' || i), pseudonym, md5('assessment:' || i), CASE WHEN closed_on IS NULL THEN 'ACTIVE' ELSE 'CLOSED' END, agreed_on, closed_on,
         CASE WHEN closed_on IS NULL THEN NULL WHEN i % 3 = 0 THEN 'DIED' ELSE 'AFTER_REVIEW' END,
         (SELECT jsonb_agg(jsonb_build_object('ref', md5('support:' || s.i || ':' || k), 'serviceType', item.type, 'serviceComponent', item.component,
                   'deliveryMechanism', CASE WHEN item.type IN ('LONG_TERM_RESIDENTIAL', 'LONG_TERM_NURSING') THEN 'COUNCIL_COMMISSIONED_SUPPORT_ONLY' ELSE s.delivery END,
                   'unitCostPence', u.unit_cost, 'unitType', u.unit_type, 'plannedUnitsPerWeek', u.units) ORDER BY k)
            FROM generate_series(1, s.items) AS k
            CROSS JOIN LATERAL (SELECT CASE WHEN k = 1 THEN split_part(s.main_service, '/', 1) ELSE 'LONG_TERM_COMMUNITY' END AS type,
                                       CASE WHEN k = 1 THEN split_part(s.main_service, '/', 2) ELSE ($1::text[])[1 + (s.i + k) % cardinality($1::text[])] END AS component) AS item
            JOIN ${UNITS} ON u.component = item.component)
       FROM seed s WHERE agreed_on IS NOT NULL`,
      [EXTRAS],
    );
    await sql(
      `INSERT INTO analytics.budget (authority_code, ref, pseudonym, plan_ref, weekly_pence, finalised_on)
       SELECT pl.authority_code, md5('budget:' || pl.ref), pl.pseudonym, pl.ref,
         (SELECT sum((x->>'unitCostPence')::bigint * (x->>'plannedUnitsPerWeek')::bigint) FROM jsonb_array_elements(pl.support_items) x), pl.agreed_on - 2
       FROM analytics.plan pl`,
    );
    await sql(
      `INSERT INTO analytics.direct_payment (authority_code, ref, pseudonym, status, started_on, ended_on)
       SELECT code, md5('direct-payment:' || i), pseudonym, CASE WHEN closed_on IS NULL THEN 'ACTIVE' ELSE 'ENDED' END, agreed_on + 7, closed_on
       FROM seed WHERE agreed_on IS NOT NULL AND delivery = 'DIRECT_PAYMENT' AND main_service LIKE 'LONG_TERM_COMMUNITY/%'`,
    );
    // Planned reviews: the first eight weeks after the plan is agreed, then yearly, each scheduled once the
    // one before was due and while the plan ran; one plan in ten also had an unplanned review (k = 0).
    await sql(
      `INSERT INTO analytics.review (authority_code, ref, pseudonym, plan_ref, kind, state, due_date, completed_on, outcome, trigger, started_on)
       SELECT code, md5('review:' || i || ':' || k), pseudonym, md5('plan:' || i), kind, state, due, done, CASE WHEN state = 'COMPLETED' THEN outcome END,
         CASE WHEN kind = 'UNPLANNED' THEN trigger END, CASE WHEN state IN ('IN_PROGRESS', 'COMPLETED') THEN least(due, done) - 5 END
       FROM (
         SELECT r.*, CASE WHEN r.state = 'COMPLETED' THEN least(current_date, r.due + floor(r.r_done * 60)::int - 20) END AS done
         FROM (
           SELECT r.*, CASE WHEN r.kind = 'UNPLANNED' THEN 'COMPLETED' WHEN r.due > current_date THEN 'OPEN' WHEN r.r_state < 0.86 THEN 'COMPLETED'
                            WHEN r.r_state < 0.93 THEN 'OPEN' WHEN r.r_state < 0.97 THEN 'IN_PROGRESS' ELSE 'CANCELLED' END AS state
           FROM (
             SELECT s.i, s.code, s.pseudonym, k, CASE WHEN k = 0 THEN 'UNPLANNED' ELSE 'PLANNED' END AS kind,
               CASE WHEN k = 0 THEN s.agreed_on + 30 + floor(random() * 500)::int WHEN k = 1 THEN s.agreed_on + 56 ELSE s.agreed_on + 365 * (k - 1) END AS due,
               CASE WHEN k <= 1 THEN s.agreed_on WHEN k = 2 THEN s.agreed_on + 56 ELSE s.agreed_on + 365 * (k - 2) END AS scheduled_after,
               s.closed_on, random() AS r_state, random() AS r_done,
               ${weighted('random()', [['NO_CHANGE', 0.55], ['CONFIRM', 0.15], ['REVISE', 0.25], ['CLOSE', 0.05]])} AS outcome,
               ${weighted('random()', [['HOSPITAL_ADMISSION', 0.35], ['CARER_CHANGE', 0.2], ['CHANGE_IN_NEED_REPORTED', 0.3], ['SAFEGUARDING_CONCERN', 0.05], ['OTHER', 0.1]])} AS trigger
             FROM seed s CROSS JOIN generate_series(0, 4) AS k
             WHERE s.agreed_on IS NOT NULL AND (k > 0 OR s.i % 10 = 0)
           ) r
           WHERE r.scheduled_after <= current_date AND (r.closed_on IS NULL OR r.due <= r.closed_on) AND (r.kind = 'PLANNED' OR r.due <= current_date)
         ) r
       ) r`,
    );
    await sql(
      `INSERT INTO analytics.handover (authority_code, ref, pseudonym, direction, status, move_date, arrived_on)
       SELECT code, md5('handover:' || i), pseudonym, 'INCOMING', 'ARRIVED', requested_on - 10, requested_on - 10 FROM seed WHERE requested_on IS NOT NULL AND i % 100 = 7`,
    );
    // The counted records the aggregates read, made as a rebuild makes them (the worker's statement per person, here per council).
    for (const code of codes) await sql(countedRecordsInsert(false), [code]);

    // The exported council's people, as the people subgraph keeps them: the identifiers a CLD return needs.
    await sql(
      `INSERT INTO people.person (id, authority_code, created_at, updated_at, given_name, family_name, date_of_birth, nhs_number, gender, ethnicity, postcode,
         accommodation_status, primary_support_reason, client_type)
       SELECT s.person_id, s.code, now() - (s.i || ' seconds')::interval, now(), 'Bench', 'Person ' || s.i, current_date - s.age * 365 - s.i % 360,
         ${NHS_NUMBER.column}, p.gender, p.ethnicity, p.postcode_district || ' ' || (s.i % 9 + 1) || 'AB', $2, p.primary_support_reason, p.client_type
       FROM seed s JOIN analytics.person p ON p.authority_code = s.code AND p.pseudonym = s.pseudonym ${NHS_NUMBER.joins('s.i')}
       WHERE s.code = $1`,
      [withPeopleRecords, AccommodationStatus.OWNER_OCCUPIER],
    );
    // As autovacuum would after so many inserts: statistics, and the visibility map index-only scans rely on.
    await sql('VACUUM ANALYZE');
    const rows: Record<string, number> = {};
    for (const table of ['analytics.person', 'analytics.assessment', 'analytics.plan', 'analytics.budget', 'analytics.direct_payment', 'analytics.review', 'analytics.handover', 'analytics.counted_record', 'people.person']) {
      rows[table] = Number((await sql(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);
    }
    return { people, rows };
  } finally {
    await client.end();
  }
}
