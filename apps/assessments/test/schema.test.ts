import { readFileSync } from 'node:fs';
import { buildFederatedSchema, subgraphSchemaFile } from '@careplan/subgraph-kit';
import { assessmentsSubgraph } from '../src/definition';

describe('schema.graphql', () => {
  it('is the SDL the code prints now, which the gateway composes (run `npm run schema` in apps/assessments)', async () => {
    expect(readFileSync(subgraphSchemaFile('assessments'), 'utf8')).toBe((await buildFederatedSchema(assessmentsSubgraph)).sdl);
  });
});
