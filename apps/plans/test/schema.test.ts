import { readFileSync } from 'node:fs';
import { buildFederatedSchema, subgraphSchemaFile } from '@careplan/subgraph-kit';
import { plansSubgraph } from '../src/definition';

describe('schema.graphql', () => {
  it('is the SDL the code prints now, which the gateway composes (run `npm run schema` in apps/plans)', async () => {
    expect(readFileSync(subgraphSchemaFile('plans'), 'utf8')).toBe((await buildFederatedSchema(plansSubgraph)).sdl);
  });
});
