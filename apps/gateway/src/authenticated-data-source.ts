import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Fetcher } from '@apollo/utils.fetcher';
import { GraphQLError } from 'graphql';
import { Agent, fetch } from 'undici';
import { injectTraceContext } from '@careplan/runtime';
import type { GatewayContext } from './context';

/** Counts calls to subgraphs: a metric, and how tests prove a rejected query reached none. */
export class SubgraphCallCounter {
  calls = 0;
}

/** Sockets the gateway keeps open to each subgraph at most. */
const MAX_SOCKETS = 64;

/**
 * One keep-alive connection pool per subgraph, made once. (A general-purpose fetch rebuilt its request,
 * agent and retry wrapper on every call: a third of the gateway's CPU under load.) Idle sockets are
 * closed a second before the subgraph would close them (its Keep-Alive hint), so a request is never
 * sent on a socket the subgraph is closing.
 */
export function subgraphFetcher(): Fetcher {
  const dispatcher = new Agent({ connections: MAX_SOCKETS, keepAliveTimeoutThreshold: 1_000 });
  return (async (url: string, init: Parameters<typeof fetch>[1]) => {
    try {
      return await fetch(url, { ...init, dispatcher });
    } catch {
      // A subgraph down or restarting: the rest of the answer still comes back, and this part says why it is missing.
      throw new GraphQLError('part of this answer could not be fetched just now; the fields it would fill are null: try again shortly', { extensions: { code: 'SERVICE_UNAVAILABLE' } });
    }
  }) as unknown as Fetcher;
}

/** Forwards the caller's bearer token, request id and trace context to every subgraph (headers are not forwarded by default). */
export class AuthenticatedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(url: string, counter: SubgraphCallCounter, fetcher: Fetcher = subgraphFetcher()) {
    super({ url, fetcher });
    this.counter = counter;
  }

  private readonly counter: SubgraphCallCounter;

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    this.counter.calls++;
    if (context?.token) request.http?.headers.set('authorization', `Bearer ${context.token}`);
    if (context?.requestId) request.http?.headers.set('x-request-id', context.requestId);
    // The subgraph's span is a child of this request's: one trace from the caller through every hop.
    if (request.http) injectTraceContext(request.http.headers);
  }
}
