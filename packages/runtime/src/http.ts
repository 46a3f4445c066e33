import express, { type ErrorRequestHandler, type Express, type RequestHandler } from 'express';
import type { Server } from 'node:http';
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
  res.status(500).json(errorBody('Something went wrong on our side.', 'INTERNAL_SERVER_ERROR'));
};

export interface Listening {
  server: Server;
  port: number;
  url: string;
  close(): Promise<void>;
}

export function listen(app: Express, port: number, host = '127.0.0.1', path = ''): Promise<Listening> {
  // Last, after every route the process added.
  app.use(notFound, answerErrors);
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host);
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
