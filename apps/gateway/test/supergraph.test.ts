import { readFileSync } from 'node:fs';
import { buildSchema, getNamedType, isInterfaceType, type OperationDefinitionNode } from 'graphql';
import { apiSchemaOf, composeSupergraph } from '../src/compose';
import { NodeTypeDocument } from '../src/graph/generated';
import { NODE_TYPES } from '../src/node-subgraph';
import { API_SCHEMA_FILE, readSupergraph } from '../src/supergraph';

describe('supergraph', () => {
  it('the committed supergraph.graphql is what the committed subgraph schemas compose to (run `npm run compose`)', () => {
    expect(readSupergraph()).toBe(composeSupergraph());
  });

  it('the committed schema.graphql is the public API of the committed supergraph (run `npm run compose`)', () => {
    expect(readFileSync(API_SCHEMA_FILE, 'utf8')).toBe(apiSchemaOf(readSupergraph()));
  });

  it('every type implementing Node has a field of the NodeType lookup that reads one of it by id, and no other type has', () => {
    const schema = buildSchema(readFileSync(API_SCHEMA_FILE, 'utf8'));
    const node = schema.getType('Node');
    if (!isInterfaceType(node)) throw new Error('Node is not an interface');
    const implementing = schema.getPossibleTypes(node).map((t) => t.name);
    const query = schema.getQueryType()!.getFields();
    const [lookup] = NodeTypeDocument.definitions as OperationDefinitionNode[];
    const looked = lookup.selectionSet.selections.map((s) => (s.kind === 'Field' ? getNamedType(query[s.name.value].type).name : s.kind));
    expect([...looked].sort()).toEqual([...NODE_TYPES].sort());
    expect([...implementing].sort()).toEqual([...NODE_TYPES].sort());
  });
});
