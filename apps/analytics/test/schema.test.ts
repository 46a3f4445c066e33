import { readFileSync } from 'node:fs';
import { buildFederatedSchema, subgraphSchemaFile } from '@careplan/subgraph-kit';
import { analyticsSubgraph } from '../src/definition';

describe('schema.graphql', () => {
  it('is the SDL the code prints now, which the gateway composes (run `npm run schema` in apps/analytics)', async () => {
    expect(readFileSync(subgraphSchemaFile('analytics'), 'utf8')).toBe((await buildFederatedSchema(analyticsSubgraph)).sdl);
  });
});
