import { DEFAULTS, createLogger, onShutdown, portFromEnv } from '@careplan/runtime';
import { handlers } from './handlers';
import { startWorker } from './worker';

const logger = createLogger('worker');

startWorker({
  redisUrl: process.env.REDIS_URL ?? DEFAULTS.redisUrl,
  queuePrefix: process.env.QUEUE_PREFIX ?? DEFAULTS.queuePrefix,
  graphUrl: process.env.GRAPH_URL ?? DEFAULTS.graphUrl,
  handlers,
  host: process.env.HOST ?? '127.0.0.1',
  port: portFromEnv('worker'),
  logger,
})
  .then((running) => onShutdown(logger, [() => running.close()], Number(process.env.SHUTDOWN_TIME_LIMIT_MS ?? 15_000)))
  .catch((err: unknown) => {
    logger.fatal({ err }, 'worker failed to start');
    process.exit(1);
  });
