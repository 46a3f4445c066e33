import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { BadUserInput, Conflict, DomainError, Forbidden, RuleViolation } from '@careplan/domain';
import { operationName, type Variables } from '@careplan/runtime';
import type { SubgraphContext } from './context';
import { isUuid } from './loaders';

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
 * Asks the graph on the caller's behalf (a guard, facts another subgraph owns), with a document from the
 * app's `src/graph/*.graphql`. A rule violation or refusal there is the same error here; anything else
 * means the graph could not answer.
 *
 * The graph may call back into this subgraph, which then needs a connection of the same pool: waiting
 * for it while holding one is how a busy subgraph locks itself up. So the request's transaction is
 * closed first, which is only possible before it writes — ask before the first write. For the same reason
 * the request names the one it answers, so the gateway sends its calls on sockets of their own.
 */
export async function askGraph<R, V extends Variables>(ctx: SubgraphContext, document: TypedDocumentNode<R, V>, variables: V): Promise<R> {
  if (!(await ctx.db.release())) {
    throw new Error(`${operationName(document)} asked the graph after the request wrote: ask before the first write`);
  }
  const res = await ctx.graph.request(document, variables, ctx.token, ctx.requestId);
  const first = res.errors?.[0];
  if (first) {
    throw relay(first) ?? new Error(`the graph could not answer ${operationName(document)}: ${res.errors!.map((e) => e.extensions?.code).join(', ')}`);
  }
  return res.data as R;
}

/**
 * Looks up what a request refers to in another subgraph, through the graph and with the caller's own
 * token, so "exists" means "exists in the caller's authority and is visible to them". There are no
 * foreign keys across schemas; this is the check instead. The document has one root field taking `$id`.
 */
export async function lookupInGraph<R extends Record<string, unknown>>(
  ctx: SubgraphContext,
  document: TypedDocumentNode<R, { id: string }>,
  id: string,
  field: string,
): Promise<NonNullable<R[keyof R]>> {
  if (!isUuid(id)) throw new BadUserInput(field, `${field} must be an id this API issued`);
  const data = await askGraph(ctx, document, { id });
  const [root, found] = Object.entries(data)[0] ?? [];
  if (!found) throw new BadUserInput(field, `${field} does not name a ${root ?? 'record'} you can see in your authority`);
  return found as NonNullable<R[keyof R]>;
}
