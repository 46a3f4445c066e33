import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import makeFetchHappen from 'make-fetch-happen';
import type { GatewayContext } from './context';

/** Counts calls to subgraphs: a metric, and how tests prove a rejected query reached none. */
export class SubgraphCallCounter {
  calls = 0;
}

/**
 * Forwards the caller's bearer token and request id to every subgraph (headers are not forwarded
 * by default), over a capped pool of sockets.
 */
export class AuthenticatedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(url: string, counter: SubgraphCallCounter) {
    super({
      url,
      fetcher: makeFetchHappen.defaults({ maxSockets: 64, retry: false }),
    });
    this.counter = counter;
  }

  private readonly counter: SubgraphCallCounter;

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    this.counter.calls++;
    if (context?.token) request.http?.headers.set('authorization', `Bearer ${context.token}`);
    if (context?.requestId) request.http?.headers.set('x-request-id', context.requestId);
  }
}
