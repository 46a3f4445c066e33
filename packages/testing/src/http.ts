import { createServer, type AddressInfo, type Server } from 'node:net';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import type { Variables } from '@careplan/runtime';
export interface GraphQLResult<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
  headers: Headers;
}

/**
 * POSTs a GraphQL operation over real HTTP, as a council frontend would: a typed document from
 * `src/graph/*.graphql` (its result typed by codegen), or an inline query string a suite still sends.
 */
export async function graphql<T, V extends Variables>(url: string, query: TypedDocumentNode<T, V>, variables: V, token?: string): Promise<GraphQLResult<T>>;
export async function graphql<T = Record<string, any>>(url: string, query: string, variables?: Variables, token?: string): Promise<GraphQLResult<T>>;
export async function graphql<T>(url: string, query: string | TypedDocumentNode<T, Variables>, variables: Variables = {}, token?: string): Promise<GraphQLResult<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'apollo-require-preflight': 'true',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query: typeof query === 'string' ? query : print(query), variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: GraphQLResult['errors'] };
  return { status: res.status, data: body.data, errors: body.errors, headers: res.headers };
}

/** The first error's code, for terse assertions. */
export function errorCode(result: Pick<GraphQLResult, 'errors'>): unknown {
  return result.errors?.[0]?.extensions?.code;
}

/**
 * `count` loopback ports nobody listens on now, for processes the test or benchmark starts: each is held
 * until all are chosen, so no two of them are the same port.
 */
export async function freePorts(count: number): Promise<number[]> {
  const held = await Promise.all(
    Array.from({ length: count }, () => new Promise<Server>((resolve, reject) => {
      const server = createServer();
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve(server));
    })),
  );
  const ports = held.map((server) => (server.address() as AddressInfo).port);
  await Promise.all(held.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}

/** A loopback port nobody listens on now. */
export async function freePort(): Promise<number> {
  const [port] = await freePorts(1);
  return port;
}
