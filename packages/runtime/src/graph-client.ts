import { Unauthenticated } from '@careplan/domain';

export interface GraphResponse<T> {
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

/**
 * Calls the federated graph as a client would. Subgraphs use it, with the caller's own token, to check
 * that what a request refers to exists and is visible; the worker uses it with service tokens.
 */
export class GraphClient {
  constructor(private readonly url: string | (() => string)) {}

  async request<T>(query: string, variables: Record<string, unknown>, token: string): Promise<GraphResponse<T>> {
    const url = typeof this.url === 'function' ? this.url() : this.url;
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(15_000),
    });
    if (res.status === 401) throw new Unauthenticated('the graph refused the token');
    return (await res.json()) as GraphResponse<T>;
  }
}
