import express, { type Express } from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HealthChecks {
  /** Throws when the process cannot serve (a dependency is down). */
  ready: () => Promise<void>;
}

/** An Express app with `/health` (the process is up) and `/ready` (its dependencies answer). */
export function createHttpApp(checks: HealthChecks): Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    try {
      await checks.ready();
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'unavailable' });
    }
  });
  return app;
}

export interface Listening {
  server: Server;
  port: number;
  url: string;
  close(): Promise<void>;
}

export function listen(app: Express, port: number, host = '127.0.0.1', path = ''): Promise<Listening> {
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
