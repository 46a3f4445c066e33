import { BadUserInput } from '@careplan/domain';
import type { SubgraphContext } from './context';
import { isUuid } from './loaders';

/**
 * Looks up what a request refers to in another subgraph, through the graph and with the caller's own
 * token, so "exists" means "exists in the caller's authority and is visible to them". There are no
 * foreign keys across schemas; this is the check instead.
 */
export async function lookupInGraph<T>(
  ctx: SubgraphContext,
  root: 'person' | 'assessment' | 'plan',
  id: string,
  field: string,
  selection = 'id',
): Promise<T> {
  if (!isUuid(id)) throw new BadUserInput(field, `${field} must be an id this API issued`);
  const query = `query CheckReference($id: ID!) { ${root}(id: $id) { ${selection} } }`;
  const res = await ctx.graph.request<Record<string, T | null>>(query, { id }, ctx.token);
  const found = res.data?.[root];
  if (!found && res.errors?.length) {
    // The graph could not answer (not "no such thing"): fail loudly rather than blame the input.
    throw new Error(`reference check of ${root} failed: ${res.errors.map((e) => e.extensions?.code).join(', ')}`);
  }
  if (!found) throw new BadUserInput(field, `${field} does not name a ${root} you can see in your authority`);
  return found;
}
