import { readFileSync } from 'node:fs';
import { buildFederatedSchema, subgraphSchemaFile } from '@careplan/subgraph-kit';
import { reviewsSubgraph } from '../src/definition';

describe('schema.graphql', () => {
  it('is the SDL the code prints now, which the gateway composes (run `npm run schema` in apps/reviews)', async () => {
    expect(readFileSync(subgraphSchemaFile('reviews'), 'utf8')).toBe((await buildFederatedSchema(reviewsSubgraph)).sdl);
  });
});
