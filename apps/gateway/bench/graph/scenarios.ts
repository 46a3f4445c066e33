import type { SubgraphName } from '@careplan/runtime';

/** One seeded person to ask about, with their current plan and a token of the practitioner they are allocated to. */
export interface Target {
  personId: string;
  planId: string;
  authority: string;
  token: string;
}

export interface HttpRequest {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/** `hive`: the supergraph through @graphql-hive/gateway (hive-gateway.ts), when BENCH_HIVE asks for it. */
export type Service = 'floor' | 'gateway' | 'hive' | SubgraphName;

export interface Scenario {
  key: string;
  label: string;
  /** The process the request goes to. */
  service: Service;
  request(target: Target): HttpRequest;
  /** Why an answer is not the complete one the overview needs, or undefined when it is. */
  problem(body: any): string | undefined;
}

// The person overview, split by the subgraph that owns each part (apps/gateway/supergraph.graphql), so
// each subgraph can be asked for exactly its part. Small enough that a caseload page of 50 stays within
// the gateway's cost limit, as a real caseload screen must.
const PEOPLE_PART = `id givenName familyName preferredName dateOfBirth nhsNumber
  relationships { kind name relationshipToPerson current }
  advocacy { required reasons advocate { name } }
  communicationNeeds { formats language }`;
const ASSESSMENTS_PART = 'assessments { status completedOn eligibility { eligible eligibleNeeds } }';
const PLANS_PART = 'id status activatedOn supportItems { description }';
const BUDGETS_PART = 'personalBudget { status finalWeeklyAmount { display } weeklyCost { display } }';
const REVIEWS_PART = 'nextReview { dueDate status }';
const OVERVIEW = `fragment Overview on Person { ${PEOPLE_PART} ${ASSESSMENTS_PART} currentPlan { ${PLANS_PART} ${BUDGETS_PART} ${REVIEWS_PART} } }`;
/** What a complete overview has, as paths into one person. */
const COMPLETE = [
  'familyName',
  'relationships.0.kind',
  'advocacy.required',
  'communicationNeeds.formats',
  'assessments.0.eligibility.eligible',
  'currentPlan.supportItems.0.description',
  'currentPlan.personalBudget.weeklyCost.display',
  'currentPlan.nextReview.status',
];

/** Names the first of the paths with nothing at its end. */
function gap(value: unknown, paths: string[]): string | undefined {
  const path = paths.find((p) => p.split('.').reduce<any>((v, key) => v?.[key], value) == null);
  return path && `no ${path}`;
}

function graphql(query: string, variables: Record<string, unknown>, token: string): HttpRequest {
  return {
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  };
}

function graphScenario(
  key: string,
  label: string,
  service: Exclude<Service, 'floor'>,
  query: string,
  variables: (t: Target) => Record<string, unknown>,
  complete: string[],
): Scenario {
  return {
    key,
    label,
    service,
    request: (t) => graphql(query, variables(t), t.token),
    problem: (body) => (body?.errors ? `${body.errors[0].extensions?.code}: ${body.errors[0].message}` : gap(body?.data, complete)),
  };
}

/** A subgraph asked directly for its part of the overview, as the gateway asks it: `_entities` with a representation. */
function entities(service: SubgraphName, label: string, type: 'Person' | 'CareAndSupportPlan', fields: string, id: (t: Target) => string, complete: string[]): Scenario {
  const query = `query Part($representations: [_Any!]!) { _entities(representations: $representations) { ... on ${type} { ${fields} } } }`;
  const paths = complete.map((p) => `_entities.0.${p}`);
  return graphScenario(service, label, service, query, (t) => ({ representations: [{ __typename: type, id: id(t) }] }), paths);
}

const caseload = (first: number) =>
  graphScenario(
    `gateway-caseload-${first}`,
    `gateway: caseload of ${first}`,
    'gateway',
    `query Caseload($first: Int!) { myCaseload(first: $first) { edges { node { ...Overview } } pageInfo { hasNextPage endCursor } } } ${OVERVIEW}`,
    () => ({ first }),
    [`myCaseload.edges.${first - 1}.node.id`, ...COMPLETE.map((p) => `myCaseload.edges.0.node.${p}`)],
  );

export const FLOOR: Scenario = {
  key: 'floor',
  label: 'floor: overview SQL, node:http',
  service: 'floor',
  request: (t) => ({ method: 'GET', path: `/people/${t.personId}`, headers: { 'x-authority': t.authority } }),
  problem: (body) =>
    gap(body, ['family_name', 'relationships.0.kind', 'advocacy', 'assessments.0.eligible', 'currentPlan.support.0', 'currentPlan.personalBudget.weekly_cost_pence', 'currentPlan.nextReview.state']),
};

/** Every measured request, the floor first: the others are reported as ratios to it. */
export const SCENARIOS: Scenario[] = [
  FLOOR,
  graphScenario('people', 'people: person { id givenName }', 'people', 'query Name($id: ID!) { person(id: $id) { id givenName } }', (t) => ({ id: t.personId }), ['person.givenName']),
  entities('assessments', 'assessments: Person.assessments', 'Person', ASSESSMENTS_PART, (t) => t.personId, ['assessments.0.eligibility.eligible']),
  entities('plans', 'plans: Person.currentPlan', 'Person', `currentPlan { ${PLANS_PART} }`, (t) => t.personId, ['currentPlan.supportItems.0.description']),
  entities('budgets', 'budgets: Plan.personalBudget', 'CareAndSupportPlan', BUDGETS_PART, (t) => t.planId, ['personalBudget.weeklyCost.display']),
  entities('reviews', 'reviews: Plan.nextReview', 'CareAndSupportPlan', REVIEWS_PART, (t) => t.planId, ['nextReview.status']),
  graphScenario('gateway-overview', 'gateway: person overview', 'gateway', `query PersonOverview($id: ID!) { person(id: $id) { ...Overview } } ${OVERVIEW}`, (t) => ({ id: t.personId }), COMPLETE.map((p) => `person.${p}`)),
  caseload(50),
];

/** Counted, not loaded: the same caseload page at 5 people, beside 50, shows whether statements grow with the page. */
export const CASELOAD_OF_5 = caseload(5);

/** BENCH_HIVE: these requests' gateway requests again, through @graphql-hive/gateway. */
export const throughHive = (scenarios: Scenario[]): Scenario[] =>
  scenarios
    .filter((s) => s.service === 'gateway')
    .map((s) => ({ ...s, key: s.key.replace('gateway', 'hive'), label: s.label.replace('gateway:', 'hive gateway:'), service: 'hive' }));
