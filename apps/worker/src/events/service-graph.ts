import { Role } from '@careplan/domain';
import { localSigningKey, signToken } from '@careplan/identity';
import { GraphClient, type Variables } from '@careplan/runtime';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

/** Sends one operation from `src/graph/*.graphql` and returns its data, throwing on any GraphQL error. */
export type GraphCall = <R, V extends Variables>(document: TypedDocumentNode<R, V>, variables: V) => Promise<R>;

const TOKEN_SECONDS = 300;

/** The graph answered with errors; their codes say whether trying again can help. */
export class GraphRefused extends Error {
  constructor(readonly codes: string[], message: string) {
    super(message);
  }
}

/**
 * The worker acts through the graph like any client, as a SERVICE of one authority at a time: every
 * subgraph checks the token and row-level security applies as for people.
 */
export class ServiceGraph {
  private readonly client: GraphClient;
  private readonly tokens = new Map<string, { token: string; expires: number }>();

  constructor(graphUrl: string) {
    this.client = new GraphClient(graphUrl);
  }

  private async token(authority: string): Promise<string> {
    const cached = this.tokens.get(authority);
    if (cached && cached.expires > Date.now() + 30_000) return cached.token;
    const token = await signToken({ userId: 'careplan-worker', authority, roles: [Role.SERVICE] }, await localSigningKey(), { ttlSeconds: TOKEN_SECONDS });
    this.tokens.set(authority, { token, expires: Date.now() + TOKEN_SECONDS * 1000 });
    return token;
  }

  for(authority: string): GraphCall {
    return async (document, variables) => {
      const res = await this.client.request(document, variables, await this.token(authority));
      if (res.errors?.length || !res.data) {
        const errors = res.errors ?? [];
        throw new GraphRefused(
          errors.map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR')),
          `the graph refused: ${errors.map((e) => `${e.extensions?.code ?? ''} ${e.message}`).join('; ')}`,
        );
      }
      return res.data;
    };
  }
}
