import IORedis from 'ioredis';
import { DEFAULT_PORTS, createHttpApp, createLogger, listen, type Logger } from '@careplan/runtime';
import { DEFAULT_CONCURRENCY, type WorkerConcurrency } from './concurrency';
import { serveQueueDashboard, type DashboardCredentials } from './dashboard';
import { startDomainEventConsumer } from './events/consumer';
import { serveFailedEvents } from './events/failed-events';
import { EventRegistry, type EventHandler } from './events/registry';
import { ServiceGraph } from './events/service-graph';
import { WorkerMetrics } from './metrics';
import { startNotificationConsumer } from './notifications/consumer';
import { Mailer } from './notifications/transports';
import { startReminderConsumer } from './reminders/consumer';
import { DEFAULT_REMINDER_TIMING, reminderQueues, type ReminderTiming } from './reminders/queues';
import { scheduleSweeps } from './reminders/schedule';

export interface WorkerOptions {
  redisUrl: string;
  queuePrefix: string;
  /** Where the gateway is: handlers act through the graph. */
  graphUrl: string;
  handlers: EventHandler[];
  /** GSS codes of the councils whose reviews the reminder sweep covers. */
  authorities: readonly string[];
  /** smtp(s)://… for reminder e-mails; without it e-mail deliveries fail visibly. */
  smtpUrl?: string;
  timing?: Partial<ReminderTiming>;
  /** Jobs in hand at once per queue; see DEFAULT_CONCURRENCY. */
  concurrency?: Partial<WorkerConcurrency>;
  host?: string;
  port?: number;
  logger?: Logger;
  /** Who may open the queue dashboard on `/queues`; without them it is not served. */
  dashboard?: DashboardCredentials;
}

export interface RunningWorker {
  healthUrl: string;
  close(): Promise<void>;
}

/** Starts the consumers, upserts the daily reminder sweep (and runs one now), and health and metrics endpoints. */
export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  const logger = options.logger ?? createLogger('worker');
  const timing = { ...DEFAULT_REMINDER_TIMING, ...options.timing };
  const concurrency = { ...DEFAULT_CONCURRENCY, ...options.concurrency };
  const connection = new IORedis(options.redisUrl, { maxRetriesPerRequest: null });
  connection.on('error', (err) => logger.warn({ err: err.message }, 'redis connection error'));
  const graph = new ServiceGraph(options.graphUrl);
  const mailer = new Mailer(options.smtpUrl);
  const queues = reminderQueues(connection, options.queuePrefix);
  const metrics = new WorkerMetrics();
  const consumers = [
    startDomainEventConsumer({ connection, prefix: options.queuePrefix, registry: new EventRegistry(options.handlers), graph, logger }),
    startReminderConsumer({ connection, prefix: options.queuePrefix, queues, graph, authorities: options.authorities, timing, concurrency: concurrency.reminders, logger, metrics }),
    startNotificationConsumer({ connection, prefix: options.queuePrefix, graph, mailer, timing, concurrency: concurrency.notifications, logger, metrics }),
  ];
  for (const consumer of consumers) metrics.watch(consumer);
  await scheduleSweeps(queues, timing);
  const app = createHttpApp({ ready: async () => void (await connection.ping()) }, metrics.registry);
  const failedEvents = serveFailedEvents(app, connection, options.queuePrefix);
  metrics.depthOf([failedEvents, queues.reminders, queues.notifications]);
  if (options.dashboard) serveQueueDashboard(app, [failedEvents, queues.reminders, queues.notifications], options.dashboard);
  const listening = await listen(app, options.port ?? DEFAULT_PORTS.worker, options.host ?? '127.0.0.1');
  logger.info({ url: listening.url, authorities: options.authorities.length }, 'worker listening');
  return {
    healthUrl: `${listening.url}/health`,
    async close() {
      // Lets running jobs finish; the caller's shutdown time limit bounds the wait.
      await Promise.all(consumers.map((c) => c.close()));
      await Promise.all([queues.reminders.close(), queues.notifications.close(), failedEvents.close()]);
      await listening.close();
      mailer.close();
      connection.disconnect();
    },
  };
}
