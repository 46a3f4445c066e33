import { readFileSync } from 'node:fs';
import { buildSchema, getNamedType, isInputObjectType, isNonNullType, isObjectType, type GraphQLSchema } from 'graphql';
import { API_SCHEMA_FILE } from '../src/supergraph';

/**
 * Mutations that may break the convention, with the reason. None do today; a new one belongs here only
 * with a reason a client can live with.
 */
const EXCEPTIONS: Record<string, string> = {};

/** How each public mutation breaks "one non-null `input` of its own, and the changed object back". */
function breaches(schema: GraphQLSchema): string[] {
  const found: string[] = [];
  const usedBy = new Map<string, string>();
  for (const mutation of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    if (mutation.name in EXCEPTIONS) continue;
    const [arg, ...more] = mutation.args;
    if (!arg || more.length > 0 || arg.name !== 'input' || !isNonNullType(arg.type) || !isInputObjectType(arg.type.ofType)) {
      found.push(`${mutation.name} takes (${mutation.args.map((a) => `${a.name}: ${a.type}`).join(', ')}), not one input: ${mutation.name[0].toUpperCase()}${mutation.name.slice(1)}Input!`);
    } else {
      const input = arg.type.ofType.name;
      const other = usedBy.get(input);
      if (other) found.push(`${mutation.name} shares its input ${input} with ${other}`);
      usedBy.set(input, mutation.name);
    }
    if (!isObjectType(getNamedType(mutation.type))) found.push(`${mutation.name} returns ${mutation.type}, not the object it changed`);
  }
  return found;
}

/** Input types whose name does not end in `Input`, the one suffix every input type carries. */
function misnamedInputs(schema: GraphQLSchema): string[] {
  return Object.values(schema.getTypeMap())
    .filter((t) => isInputObjectType(t) && !t.name.endsWith('Input'))
    .map((t) => t.name);
}

describe('every mutation has one style', () => {
  it('takes one non-null input of its own and returns the object it changed, never a scalar', () => {
    expect(breaches(buildSchema(readFileSync(API_SCHEMA_FILE, 'utf8')))).toEqual([]);
  });

  it('names every input type, a mutation’s own or a part of one or of a query’s arguments, with the suffix Input', () => {
    expect(misnamedInputs(buildSchema(readFileSync(API_SCHEMA_FILE, 'utf8')))).toEqual([]);
    expect(misnamedInputs(buildSchema(`input PeopleFilter { name: String } input PersonInput { id: ID } type Query { people(filter: PeopleFilter, p: PersonInput): Int }`))).toEqual(['PeopleFilter']);
  });

  it('names a mutation with loose arguments, a shared input or a scalar answer', () => {
    const schema = buildSchema(`
      type Plan { id: ID! }
      input PlanInput { id: ID! }
      type Query { plan: Plan }
      type Mutation {
        proposePlan(id: ID!, version: Int!): Plan!
        removeOutcome(input: PlanInput!): Boolean!
        activatePlan(input: PlanInput): Plan!
        revisePlan(input: PlanInput!): Plan!
      }
    `);
    expect(breaches(schema)).toEqual([
      'proposePlan takes (id: ID!, version: Int!), not one input: ProposePlanInput!',
      'removeOutcome returns Boolean!, not the object it changed',
      'activatePlan takes (input: PlanInput), not one input: ActivatePlanInput!',
      'revisePlan shares its input PlanInput with removeOutcome',
    ]);
  });
});
