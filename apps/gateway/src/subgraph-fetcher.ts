import type { Fetcher, FetcherHeaders, FetcherRequestInit, FetcherResponse } from '@apollo/utils.fetcher';
import { GraphQLError } from 'graphql';
import { Agent, Client, request, type Dispatcher } from 'undici';

/** Sockets the gateway keeps open to each subgraph for calls sent alone, at most. */
const MAX_SOCKETS = 64;
/** Sockets for pipelined calls to each subgraph, and how many calls each carries at once (HTTP/1.1 pipelining). */
export const PIPELINED_SOCKETS = 2;
const PIPELINING = 8;
/** Idle sockets are closed this long before the subgraph would close them (its Keep-Alive hint). */
const KEEP_ALIVE_MARGIN_MS = 1_000;

/**
 * How the gateway calls one subgraph: over keep-alive sockets made once, with undici's `request` rather
 * than `fetch` (WHATWG fetch builds a Request, Headers and web streams for every call, a fifth of the
 * gateway's CPU under load, and the gateway only ever wants the whole JSON body). Idle sockets are closed
 * a second before the subgraph would close them, so a call is never sent on a socket being closed.
 *
 * Pipelined, a call goes down a socket without waiting for the answers before it, so a busy subgraph reads
 * several calls per wake-up instead of one per socket, and the gateway reads several answers per wake-up
 * (README, "How fast the graph is", says what that bought). Answers come back in order, so a slow call holds
 * up those behind it on its socket: each call takes the socket with the fewest calls unanswered, and calls
 * share a socket only when every socket already carries one. So two kinds of call go alone, each on a socket
 * with nothing else unanswered, from a pool of their own (`SubgraphDataSource` chooses the way):
 * - a mutation's: caught behind another call on a socket that closes, it could not safely be sent again, as
 *   no one could say whether the change was made;
 * - those of a request a subgraph makes while answering a call (`ANSWERING_HEADER`): queued behind that
 *   call, the answer it waits for could only come after its own.
 * A read caught on a socket that closes (a subgraph restarting) is sent again, once: reads are safe to
 * repeat. A mutation's call never is.
 */
export function subgraphFetcher(subgraphUrl: string, way: CallWay): Fetcher {
  const send = way === 'mutation' ? alone(false) : againOnClose(way === 'pipelined read' ? leastBusy(new URL(subgraphUrl).origin) : alone(true));
  return async (url: string, init: FetcherRequestInit = {}) => {
    try {
      const res = await send({ url, method: (init.method ?? 'GET') as 'GET', headers: init.headers, body: init.body, signal: init.signal });
      return new SubgraphResponse(url, res.status, res.headers, res.text);
    } catch {
      // A subgraph down or restarting: the rest of the answer still comes back, and this part says why it is missing.
      throw new GraphQLError('part of this answer could not be fetched just now; the fields it would fill are null: try again shortly', { extensions: { code: 'SERVICE_UNAVAILABLE' } });
    }
  };
}

/** How a call to a subgraph goes: a query's reads pipelined; a read asked while answering a call, alone; a mutation's call, alone. */
export const CALL_WAYS = ['pipelined read', 'read alone', 'mutation'] as const;
export type CallWay = (typeof CALL_WAYS)[number];

type Call = Pick<Dispatcher.RequestOptions, 'method' | 'headers' | 'body' | 'signal'> & { url: string };
interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}
type Send = (call: Call) => Promise<Answer>;

/** `idempotent`: a read, which undici may send again itself when the socket it was pipelined on closes. */
async function sendOn(dispatcher: Dispatcher, { url, ...call }: Call, idempotent: boolean): Promise<Answer> {
  const res = await request(url, { ...call, dispatcher, idempotent });
  return { status: res.statusCode, headers: res.headers, text: await res.body.text() };
}

/** A socket per call, up to MAX_SOCKETS. */
function alone(reads: boolean): Send {
  const agent = new Agent({ connections: MAX_SOCKETS, keepAliveTimeoutThreshold: KEEP_ALIVE_MARGIN_MS });
  return (call) => sendOn(agent, call, reads);
}

/** How a socket closing under a call shows: undici's own error, or the socket's. */
const SOCKET_CLOSED = new Set(['UND_ERR_SOCKET', 'ECONNRESET', 'EPIPE']);

/** Reads only: a call whose socket closed before its answer came is sent once more, so a rolling restart costs a caller nothing. */
function againOnClose(send: Send): Send {
  return (call) => send(call).catch((err: { code?: string }) => (SOCKET_CLOSED.has(err.code ?? '') ? send(call) : Promise.reject(err)));
}

/**
 * PIPELINED_SOCKETS pipelined sockets; each call down the one with the fewest calls unanswered. When a
 * socket closes, undici itself sends the calls pipelined behind the one being answered again, on a new
 * socket; that one fails (`againOnClose` sends it again).
 */
function leastBusy(origin: string): Send {
  const sockets = Array.from({ length: PIPELINED_SOCKETS }, () => ({
    client: new Client(origin, { pipelining: PIPELINING, keepAliveTimeoutThreshold: KEEP_ALIVE_MARGIN_MS }),
    unanswered: 0,
  }));
  return async (call) => {
    const socket = sockets.reduce((least, s) => (s.unanswered < least.unanswered ? s : least));
    socket.unanswered++;
    try {
      return await sendOn(socket.client, call, true);
    } finally {
      socket.unanswered--;
    }
  };
}

/** The little of a fetch Response the gateway's data source reads: status, headers and the body, read whole. */
class SubgraphResponse implements FetcherResponse {
  readonly redirected = false;
  readonly statusText = '';
  readonly bodyUsed = true;
  readonly headers: FetcherHeaders;

  constructor(
    readonly url: string,
    readonly status: number,
    headers: Record<string, string | string[] | undefined>,
    private readonly body: string,
  ) {
    this.headers = new HeaderList(headers);
  }

  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }

  async text(): Promise<string> {
    return this.body;
  }

  async json(): Promise<any> {
    return JSON.parse(this.body);
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    const bytes = Buffer.from(this.body);
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  }

  clone(): FetcherResponse {
    throw new Error('a subgraph response is read once');
  }
}

/** Response headers by lower-case name, as undici gives them. */
class HeaderList implements FetcherHeaders {
  private readonly map = new Map<string, string>();

  constructor(raw: Record<string, string | string[] | undefined>) {
    for (const [name, value] of Object.entries(raw)) if (value !== undefined) this.map.set(name, Array.isArray(value) ? value.join(', ') : value);
  }

  get(name: string): string | null {
    return this.map.get(name.toLowerCase()) ?? null;
  }
  has(name: string): boolean {
    return this.map.has(name.toLowerCase());
  }
  set(name: string, value: string): void {
    this.map.set(name.toLowerCase(), value);
  }
  append(name: string, value: string): void {
    const had = this.get(name);
    this.set(name, had === null ? value : `${had}, ${value}`);
  }
  delete(name: string): void {
    this.map.delete(name.toLowerCase());
  }
  entries(): IterableIterator<[string, string]> {
    return this.map.entries();
  }
  keys(): IterableIterator<string> {
    return this.map.keys();
  }
  values(): IterableIterator<string> {
    return this.map.values();
  }
  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.map.entries();
  }
}
