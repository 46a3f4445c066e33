import { RemoteGraphQLDataSource, type GraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Fetcher } from '@apollo/utils.fetcher';
import { OperationTypeNode } from 'graphql';
import { injectTraceContext } from '@careplan/runtime';
import type { GatewayContext } from './context';
import { CALL_WAYS, type CallWay } from './subgraph-fetcher';

/** Counts calls to subgraphs: a metric, and how tests prove a rejected query reached none. */
export class SubgraphCallCounter {
  calls = 0;
}

/** Forwards the caller's bearer token, request id and trace context to every subgraph (headers are not forwarded by default). */
export class AuthenticatedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(url: string, counter: SubgraphCallCounter, fetcher: Fetcher) {
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

/** One subgraph: a call is pipelined unless it is a mutation's, or made for a subgraph answering a call (see `subgraphFetcher`). */
export class SubgraphDataSource implements GraphQLDataSource<GatewayContext> {
  private readonly sources: Record<CallWay, AuthenticatedDataSource>;

  constructor(url: string, counter: SubgraphCallCounter, fetcher: (way: CallWay) => Fetcher) {
    this.sources = Object.fromEntries(CALL_WAYS.map((way) => [way, new AuthenticatedDataSource(url, counter, fetcher(way))])) as Record<CallWay, AuthenticatedDataSource>;
  }

  process(options: GraphQLDataSourceProcessOptions<GatewayContext>): ReturnType<GraphQLDataSource['process']> {
    return this.sources[wayOf(options)].process(options);
  }
}

function wayOf(options: GraphQLDataSourceProcessOptions<GatewayContext>): CallWay {
  // The gateway's own calls (its health checks) are reads, made outside any request.
  if (!('incomingRequestContext' in options)) return 'read alone';
  if (options.incomingRequestContext.operation?.operation === OperationTypeNode.MUTATION) return 'mutation';
  return options.context.answering !== undefined ? 'read alone' : 'pipelined read';
}
