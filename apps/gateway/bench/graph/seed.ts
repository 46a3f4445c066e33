import { Client } from 'pg';
import {
  AccommodationStatus,
  AgreementParty,
  ApprovalRoute,
  AssessmentEventOutcome,
  AssessmentKind,
  AssessmentMethod,
  AssessmentStatus,
  BudgetStatus,
  ClientType,
  Ethnicity,
  Gender,
  IndicativeMethod,
  InformationFormat,
  InvolvementDifficulty,
  Nation,
  PlanKind,
  PlanStatus,
  PrimarySupportReason,
  RelationshipKind,
  ReviewKind,
  ReviewState,
  Role,
} from '@careplan/domain';
import type { AuthorityRecord } from '@careplan/people';
import { withDatabase } from '@careplan/subgraph-kit';
import type { TestDatabase } from '@careplan/testing';
import { CASEWORK, type Casework } from './casework';

/** People allocated to each practitioner (or a few more): a full caseload page of 50 and then some. */
export const CASELOAD = 60;
/** Teams per council, the practitioners shared out between them. */
const TEAMS = 4;

const GIVEN = ['Margaret', 'Daniel', 'Priya', 'Gwen', 'Rhys', 'Siân', 'Amara', 'Tomasz', 'Fatima', 'George', 'Ewa', 'Kwame', 'Lucia', 'Huw', 'Aisha', 'Brian', 'Nia', 'Mohammed', 'Joan', 'Dylan'];
const FAMILY = ['Okafor', 'Reyes', 'Shah', 'Morgan', 'Pritchard', 'Evans', 'Osei', 'Nowak', 'Begum', 'Smith', 'Kowalska', 'Mensah', 'Jones', 'Williams', 'Hussain', 'Taylor', 'Davies', 'Ali', 'Brown', 'Thomas'];
const KIN = ['daughter', 'son', 'wife', 'husband', 'neighbour', 'niece'];
const POSTCODES = ['E8 3PH', 'N16 7AA', 'CF5 1QE', 'CF24 3AA', 'B12 9QH', 'TS24 7BT', 'SA1 3SN'];
const FINAL_WEEKLY_PENCE = JSON.stringify({ [Nation.ENGLAND]: CASEWORK.ENGLAND.finalWeeklyPence, [Nation.WALES]: CASEWORK.WALES.finalWeeklyPence });

/**
 * A seeded person's NHS number as SQL: in the 999 range (never issued) with a valid mod-11 check digit; a
 * number whose check digit would be 10 does not exist, so about one person in eleven has none recorded.
 * `joins(i)` goes after the FROM that has the person's number `i`; `column` is the number.
 */
export const NHS_NUMBER = {
  column: 'CASE WHEN nhs.check_digit < 10 THEN nhs.base || nhs.check_digit END',
  joins: (i: string) => `
       CROSS JOIN LATERAL (SELECT (999000000 + ${i})::text AS base) AS n
       CROSS JOIN LATERAL (SELECT n.base, (11 - (SELECT sum(substr(n.base, d, 1)::int * (11 - d)) FROM generate_series(1, 9) AS d) % 11) % 11 AS check_digit) AS nhs`,
};

/** `($n::text[])[…]`: the list parameter's element for row i, cycling. */
const cycle = (param: number, index = 's.i') => `($${param}::text[])[1 + (${index}) % cardinality($${param}::text[])]`;

/**
 * Seeds `people` people straight into the database as the superuser (past row-level security), spread
 * over the councils, each allocated to a practitioner (CASELOAD each, or a few more) in a team; each
 * with a carer, every third with an independent advocate too, advocacy facts, communication needs, a
 * completed assessment with needs and an eligibility determination, an active plan with outcomes and
 * support, its final personal budget with cost lines and an open planned review. Ids are md5 of the
 * row's kind and number, so every statement finds the rows of the others without reading them back.
 */
export async function seedPeople(db: TestDatabase, people: number, authorities: AuthorityRecord[]): Promise<{ people: number; practitioners: number }> {
  const perCouncil = Math.floor(people / authorities.length);
  if (perCouncil < CASELOAD) throw new Error(`seed at least ${CASELOAD * authorities.length} people: one full caseload per council`);
  const practitioners = Math.floor(perCouncil / CASELOAD);
  const client = new Client({ connectionString: withDatabase(db.adminUrl, db.name) });
  await client.connect();
  const sql = (text: string, params: unknown[] = []) => client.query(text, params);
  /** One row of `table` per seeded person of the nation and template row; `own` gives the person's own columns as SQL. */
  const perPerson = async (table: string, nation: Nation, template: object[], own: Record<string, string>, columns: string[]) => {
    await sql(
      `INSERT INTO ${table} (${[...Object.keys(own), ...columns].join(', ')})
       SELECT ${[...Object.values(own), ...columns.map((c) => `t.${c}`)].join(', ')}
       FROM seed s CROSS JOIN jsonb_populate_recordset(NULL::${table}, $1) WITH ORDINALITY AS t
       WHERE s.nation = $2`,
      [JSON.stringify(template), nation],
    );
  };
  try {
    // Who is where: the person's council, nation, practitioner and team, and the ids of their records.
    await sql(
      `CREATE TEMP TABLE seed AS
       SELECT i, au.code, au.nation, k, 'bench-practitioner-' || k AS user_id,
         md5('person:' || i)::uuid AS person_id,
         md5('practitioner:' || au.code || ':' || k)::uuid AS practitioner_id,
         md5('team:' || au.code || ':' || k % ${TEAMS})::uuid AS team_id,
         md5('assessment:' || i)::uuid AS assessment_id,
         md5('plan:' || i)::uuid AS plan_id,
         md5('budget:' || i)::uuid AS budget_id
       FROM generate_series(0, $2::int * $3::int - 1) AS i
       CROSS JOIN LATERAL (SELECT ($1::text[])[1 + i % $3::int] AS code, (i / $3::int) % $4::int AS k) AS home
       JOIN people.authority au ON au.code = home.code`,
      [authorities.map((a) => a.code), perCouncil, authorities.length, practitioners],
    );

    await sql(`INSERT INTO people.team (id, authority_code, name) SELECT DISTINCT team_id, code, 'Adults team ' || (k % ${TEAMS} + 1) FROM seed`);
    await sql(
      `INSERT INTO people.practitioner (id, authority_code, user_id, given_name, family_name, team_id, roles, approval_limit_pence, email)
       SELECT DISTINCT ON (practitioner_id) practitioner_id, code, user_id, ${cycle(1, 's.k')}, ${cycle(2, 's.k + 3')}, team_id,
         ARRAY[$3::text], 2500000, user_id || '@council.example'
       FROM seed s`,
      [GIVEN, FAMILY, Role.PRACTITIONER],
    );
    await sql(
      `INSERT INTO people.person (id, authority_code, created_at, updated_at, given_name, family_name, preferred_name, date_of_birth,
         nhs_number, gender, ethnicity, postcode, accommodation_status, primary_support_reason, client_type, allocated_practitioner_id, team_id)
       SELECT person_id, code, now() - (s.i || ' minutes')::interval, now(), ${cycle(1)}, ${cycle(2, 's.i / 20')},
         CASE WHEN s.i % 3 = 0 THEN ${cycle(1)} END, date '1926-01-01' + (s.i * 7919) % 29000,
         ${NHS_NUMBER.column},
         ${cycle(3)}, ${cycle(4)}, ${cycle(5)}, ${cycle(6)}, ${cycle(7)}, $8, practitioner_id, team_id
       FROM seed s ${NHS_NUMBER.joins('s.i')}`,
      [GIVEN, FAMILY, Object.values(Gender), Object.values(Ethnicity), POSTCODES, Object.values(AccommodationStatus), Object.values(PrimarySupportReason), ClientType.SERVICE_USER],
    );

    await sql(
      `INSERT INTO people.relationship (authority_code, person_id, kind, name, relationship_to_person, paid, willing_and_able, willing_and_able_recorded_on, contact)
       SELECT code, person_id, $1, ${cycle(2, 's.i + 7')} || ' ' || ${cycle(3, 's.i / 20')}, ${cycle(4)}, false, true, current_date - s.i % 300, 'by phone, evenings'
       FROM seed s`,
      [RelationshipKind.UNPAID_CARER, GIVEN, FAMILY, KIN],
    );
    await sql(
      `INSERT INTO people.relationship (authority_code, person_id, kind, name, organisation, paid, started_on)
       SELECT code, person_id, $1, ${cycle(2, 's.i + 11')} || ' ' || ${cycle(3, 's.i + 5')}, 'POhWER', true, current_date - 30 - s.i % 300
       FROM seed s WHERE s.i % 3 = 0`,
      [RelationshipKind.INDEPENDENT_ADVOCATE, GIVEN, FAMILY],
    );
    // Everyone with an advocate has substantial difficulty being involved.
    await sql(
      `INSERT INTO people.advocacy_facts (authority_code, person_id, difficulties, likely_hospital_stay_28_days, likely_care_home_stay_8_weeks, disagreement_advocate_would_help, recorded_by)
       SELECT code, person_id, CASE WHEN s.i % 3 = 0 THEN $1::text[] ELSE '{}' END, false, s.i % 6 = 0, false, user_id FROM seed s`,
      [[InvolvementDifficulty.UNDERSTANDING, InvolvementDifficulty.RETAINING]],
    );
    await sql(
      `INSERT INTO people.communication_needs (authority_code, person_id, formats, interpreter_required, language, post_only, review_on)
       SELECT code, person_id, CASE WHEN s.i % 4 = 3 THEN '{}' ELSE ARRAY[${cycle(1)}] END, s.i % 10 = 0,
         CASE WHEN s.i % 10 = 0 THEN ${cycle(2, 's.i / 10')} END, s.i % 2 = 0, current_date + 180 + s.i % 180
       FROM seed s`,
      [Object.values(InformationFormat), ['Polish', 'Bengali', 'Welsh', 'Somali']],
    );

    await sql(
      `INSERT INTO assessments.needs_assessment (id, authority_code, person_id, kind, status, requested_on, started_on, completed_on,
         assessor_practitioner_id, method, event_outcome)
       SELECT assessment_id, code, person_id, $1, $2, current_date - 200 - s.i % 300, current_date - 190 - s.i % 300,
         current_date - 170 - s.i % 300, practitioner_id, $3, $4
       FROM seed s`,
      [AssessmentKind.NEEDS, AssessmentStatus.COMPLETED, AssessmentMethod.FACE_TO_FACE, AssessmentEventOutcome.PROGRESS_TO_CARE_AND_SUPPORT_PLANNING],
    );
    await sql(
      `INSERT INTO plans.care_and_support_plan (id, authority_code, person_id, assessment_id, kind, status, strengths_and_assets,
         advice_and_information, contingency_plan, named_coordinator, review_arrangements, actions_by_others, progress_monitoring,
         proposed_on, consideration_ends, submitted_on, annual_cost_pence, approval_route, approved_by, approved_on, agreed_on, agreed_by,
         activated_on, responsible_user_id)
       SELECT plan_id, code, person_id, assessment_id, $1, $2, 'A close family and a neighbour who looks in most days.',
         'Age UK information on benefits; the falls prevention service.', 'If home care does not arrive, the provider''s on-call line, then the duty team.',
         user_id, 'Reviewed within a year, or sooner if needs change.',
         CASE WHEN nation = $4 THEN 'The council arranges home care; the community centre runs the lunch club.' END,
         CASE WHEN nation = $4 THEN 'The provider records each visit; the practitioner checks monthly.' END,
         current_date - 160 - s.i % 300, current_date - 146 - s.i % 300, current_date - 158 - s.i % 300,
         ($3::jsonb ->> nation)::int * 52, $5, user_id, current_date - 155 - s.i % 300, current_date - 150 - s.i % 300, $6,
         current_date - 150 - s.i % 300, user_id
       FROM seed s`,
      [PlanKind.CARE_AND_SUPPORT, PlanStatus.ACTIVE, FINAL_WEEKLY_PENCE, Nation.WALES, ApprovalRoute.APPROVER, AgreementParty.PERSON],
    );
    await sql(
      `INSERT INTO budgets.personal_budget (id, authority_code, person_id, plan_id, status, indicative_weekly_pence, final_weekly_pence,
         explanation, finalised_on, finalised_by, council_managed_pence, indicative_method, indicative_explanation)
       SELECT budget_id, code, person_id, plan_id, $1, ($2::jsonb ->> nation)::int - 500 + s.i % 1000, ($2::jsonb ->> nation)::int,
         'The cost of the support in the plan, at the council''s usual rates.', current_date - 152 - s.i % 300, user_id,
         ($2::jsonb ->> nation)::int, $3, 'Worked out by the council''s resource allocation system from the needs in the assessment.'
       FROM seed s`,
      [BudgetStatus.FINAL, FINAL_WEEKLY_PENCE, IndicativeMethod.RESOURCE_ALLOCATION_SYSTEM],
    );
    for (const [nation, work] of Object.entries(CASEWORK) as Array<[Nation, Casework]>) {
      const outcome = `md5('outcome:' || s.i || ':' || t.ordinality)::uuid`;
      const item = `md5('support:' || s.i || ':' || t.ordinality)::uuid`;
      await perPerson('assessments.need', nation, work.needs, { authority_code: 's.code', assessment_id: 's.assessment_id' }, Object.keys(work.needs[0]));
      await perPerson('assessments.eligibility_determination', nation, [work.eligibility], { authority_code: 's.code', assessment_id: 's.assessment_id', decided_by: 's.user_id' }, Object.keys(work.eligibility));
      await perPerson('plans.plan_outcome', nation, work.outcomes, { id: outcome, authority_code: 's.code', plan_id: 's.plan_id' }, ['in_own_words']);
      await perPerson('plans.support_item', nation, work.support, { id: item, authority_code: 's.code', plan_id: 's.plan_id', outcome_ids: `ARRAY[${outcome}]` }, [
        'need', 'kind', 'description', 'provider', 'schedule', 'planned_units_per_week', 'frequency', 'service_type', 'service_component', 'delivery_mechanism',
      ]);
      await perPerson('budgets.cost_line', nation, work.support, { authority_code: 's.code', budget_id: 's.budget_id', support_item_id: item }, [
        'unit_cost_pence', 'unit_type', 'planned_hundredths_per_week', 'weekly_cost_pence', 'funding_basis',
      ]);
    }
    // Due over the coming year, so some are due soon and the statuses vary as they do in a council.
    await sql(
      `INSERT INTO reviews.review (authority_code, person_id, plan_id, kind, due_date, state)
       SELECT code, person_id, plan_id, $1, current_date + 1 + s.i % 365, $2 FROM seed s`,
      [ReviewKind.PLANNED, ReviewState.OPEN],
    );
    await sql('ANALYZE');
    return { people: perCouncil * authorities.length, practitioners: practitioners * authorities.length };
  } finally {
    await client.end();
  }
}
