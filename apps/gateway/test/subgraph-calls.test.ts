import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { OperationTypeNode } from 'graphql';
import { until } from '@careplan/testing';
import { SubgraphCallCounter, SubgraphDataSource } from '../src/authenticated-data-source';
import { PIPELINED_SOCKETS, subgraphFetcher } from '../src/subgraph-fetcher';
import type { GatewayContext } from '../src/context';

/** A call as the subgraph saw it: its operation, on which socket, and how many calls on that socket were still unanswered. */
interface Arrival {
  query: string;
  socket: number;
  unanswered: number;
}

/** A real HTTP server on loopback standing in for a subgraph, which answers nothing until it is told to. */
class HoldingSubgraph {
  readonly arrivals: Arrival[] = [];
  private readonly held: ServerResponse[] = [];
  private readonly sockets = new Map<Socket, { id: number; unanswered: number }>();
  private readonly server: Server = createServer((req, res) => {
    let socket = this.sockets.get(req.socket);
    if (!socket) this.sockets.set(req.socket, (socket = { id: this.sockets.size, unanswered: 0 }));
    const arrival = { query: '', socket: socket.id, unanswered: socket.unanswered };
    socket.unanswered++;
    const answered = socket;
    res.on('finish', () => answered.unanswered--);
    let body = '';
    req.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      arrival.query = JSON.parse(body).query;
      this.arrivals.push(arrival);
      this.held.push(res);
    });
  });

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/graphql`;
  }

  /** Answers every call held so far, in the order they came. */
  answerAll(): void {
    for (const res of this.held.splice(0)) res.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{"ok":true}}');
  }

  /** Closes the socket of the first call held without answering any call on it, as a subgraph restarting does. */
  dropFirst(): void {
    const socket = this.held[0].socket!;
    const kept = this.held.filter((res) => res.socket !== socket);
    this.held.splice(0, this.held.length, ...kept);
    socket.destroy();
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

/** What the gateway hands a subgraph's data source for one fetch of an incoming operation of this type. */
function fetchOf(operation: OperationTypeNode, answering?: string): GraphQLDataSourceProcessOptions<GatewayContext> {
  const context: GatewayContext = { requestId: 'request-1', token: 'token-1', answering } as GatewayContext;
  return {
    kind: 'incoming operation',
    request: { query: `${operation} ${answering ? 'Answering' : 'Asked'} { ok }`, variables: {} },
    context,
    incomingRequestContext: { operation: { operation }, context },
  } as unknown as GraphQLDataSourceProcessOptions<GatewayContext>;
}

describe('calls from the gateway to a subgraph', () => {
  const subgraph = new HoldingSubgraph();
  let source: SubgraphDataSource;
  const calls = 2 * PIPELINED_SOCKETS;

  beforeAll(async () => {
    const url = await subgraph.start();
    source = new SubgraphDataSource(url, new SubgraphCallCounter(), (way) => subgraphFetcher(url, way));
  });
  afterAll(() => subgraph.stop());
  beforeEach(() => {
    subgraph.answerAll();
    subgraph.arrivals.splice(0);
  });

  /** Sends the fetches at once, waits until the subgraph holds them all, then has it answer. */
  async function sendAll(fetches: Array<GraphQLDataSourceProcessOptions<GatewayContext>>): Promise<Arrival[]> {
    const answers = Promise.all(fetches.map((f) => source.process(f)));
    // None is answered until all have arrived, so all can arrive only down sockets that already carry a call.
    await until(() => subgraph.arrivals.length === fetches.length, 5_000);
    subgraph.answerAll();
    expect((await answers).map((a) => a.data)).toEqual(Array(fetches.length).fill({ ok: true }));
    return subgraph.arrivals;
  }

  it('a query’s calls are pipelined, spread evenly: more reach the subgraph at once than the gateway keeps sockets for it, and none waits behind another while a socket is free', async () => {
    const arrivals = await sendAll(Array.from({ length: calls }, () => fetchOf(OperationTypeNode.QUERY)));
    const perSocket = new Map<number, number>();
    for (const { socket } of arrivals) perSocket.set(socket, (perSocket.get(socket) ?? 0) + 1);
    expect([...perSocket.values()]).toEqual(Array(PIPELINED_SOCKETS).fill(calls / PIPELINED_SOCKETS));
  });

  it.each([
    ['a mutation’s calls', fetchOf(OperationTypeNode.MUTATION)],
    ['the calls of a query a subgraph asks while answering a call', fetchOf(OperationTypeNode.QUERY, 'request-0')],
  ])('%s are never pipelined: each goes down a socket with no other call unanswered on it', async (_, fetch) => {
    // Every pipelined socket busy first: a call that went down one would arrive behind a call unanswered.
    const queries = Array.from({ length: PIPELINED_SOCKETS }, () => fetchOf(OperationTypeNode.QUERY));
    const arrivals = await sendAll([...queries, ...Array(calls).fill(fetch)]);
    const alone = arrivals.filter((a) => a.query === fetch.request.query);
    expect(alone).toHaveLength(calls);
    expect(alone.every((a) => a.unanswered === 0)).toBe(true);
    expect(new Set(alone.map((a) => a.socket)).size).toBe(calls);
  });

  describe('when a subgraph closes a socket with calls unanswered on it (a rolling restart)', () => {
    it('a query’s calls are all answered: the one being answered and those pipelined behind it are sent again', async () => {
      const answers = Promise.all(Array.from({ length: calls }, () => source.process(fetchOf(OperationTypeNode.QUERY))));
      await until(() => subgraph.arrivals.length === calls, 5_000);
      subgraph.dropFirst();
      // The dropped socket carried calls / PIPELINED_SOCKETS of them; each arrives again on a new socket.
      await until(() => subgraph.arrivals.length === calls + calls / PIPELINED_SOCKETS, 5_000);
      subgraph.answerAll();
      expect((await answers).map((a) => a.data)).toEqual(Array(calls).fill({ ok: true }));
    });

    it('the call of a query a subgraph asks while answering a call, sent alone, is sent again too', async () => {
      const answer = source.process(fetchOf(OperationTypeNode.QUERY, 'request-0'));
      await until(() => subgraph.arrivals.length === 1, 5_000);
      subgraph.dropFirst();
      await until(() => subgraph.arrivals.length === 2, 5_000);
      subgraph.answerAll();
      await expect(answer).resolves.toMatchObject({ data: { ok: true } });
    });

    it('a mutation’s call is not sent again: whether its change was made is unknown, so its part says the subgraph could not be reached', async () => {
      const answer = source.process(fetchOf(OperationTypeNode.MUTATION));
      await until(() => subgraph.arrivals.length === 1, 5_000);
      subgraph.dropFirst();
      await expect(answer).rejects.toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
      expect(subgraph.arrivals).toHaveLength(1);
    });
  });
});
