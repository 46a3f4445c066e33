import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import { Role } from '@careplan/domain';
import { AUTHORITY_A, graphql, tokenFor, type GraphQLResult } from '@careplan/testing';
import { API_SCHEMA_FILE } from '../src/supergraph';
import { suiteStack } from './support/stack';

/*
 * Bad input, fuzzed over every query and mutation of the public schema through the gateway: whatever a
 * caller sends, the answer is a refusal in plain words (BAD_USER_INPUT, RULE_VIOLATION, FORBIDDEN, …) or an
 * answer — never INTERNAL_SERVER_ERROR and never a 5xx. The seed is fixed so a failure can be replayed.
 */
const SEED = 20261130;
const RUNS_PER_FIELD = 12;

const schema = buildSchema(readFileSync(API_SCHEMA_FILE, 'utf8'));
const stack = suiteStack();

const nasty = fc.constantFrom('', ' ', '\u0000', 'a\u202Eb', '\u0007', 'x'.repeat(9000), "'; DROP TABLE people.person; --", '<script>alert(1)</script>', '%s%n', '../../etc/passwd', '٣٤٥', '🙂');
const text = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }), nasty);
const id = fc.oneof(fc.uuid(), fc.constantFrom('', '1', 'x\u0000', '00000000-0000-0000-0000-000000000000', 'E09000012'));
const date = fc.oneof(
  fc.date({ min: new Date('1890-01-01'), max: new Date('2250-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('', '2026-02-30', '0999-01-01', '9999-12-31', '2026-13-01', '01/02/2026', 'today'),
);
const whole = fc.oneof(fc.integer(), fc.constantFrom(0, -1, 2_147_483_647, -2_147_483_648));
const pence = fc.oneof(whole, fc.constantFrom(Number.MAX_SAFE_INTEGER, 10_000_001, 10_000_000_001, 1.5));

const SCALARS: Record<string, fc.Arbitrary<unknown>> = {
  ID: id,
  String: text,
  Int: whole,
  Float: fc.double({ noNaN: true, noDefaultInfinity: true }),
  Boolean: fc.boolean(),
  LocalDate: date,
  Pence: pence,
  DateTime: fc.oneof(fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), text),
};

/** Values of an input type: any shape the type allows, filled with awkward values, and null where it may be. */
function arbitraryOf(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return arbitraryOf(type.ofType, depth);
  const value = ((): fc.Arbitrary<unknown> => {
    if (isListType(type)) return fc.array(arbitraryOf(type.ofType, depth + 1), { maxLength: 3 });
    if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => v.value));
    if (isInputObjectType(type)) {
      if (depth > 4) return fc.constant({});
      const fields = Object.values(type.getFields());
      return fc.record(Object.fromEntries(fields.map((f) => [f.name, arbitraryOf(f.type, depth + 1)])), {
        requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name),
      });
    }
    return SCALARS[getNamedType(type).name] ?? text;
  })();
  return fc.oneof({ weight: 9, arbitrary: value }, { weight: 1, arbitrary: fc.constant(null) });
}

/** One operation asking for the field with every argument as a variable. */
function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const vars = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : '{ __typename }';
  return `${kind}${vars ? `(${vars})` : ''} { ${field.name}${args ? `(${args})` : ''} ${selection} }`;
}

const roots = [
  ...Object.values(schema.getQueryType()!.getFields()).map((f) => ['query', f] as const),
  ...Object.values(schema.getMutationType()!.getFields()).map((f) => ['mutation', f] as const),
].filter(([, f]) => !f.name.startsWith('_'));

let staff: string;
let service: string;

beforeAll(async () => {
  staff = await tokenFor({ authority: AUTHORITY_A, userId: 'fuzz-staff', roles: [Role.PRACTITIONER, Role.TEAM_MANAGER, Role.PANEL_MEMBER, Role.FINANCE_OFFICER] });
  service = await tokenFor({ authority: AUTHORITY_A, userId: 'careplan-worker', roles: [Role.SERVICE] });
});

describe('R4 bad input, fuzzed over every operation of the graph', () => {
  it.each(roots.map(([kind, field]) => [`${kind} ${field.name}`, kind, field] as const))('%s never answers an internal error, whatever it is sent', async (_title, kind, field) => {
    const operation = operationFor(kind, field);
    const variables = fc.record(Object.fromEntries(field.args.map((a) => [a.name, arbitraryOf(a.type)])));
    await fc.assert(
      fc.asyncProperty(variables, fc.boolean(), async (vars, asService) => {
        const res: GraphQLResult = await graphql(stack.url, operation, vars, asService ? service : staff);
        const internal = (res.errors ?? []).filter((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR');
        if (res.status >= 500 || internal.length) throw new Error(`${res.status} ${JSON.stringify(internal)} for ${JSON.stringify(vars).slice(0, 500)}`);
      }),
      { numRuns: RUNS_PER_FIELD, seed: SEED, endOnFailure: true },
    );
  });

  it('R4 whatever the fuzzing stored reads back: every list of the council, with every field a list offers, answers without an internal error', async () => {
    // Every field of a type that needs no argument: leaves, and objects a level or two down.
    const selectionOf = (type: GraphQLObjectType, depth: number): string =>
      Object.values(type.getFields())
        .filter((f) => !f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined) && !f.name.startsWith('_'))
        .map((f) => {
          const named = getNamedType(f.type);
          if (isLeafType(named)) return f.name;
          return depth > 0 && isObjectType(named) ? `${f.name} { __typename ${selectionOf(named, depth - 1)} }` : '';
        })
        .join(' ');
    const lists = Object.values(schema.getQueryType()!.getFields()).filter((f) => {
      const named = getNamedType(f.type);
      return isObjectType(named) && named.name.endsWith('Connection') && !f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined);
    });
    expect(lists.map((f) => f.name)).toEqual(expect.arrayContaining(['people', 'practitioners', 'teams']));
    for (const field of lists) {
      const node = getNamedType((getNamedType(field.type) as GraphQLObjectType).getFields().edges.type) as GraphQLObjectType;
      const selection = selectionOf(getNamedType(node.getFields().node.type) as GraphQLObjectType, 1);
      // A page at a time, to the end: no error at all (a page too costly to read would hide what it holds).
      let after: string | null = null;
      do {
        const res: GraphQLResult = await graphql(stack.url, `query($after: String) { ${field.name}(first: 5, after: $after) { edges { node { ${selection} } } pageInfo { hasNextPage endCursor } } }`, { after }, staff);
        expect({ list: field.name, status: res.status, errors: (res.errors ?? []).map((e) => e.extensions?.code) }).toEqual({ list: field.name, status: 200, errors: [] });
        const page: { hasNextPage: boolean; endCursor: string | null } = (res.data as Record<string, { pageInfo: { hasNextPage: boolean; endCursor: string | null } }>)[field.name].pageInfo;
        after = page.hasNextPage ? page.endCursor : null;
      } while (after);
    }
  });
});
