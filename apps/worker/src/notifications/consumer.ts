import { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { traced } from '../tracing';
import type { Logger } from '@careplan/runtime';
import type { ServiceGraph } from '../events/service-graph';
import type { WorkerMetrics } from '../metrics';
import { NOTIFICATIONS_QUEUE, type DeliverJob, type ReminderTiming } from '../reminders/queues';
import { deliverer } from './deliver';
import type { Mailer } from './transports';

/** Consumes `notifications`: one job per delivery, retried with backoff until it succeeds or runs out. */
export function startNotificationConsumer(options: {
  connection: Redis;
  prefix: string;
  graph: ServiceGraph;
  mailer: Mailer;
  timing: ReminderTiming;
  concurrency: number;
  logger: Logger;
  metrics: WorkerMetrics;
}): Worker<DeliverJob> {
  const { connection, prefix, graph, mailer, timing, concurrency, logger } = options;
  const deliver = deliverer(graph, mailer, logger, options.metrics);
  const worker = new Worker<DeliverJob>(
    NOTIFICATIONS_QUEUE,
    traced(async (job) => {
      const final = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      await deliver(job.data.authority, job.data.deliveryId, { final });
    }),
    { connection, prefix, concurrency, lockDuration: timing.lockDurationMs, stalledInterval: timing.lockDurationMs },
  );
  worker.on('error', (err) => logger.warn({ err: err.message }, 'notifications worker error'));
  return worker;
}
