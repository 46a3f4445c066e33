import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { getOperationAST, print, type DocumentNode } from 'graphql';
import { Unauthenticated } from '@careplan/domain';
import { injectTraceContext } from './tracing';

export interface GraphResponse<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

/** What an operation's variables may be; generated operation types fit it. */
export type Variables = { [name: string]: unknown };

const printed = new WeakMap<DocumentNode, string>();

/** The text of a (generated) document, printed once per process. */
function source(document: DocumentNode): string {
  let text = printed.get(document);
  if (text === undefined) {
    text = print(document);
    printed.set(document, text);
  }
  return text;
}

/** The operation's name, for errors and logs. */
export function operationName(document: DocumentNode): string {
  return getOperationAST(document)?.name?.value ?? 'anonymous operation';
}

/**
 * Names, on a request to the graph, the request whose answer waits for it: a subgraph asking the graph while
 * it answers a call. The gateway never pipelines such a request's calls (apps/gateway/src/subgraph-fetcher.ts).
 */
export const ANSWERING_HEADER = 'x-answering-request';

/**
 * Calls the federated graph as a client would, with typed documents generated from `.graphql` files.
 * Subgraphs use it with the caller's own token, for facts other subgraphs own, naming the request they are
 * answering; the worker with service tokens.
 */
export class GraphClient {
  constructor(private readonly url: string | (() => string)) {}

  async request<R, V extends Variables>(document: TypedDocumentNode<R, V>, variables: V, token: string, answering?: string): Promise<GraphResponse<R>> {
    const url = typeof this.url === 'function' ? this.url() : this.url;
    const headers = new Headers({ 'content-type': 'application/json', authorization: `Bearer ${token}` });
    if (answering) headers.set(ANSWERING_HEADER, answering);
    injectTraceContext(headers);
    const res = await fetch(url, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: source(document), variables, operationName: operationName(document) }),
      signal: AbortSignal.timeout(15_000),
    });
    if (res.status === 401) throw new Unauthenticated('the graph refused the token');
    return (await res.json()) as GraphResponse<R>;
  }
}
