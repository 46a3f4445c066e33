import { createHash, timingSafeEqual } from 'node:crypto';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { Queue } from 'bullmq';
import type { Express, RequestHandler } from 'express';

export const DASHBOARD_PATH = '/queues';

export interface DashboardCredentials {
  user: string;
  password: string;
}

/**
 * QUEUE_DASHBOARD_USER and QUEUE_DASHBOARD_PASSWORD: the platform team's own login, not a council's token
 * (the queues hold every council's jobs). Without them the dashboard is not served; production wants a
 * password of at least 16 characters.
 */
export function dashboardCredentials(env: NodeJS.ProcessEnv): DashboardCredentials | undefined {
  const user = env.QUEUE_DASHBOARD_USER;
  const password = env.QUEUE_DASHBOARD_PASSWORD;
  if (!user && !password) return undefined;
  if (!user || !password) throw new Error('set both QUEUE_DASHBOARD_USER and QUEUE_DASHBOARD_PASSWORD, or neither');
  if (env.NODE_ENV === 'production' && password.length < 16) throw new Error('QUEUE_DASHBOARD_PASSWORD must be at least 16 characters in production');
  return { user, password };
}

const digest = (s: string) => createHash('sha256').update(s).digest();

/** HTTP basic authentication, compared in constant time. */
function basicAuth(credentials: DashboardCredentials): RequestHandler {
  const expected = digest(`${credentials.user}:${credentials.password}`);
  return (req, res, next) => {
    const [scheme, encoded] = (req.headers.authorization ?? '').split(' ');
    const given = scheme?.toLowerCase() === 'basic' && encoded ? Buffer.from(encoded, 'base64').toString('utf8') : '';
    if (given && timingSafeEqual(digest(given), expected)) return next();
    res.set('www-authenticate', 'Basic realm="careplan queues", charset="UTF-8"').status(401).json({ error: 'UNAUTHENTICATED' });
  };
}

/**
 * Only what says which job it is: a domain event's envelope without its payload (which names a person's
 * records and, for some events, a decision about them); other jobs carry ids only already.
 */
function withoutPayload(data: unknown): unknown {
  if (data && typeof data === 'object' && 'type' in data && 'data' in data) {
    const { id, type, authority, occurredAt } = data as { id?: string; type: string; authority?: string; occurredAt?: string };
    return { id, type, authority, occurredAt };
  }
  return data;
}

/** bull-board on `/queues`, read-only: operations watch the queues; the worker retries and the sweep rebuilds. */
export function serveQueueDashboard(app: Express, queues: Queue[], credentials: DashboardCredentials): void {
  const adapter = new ExpressAdapter();
  adapter.setBasePath(DASHBOARD_PATH);
  createBullBoard({
    queues: queues.map((queue) => {
      const shown = new BullMQAdapter(queue, { readOnlyMode: true });
      shown.setFormatter('data', withoutPayload);
      shown.setFormatter('returnValue', () => null);
      return shown;
    }),
    serverAdapter: adapter,
    options: { uiConfig: { boardTitle: 'careplan queues' } },
  });
  app.use(DASHBOARD_PATH, basicAuth(credentials), adapter.getRouter());
}
