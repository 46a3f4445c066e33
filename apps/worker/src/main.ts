import { AuthorityCode } from '@careplan/domain';
import { DEFAULTS, createLogger, onShutdown, portFromEnv } from '@careplan/runtime';
import { concurrencyFromEnv } from './concurrency';
import { dashboardCredentials } from './dashboard';
import { handlers } from './handlers';
import { startWorker } from './worker';

const logger = createLogger('worker');

/** SERVICE_AUTHORITIES: the councils this worker acts for (the same list its service issuer may vouch for). */
function authorities(env: NodeJS.ProcessEnv): string[] {
  const codes = (env.SERVICE_AUTHORITIES ?? '').split(',').map((c) => c.trim()).filter(Boolean);
  if (!codes.length && env.NODE_ENV === 'production') throw new Error('set SERVICE_AUTHORITIES: the GSS codes of the councils this worker serves');
  return codes.map((c) => AuthorityCode.parse(c, 'SERVICE_AUTHORITIES').toString());
}

Promise.resolve()
  .then(() =>
    startWorker({
      redisUrl: process.env.REDIS_URL ?? DEFAULTS.redisUrl,
      queuePrefix: process.env.QUEUE_PREFIX ?? DEFAULTS.queuePrefix,
      graphUrl: process.env.GRAPH_URL ?? DEFAULTS.graphUrl,
      handlers,
      authorities: authorities(process.env),
      smtpUrl: process.env.SMTP_URL || undefined,
      timing: {
        ...(process.env.REMINDER_SWEEP_CRON ? { sweepPattern: process.env.REMINDER_SWEEP_CRON } : {}),
        ...(process.env.JOB_LOCK_MS ? { lockDurationMs: Number(process.env.JOB_LOCK_MS) } : {}),
      },
      concurrency: concurrencyFromEnv(process.env),
      host: process.env.HOST ?? '127.0.0.1',
      port: portFromEnv('worker'),
      logger,
      dashboard: dashboardCredentials(process.env),
    }),
  )
  .then((running) => onShutdown(logger, [() => running.close()], Number(process.env.SHUTDOWN_TIME_LIMIT_MS ?? 15_000)))
  .catch((err: unknown) => {
    logger.fatal({ err }, 'worker failed to start');
    process.exit(1);
  });
