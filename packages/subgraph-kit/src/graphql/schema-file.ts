import { join } from 'node:path';
import { repoRoot } from '@careplan/identity';
import type { SubgraphName } from '@careplan/runtime';

/**
 * Where a subgraph's federated SDL is committed: `apps/<name>/schema.graphql`. The gateway composes the
 * supergraph from these files, as Rover does from a supergraph config, without loading any subgraph's code.
 */
export function subgraphSchemaFile(name: SubgraphName): string {
  return join(repoRoot(), 'apps', name, 'schema.graphql');
}
