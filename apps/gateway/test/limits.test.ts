import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { measure, measuredOnce } from '@careplan/runtime';

const schema = buildSchema(`
  type Query { people(first: Int): PersonConnection person(id: ID!): Person }
  type PersonConnection { edges: [PersonEdge!]! }
  type PersonEdge { node: Person! }
  type Person { id: ID! friends: [Person!]! name: String }
`);

function m(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  return measure(schema, document, document.definitions[0] as OperationDefinitionNode, variables);
}

describe('query measure', () => {
  it('counts depth through fragments and ignores introspection', () => {
    expect(m('{ person(id: 1) { id } }').depth).toBe(2);
    expect(m('query { person(id: 1) { ...F } } fragment F on Person { friends { friends { id } } }').depth).toBe(4);
    expect(m('{ __schema { types { fields { type { ofType { name } } } } } }').depth).toBe(1);
  });

  it('multiplies cost by first (literal or variable) and by an assumed size for other lists', () => {
    const literal = m('{ people(first: 100) { edges { node { id } } } }').cost;
    expect(literal).toBe(1 + 100 + 100 + 100);
    expect(m('query($n: Int) { people(first: $n) { edges { node { id } } } }', { n: 10 }).cost).toBe(1 + 10 + 10 + 10);
    expect(m('{ person(id: 1) { friends { id } } }').cost).toBe(1 + 1 + 5);
  });

  it('costs a pageable list asked for without first as the default page it answers, not as one item', () => {
    expect(m('{ people { edges { node { id } } } }').cost).toBe(1 + 20 + 20 + 20);
    expect(m('{ people { edges { node { id } } } }').cost).toBeGreaterThan(m('{ people(first: 5) { edges { node { id } } } }').cost);
  });

  it('counts every alias of a wide query', () => {
    const wide = `{ ${Array.from({ length: 50 }, (_, i) => `p${i}: person(id: ${i}) { id name }`).join(' ')} }`;
    expect(m(wide).cost).toBe(150);
  });

  it('does not loop on a fragment that spreads itself', () => {
    expect(m('query { person(id: 1) { ...F } } fragment F on Person { friends { ...F } }').depth).toBe(3);
  });

  it('measures a parsed operation once for each value of the variables its cost depends on', () => {
    const document = parse('query($n: Int, $name: String) { people(first: $n) { edges { node { id name } } } person(id: $name) { id } }');
    const operation = document.definitions[0] as OperationDefinitionNode;
    const once = measuredOnce();
    for (const variables of [{ n: 10 }, { n: 10, name: 'a' }, { n: 50 }, {}, { n: '10' }, { n: 10 }, { n: 0 }]) {
      expect(once(schema, document, operation, variables)).toEqual(measure(schema, document, operation, variables));
    }
    expect(once(schema, document, operation, { n: 50 }).cost).toBe(1 + 50 + 50 + 50 * 2 + 1 + 1);
  });
});
