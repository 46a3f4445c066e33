import IORedis from 'ioredis';
import { DEFAULT_PORTS, createHttpApp, createLogger, listen, type Logger } from '@careplan/runtime';
import { startDomainEventConsumer } from './events/consumer';
import { EventRegistry, type EventHandler } from './events/registry';
import { ServiceGraph } from './events/service-graph';

export interface WorkerOptions {
  redisUrl: string;
  queuePrefix: string;
  /** Where the gateway is: handlers act through the graph. */
  graphUrl: string;
  handlers: EventHandler[];
  host?: string;
  port?: number;
  logger?: Logger;
}

export interface RunningWorker {
  healthUrl: string;
  close(): Promise<void>;
}

/** Starts the consumers and a health endpoint (`/ready` pings Redis). */
export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  const logger = options.logger ?? createLogger('worker');
  const connection = new IORedis(options.redisUrl, { maxRetriesPerRequest: null });
  connection.on('error', (err) => logger.warn({ err: err.message }, 'redis connection error'));
  const events = startDomainEventConsumer({
    connection,
    prefix: options.queuePrefix,
    registry: new EventRegistry(options.handlers),
    graph: new ServiceGraph(options.graphUrl),
    logger,
  });
  const app = createHttpApp({ ready: async () => void (await connection.ping()) });
  const listening = await listen(app, options.port ?? DEFAULT_PORTS.worker, options.host ?? '127.0.0.1');
  logger.info({ url: listening.url }, 'worker listening');
  return {
    healthUrl: `${listening.url}/health`,
    async close() {
      // Lets running jobs finish; the caller's shutdown time limit bounds the wait.
      await events.close();
      await listening.close();
      connection.disconnect();
    },
  };
}
