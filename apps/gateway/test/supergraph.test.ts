import { readFileSync } from 'node:fs';
import { apiSchemaOf, composeSupergraph } from '../src/compose';
import { API_SCHEMA_FILE, readSupergraph } from '../src/supergraph';

describe('supergraph', () => {
  it('the committed supergraph.graphql is what the committed subgraph schemas compose to (run `npm run compose`)', () => {
    expect(readSupergraph()).toBe(composeSupergraph());
  });

  it('the committed schema.graphql is the public API of the committed supergraph (run `npm run compose`)', () => {
    expect(readFileSync(API_SCHEMA_FILE, 'utf8')).toBe(apiSchemaOf(readSupergraph()));
  });
});
