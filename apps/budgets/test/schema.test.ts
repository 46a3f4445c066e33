import { readFileSync } from 'node:fs';
import { buildFederatedSchema, subgraphSchemaFile } from '@careplan/subgraph-kit';
import { budgetsSubgraph } from '../src/definition';

describe('schema.graphql', () => {
  it('is the SDL the code prints now, which the gateway composes (run `npm run schema` in apps/budgets)', async () => {
    expect(readFileSync(subgraphSchemaFile('budgets'), 'utf8')).toBe((await buildFederatedSchema(budgetsSubgraph)).sdl);
  });
});
