import { readFileSync } from 'node:fs';
import { buildFederatedSchema, subgraphSchemaFile } from '@careplan/subgraph-kit';
import { peopleSubgraph } from '../src/definition';

describe('schema.graphql', () => {
  it('is the SDL the code prints now, which the gateway composes (run `npm run schema` in apps/people)', async () => {
    expect(readFileSync(subgraphSchemaFile('people'), 'utf8')).toBe((await buildFederatedSchema(peopleSubgraph)).sdl);
  });
});
