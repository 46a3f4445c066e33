import { buildSchema, graphql, type GraphQLResolveInfo } from 'graphql';
import { selectedFields } from '../src/graphql/selection';

const schema = buildSchema(`
  type Query { person: Person }
  type Person { id: ID plan: Plan name: String }
  type Plan { id: ID items: [String] budget: String }
`);

/** The fields `selectedFields` finds under `person` in this query. */
async function underPerson(query: string): Promise<string[]> {
  let found: string[] = [];
  const result = await graphql({
    schema,
    source: query,
    rootValue: {
      person: (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
        found = [...selectedFields(info)].sort();
        return null;
      },
    },
  });
  expect(result.errors).toBeUndefined();
  return found;
}

describe('the fields a read ahead is for: those selected directly under the resolved field', () => {
  it('finds fields written out, by name not alias, and not those further down', async () => {
    expect(await underPerson('{ person { id label: name plan { items } } }')).toEqual(['id', 'name', 'plan']);
  });

  it('finds fields through named and inline fragments, and every place the field is asked for', async () => {
    expect(await underPerson('{ person { ...P } person { ... on Person { id } } } fragment P on Person { plan { budget } }')).toEqual(['id', 'plan']);
  });

  it('counts __typename as a field like any other (no read is ahead for it)', async () => {
    expect(await underPerson('{ person { __typename } }')).toEqual(['__typename']);
  });
});
