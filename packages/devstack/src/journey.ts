/** Sends one GraphQL operation with a fixed token and returns its data, throwing on any error. */
export type GraphCall = <T = any>(query: string, variables: Record<string, unknown>) => Promise<T>;

export interface JourneySpec {
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  nhsNumber?: string | null;
  indicativeWeeklyPence: number;
  /** How the indicative amount was worked out, for the person (R11). */
  indicativeExplanation: string;
  /** YYYY-MM-DD of the first review. */
  reviewDue: string;
}

const ASSESSMENT = 'id status';
const PLAN = 'id status';
const BUDGET = 'id indicativeWeeklyAmount { pence display }';
const REVIEW = 'id status dueDate';

export interface Journey {
  person: { id: string };
  assessment: { id: string; status: string };
  plan: { id: string; status: string };
  budget: { id: string; indicativeWeeklyAmount: { pence: number; display: string } };
  review: { id: string; status: string; dueDate: string };
}

interface ExistingPerson {
  id: string;
  assessments: Journey['assessment'][];
  plans: Array<Journey['plan'] & { personalBudget: Journey['budget'] | null; reviews: Journey['review'][] }>;
}

async function findByNhsNumber(call: GraphCall, nhsNumber: string): Promise<ExistingPerson | undefined> {
  const { people } = await call<{ people: { edges: Array<{ node: ExistingPerson }> } }>(
    `query($nhs: String!) { people(first: 1, filter: { nhsNumber: $nhs }) { edges { node {
       id assessments { ${ASSESSMENT} } plans { ${PLAN} personalBudget { ${BUDGET} } reviews { ${REVIEW} } } } } } }`,
    { nhs: nhsNumber },
  );
  return people.edges[0]?.node;
}

/**
 * A person with an assessment, a plan drawn from it, a personal budget and a review, made through the
 * graph. With an NHS number it is idempotent: it finds what exists and creates only what is missing, so
 * an interrupted seed completes on the next run.
 */
export async function ensureJourney(call: GraphCall, spec: JourneySpec): Promise<Journey> {
  const existing = spec.nhsNumber ? await findByNhsNumber(call, spec.nhsNumber) : undefined;
  const person =
    existing ??
    (
      await call(`mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`, {
        input: { givenName: spec.givenName, familyName: spec.familyName, dateOfBirth: spec.dateOfBirth, nhsNumber: spec.nhsNumber ?? null },
      })
    ).createPerson;
  const assessment =
    existing?.assessments[0] ??
    (await call(`mutation($input: CreateAssessmentInput!) { createAssessment(input: $input) { ${ASSESSMENT} } }`, {
      input: { personId: person.id, kind: 'NEEDS' },
    })).createAssessment;
  const existingPlan = existing?.plans[0];
  const plan =
    existingPlan ??
    (await call(`mutation($input: CreatePlanInput!) { createPlan(input: $input) { ${PLAN} } }`, {
      input: { personId: person.id, assessmentId: assessment.id },
    })).createPlan;
  const budget =
    existingPlan?.personalBudget ??
    (await call(`mutation($input: CreatePersonalBudgetInput!) { createPersonalBudget(input: $input) { ${BUDGET} } }`, {
      input: { planId: plan.id, indicativeWeeklyPence: spec.indicativeWeeklyPence, indicativeExplanation: spec.indicativeExplanation },
    })).createPersonalBudget;
  const review =
    existingPlan?.reviews[0] ??
    (await call(`mutation($input: ScheduleReviewInput!) { scheduleReview(input: $input) { ${REVIEW} } }`, {
      input: { planId: plan.id, dueDate: spec.reviewDue },
    })).scheduleReview;
  return { person: { id: person.id }, assessment, plan: { id: plan.id, status: plan.status }, budget, review };
}
