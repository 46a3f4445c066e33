import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import express, { type ErrorRequestHandler, type Express, type RequestHandler } from 'express';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';

export interface HealthChecks {
  /**
   * Throws when the process itself cannot serve (its own dependency is down); may answer details of
   * what it depends on but can serve without (a gateway's degraded subgraphs), shown beside `ready`.
   */
  ready: () => Promise<void | Record<string, unknown>>;
}

let draining = false;

/**
 * From now on `/ready` answers 503 "draining": a load balancer stops sending new requests while those in
 * flight finish, before the process closes (graceful drain).
 */
export function startDraining(): void {
  draining = true;
}

/**
 * An Express app with `/health` (the process is up), `/ready` (its dependencies answer) and, given the
 * process's registry, `/metrics` in Prometheus text. Unauthenticated, like the other two: for the platform
 * network only, never exposed to the internet.
 */
export function createHttpApp(checks: HealthChecks, metrics?: Registry): Express {
  const app = express();
  app.disable('x-powered-by');
  // Every answer is small JSON built for one request: hashing each for an ETag costs and buys nothing.
  app.disable('etag');
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    if (draining) return void res.status(503).json({ status: 'draining' });
    try {
      const details = await checks.ready();
      res.json({ status: 'ready', ...(details ?? {}) });
    } catch {
      res.status(503).json({ status: 'unavailable' });
    }
  });
  if (metrics) {
    app.get('/metrics', async (_req, res) => {
      res.type(metrics.contentType).send(await metrics.metrics());
    });
  }
  return app;
}

/** A GraphQL-shaped error body: every answer is JSON without internals, even one the framework gives. */
function errorBody(message: string, code: string) {
  return { errors: [{ message, extensions: { code } }] };
}

/** Anything that escaped a handler, answered without saying what. */
const UNEXPECTED = errorBody('Something went wrong on our side.', 'INTERNAL_SERVER_ERROR');

/** No route here: JSON, not the framework's HTML page. */
const notFound: RequestHandler = (_req, res) => {
  res.status(404).json(errorBody('there is nothing at this address', 'NOT_FOUND'));
};

/**
 * A request refused before GraphQL sees it (too large, not JSON) or anything that escaped a handler:
 * JSON with a status and a code, never the HTML page with a stack trace and file paths Express gives.
 */
const answerErrors: ErrorRequestHandler = (err: { status?: number; type?: string }, _req, res, _next) => {
  if (err.type === 'entity.too.large') return void res.status(413).json(errorBody('the request is too large', 'BAD_REQUEST'));
  if (err.status && err.status >= 400 && err.status < 500) return void res.status(err.status).json(errorBody('the request body could not be read as JSON', 'BAD_REQUEST'));
  res.status(500).json(UNEXPECTED);
};

/** Raised while reading a request body: answered with its status as JSON. */
class BodyError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The request's JSON body, read whole up to `limitBytes`; `{}` when there is none. */
async function readJson(req: IncomingMessage, limitBytes: number): Promise<unknown> {
  if (Number(req.headers['content-length'] ?? 0) > limitBytes) throw new BodyError(413, 'the request is too large');
  const encoding = req.headers['content-encoding'];
  if (encoding && encoding !== 'identity') throw new BodyError(415, 'send the request body uncompressed');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limitBytes) throw new BodyError(413, 'the request is too large');
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (!/\bjson\b/i.test(req.headers['content-type'] ?? '') || text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new BodyError(400, 'the request body could not be read as JSON');
  }
}

/** A handler of plain `node:http` requests, served without Express. */
export type PlainHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/** Writes `body` as a JSON answer with `status`. */
function answerJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}

/**
 * Apollo Server over plain `node:http`, without the general-purpose layers a JSON API does not need (a
 * body parser with charset and compression handling, Express's request and response objects, `res.send`
 * with ETags and content negotiation): the body is read and parsed here, limited in size, and the answer
 * written as it is. `listen` sends `POST /graphql` here before Express sees it; other methods come through
 * Express. Those layers took over a fifth of a subgraph's CPU per request.
 */
export function graphqlRequests<C extends BaseContext>(
  server: ApolloServer<C>,
  options: { limitBytes: number; context: (req: IncomingMessage) => Promise<C> },
): PlainHandler {
  server.assertStarted('graphqlRequests()');
  return async (req, res) => {
    try {
      const body = req.method === 'POST' ? await readJson(req, options.limitBytes) : undefined;
      const headers = new HeaderMap();
      for (const [name, value] of Object.entries(req.headers)) if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
      const url = (req as { originalUrl?: string }).originalUrl ?? req.url ?? '';
      const query = url.indexOf('?');
      const answer = await server.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method!, headers, search: query < 0 ? '' : url.slice(query), body },
        context: () => options.context(req),
      });
      for (const [name, value] of answer.headers) res.setHeader(name, value);
      res.statusCode = answer.status ?? 200;
      if (answer.body.kind === 'complete') return void res.end(answer.body.string);
      for await (const chunk of answer.body.asyncIterator) res.write(chunk);
      res.end();
    } catch (err) {
      if (res.headersSent) return void res.destroy();
      if (!(err instanceof BodyError)) return answerJson(res, 500, UNEXPECTED);
      // What is left of a refused body is read and dropped, so the connection can carry the next request.
      req.resume();
      answerJson(res, err.status, errorBody(err.message, 'BAD_REQUEST'));
    }
  };
}

export interface Listening {
  server: Server;
  port: number;
  url: string;
  close(): Promise<void>;
}

/**
 * Serves `app` on `port`. With `graphql`, `POST <path>` goes straight to it: the requests that carry the
 * load skip Express's routing and its request and response objects. Other requests to `path` reach it
 * through Express, after the routes the process added there (a browser's GET of the explorer).
 */
export function listen(app: Express, port: number, host = '127.0.0.1', path = '', graphql?: PlainHandler): Promise<Listening> {
  if (graphql) app.use(path, (req, res) => void graphql(req, res));
  // Last, after every route the process added.
  app.use(notFound, answerErrors);
  const direct = (req: IncomingMessage) => graphql && req.method === 'POST' && (req.url === path || req.url?.startsWith(`${path}?`));
  return new Promise((resolve, reject) => {
    const server = createServer((req, res) => (direct(req) ? void graphql!(req, res) : app(req, res)));
    server.listen(port, host);
    server.once('error', reject);
    server.once('listening', () => {
      const actual = (server.address() as AddressInfo).port;
      resolve({
        server,
        port: actual,
        url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${actual}${path}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeIdleConnections();
          }),
      });
    });
  });
}
