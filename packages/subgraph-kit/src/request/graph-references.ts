import { BadUserInput, Conflict, DomainError, Forbidden, RuleViolation } from '@careplan/domain';
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

/** Turns a public error another subgraph answered with into the same error here, so rule ids reach the client. */
function relay(error: { message: string; extensions?: Record<string, unknown> }): DomainError | undefined {
  const { code, rule, field } = error.extensions ?? {};
  if (code === 'RULE_VIOLATION' && typeof rule === 'string') return new RuleViolation(rule, error.message);
  if (code === 'BAD_USER_INPUT' && typeof field === 'string') return new BadUserInput(field, error.message);
  if (code === 'FORBIDDEN') return new Forbidden(error.message);
  if (code === 'CONFLICT') return new Conflict(error.message);
  return undefined;
}

/**
 * Asks the graph on the caller's behalf (a guard, facts another subgraph owns). A rule violation or
 * refusal there is the same error here; anything else means the graph could not answer.
 */
export async function askGraph<T>(ctx: SubgraphContext, query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await ctx.graph.request<T>(query, variables, ctx.token);
  const first = res.errors?.[0];
  if (first) {
    throw relay(first) ?? new Error(`the graph could not answer: ${res.errors!.map((e) => e.extensions?.code).join(', ')}`);
  }
  return res.data as T;
}

/** Whether a person has a standing consent for a purpose (joint assessment, joint or combined plan…), as the people subgraph records it. */
export async function personConsents(ctx: SubgraphContext, personId: string, purpose: string): Promise<boolean> {
  const { person } = await askGraph<{ person: { consents: Array<{ purpose: string; stands: boolean }> } | null }>(
    ctx,
    `query PersonConsent($id: ID!) { person(id: $id) { consents { purpose stands } } }`,
    { id: personId },
  );
  return Boolean(person?.consents.some((c) => c.purpose === purpose && c.stands));
}
