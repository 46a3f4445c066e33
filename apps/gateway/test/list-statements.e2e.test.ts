import { readFileSync } from 'node:fs';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLObjectType,
} from 'graphql';
import { LocalDate, Role } from '@careplan/domain';
import { DEMO_AUTHORITIES } from '@careplan/people';
import { seedDemo } from '@careplan/devstack';
import { tokenFor, Frontend } from '@careplan/testing';
import { API_SCHEMA_FILE } from '../src/supergraph';
import { startStack, type Stack } from './support/stack';

const HACKNEY = DEMO_AUTHORITIES[0].code;
/** How deep the generated selections go below each root field. */
const DEPTH = 5;
/** Arguments a root list needs, where it needs some; filled in once the demo staff exist. */
const ROOT_ARGUMENTS: Record<string, string> = {
  reviewsDue: `from: "${LocalDate.today().plusDays(-400).toString()}", to: "${LocalDate.today().plusDays(400).toString()}"`,
  reminderDeliveries: 'state: PENDING',
};

const schema = buildSchema(readFileSync(API_SCHEMA_FILE, 'utf8'));

const takesRequired = (field: GraphQLField<unknown, unknown>) => field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined);

/**
 * Every field of a type a caller can ask for without arguments, lists and nested objects included, to a
 * depth, never going back to a type already on the way down (a plan's budget's plan).
 */
function selection(type: GraphQLObjectType, depth: number, above: ReadonlySet<string> = new Set()): string {
  const path = new Set([...above, type.name]);
  const fields = Object.values(type.getFields())
    .filter((f) => !takesRequired(f))
    .map((f) => {
      const named = getNamedType(f.type);
      if (isLeafType(named)) return f.name;
      if (!isObjectType(named) || depth === 0 || path.has(named.name)) return null;
      const inner = selection(named, depth - 1, path);
      return inner ? `${f.name} { ${inner} }` : null;
    })
    .filter(Boolean);
  return fields.join(' ');
}

/** The root fields that answer a list (or a page of one), each asked for with everything below it. */
function listQueries(): Array<[string, string]> {
  const query = schema.getQueryType()!;
  return Object.values(query.getFields())
    .filter((f) => {
      const type = getNullableType(f.type);
      return isListType(type) || getNamedType(type).name.endsWith('Connection') || f.name === 'reminderCandidates';
    })
    .filter((f) => !takesRequired(f) || ROOT_ARGUMENTS[f.name])
    .map((f) => {
      const args = [f.args.some((a) => a.name === 'first') ? 'first: 50' : '', ROOT_ARGUMENTS[f.name] ?? ''].filter(Boolean).join(', ');
      const named = getNamedType(f.type);
      const body = isObjectType(named) ? `{ ${selection(named, DEPTH)} }` : '';
      return [f.name, `{ ${f.name}${args ? `(${args})` : ''} ${body} }`];
    });
}

let stack: Stack;
let token: string;
const frontend = new Frontend(() => stack.url);

/** SQL statements one operation sends across all subgraphs, with nothing else running. */
async function statements(query: string): Promise<number> {
  await stack.settle();
  const before = stack.sqlStatements();
  const res = await frontend.call(token, query);
  expect(res.errors ?? []).toEqual([]);
  const sent = stack.sqlStatements() - before;
  await stack.settle();
  return sent;
}

beforeAll(async () => {
  // Generated selections ask for everything, far beyond what a frontend would: no cost limit here.
  stack = await startStack(DEMO_AUTHORITIES, { limits: { maxDepth: 20, maxCost: Number.MAX_SAFE_INTEGER } });
  token = await tokenFor({ authority: HACKNEY, userId: 'dev-practitioner', roles: [Role.PRACTITIONER, Role.TEAM_MANAGER, Role.FINANCE_OFFICER, Role.PANEL_MEMBER, Role.SERVICE] });
}, 120_000);

afterAll(async () => {
  await stack?.close();
});

describe('lists cost the same SQL whatever their length (no N+1)', () => {
  it('every list field of the graph, asked for with everything beneath it, sends as many statements for three times the records', async () => {
    await seedDemo(stack.url, { copies: 1 });
    const { teams } = await frontend.ok(token, '{ teams { edges { node { id name } } } }');
    ROOT_ARGUMENTS.allocatedPersonIds = `teamId: "${teams.edges.find((e: { node: { name: string } }) => e.node.name === 'Hackney Adults North').node.id}"`;
    const queries = listQueries();
    expect(queries.map(([name]) => name)).toEqual(expect.arrayContaining(['people', 'myCaseload', 'teams', 'practitioners', 'reviewsDue', 'activePlans', 'plansAwaitingApproval', 'plansPastConsideration', 'budgetsAwaitingFinalisation', 'allocatedPersonIds']));
    const few: Record<string, number> = {};
    for (const [name, query] of queries) few[name] = await statements(query);
    const { people: before } = (await frontend.ok(token, '{ people(first: 50) { edges { cursor } } }'));
    await seedDemo(stack.url, { copies: 3 });
    const { people: after } = (await frontend.ok(token, '{ people(first: 50) { edges { cursor } } }'));
    expect(after.edges.length).toBeGreaterThanOrEqual(3 * before.edges.length);
    const many: Record<string, number> = {};
    for (const [name, query] of queries) many[name] = await statements(query);
    expect(many).toEqual(few);
  }, 180_000);
});
