import { composeSupergraph } from '../src/compose';
import { readSupergraph } from '../src/supergraph';

describe('supergraph', () => {
  it('the committed supergraph.graphql is what the subgraphs compose to now (run `npm run compose`)', async () => {
    expect(readSupergraph()).toBe(await composeSupergraph());
  });
});
