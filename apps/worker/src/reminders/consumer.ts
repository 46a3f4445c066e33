import { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { traced } from '../tracing';
import type { Logger } from '@careplan/runtime';
import type { ServiceGraph } from '../events/service-graph';
import type { WorkerMetrics } from '../metrics';
import { REVIEW_REMINDERS_QUEUE, type ReminderJob, type ReminderQueues, type ReminderTiming } from './queues';
import { moveReminderRecorder, reminderRecorder } from './remind';
import { sweepAll, sweepAuthority } from './sweep';
import { arrive } from '../handovers/arrive';

/** Consumes `review-reminders`: the daily sweep, each council's sweep, one job per reminder (of a review or a move) and one per move arriving (R22). */
export function startReminderConsumer(options: {
  connection: Redis;
  prefix: string;
  queues: ReminderQueues;
  graph: ServiceGraph;
  authorities: readonly string[];
  timing: ReminderTiming;
  concurrency: number;
  logger: Logger;
  metrics: WorkerMetrics;
}): Worker {
  const { connection, prefix, queues, graph, authorities, timing, concurrency, logger } = options;
  const record = reminderRecorder(graph, queues, timing, logger, options.metrics);
  const recordMove = moveReminderRecorder(graph, queues, timing, logger, options.metrics);
  const worker = new Worker(
    REVIEW_REMINDERS_QUEUE,
    traced(async (job) => {
      const { name, data } = job as unknown as ReminderJob;
      if (name === 'sweep') return sweepAll(queues, authorities);
      if (name === 'sweep-authority') return sweepAuthority(graph.for(data.authority), queues, timing, data.authority, logger);
      if (name === 'remind') return record(data);
      if (name === 'remind-move') return recordMove(data);
      if (name === 'handover-arrival') return arrive(graph.for(data.authority), data, logger);
      throw new Error(`unknown reminder job ${String(name)}`);
    }),
    { connection, prefix, concurrency, lockDuration: timing.lockDurationMs, stalledInterval: timing.lockDurationMs },
  );
  worker.on('failed', (job, err) => logger.warn({ jobId: job?.id, job: job?.name, attempts: job?.attemptsMade, err: err.message }, 'reminder job failed'));
  worker.on('error', (err) => logger.warn({ err: err.message }, 'review-reminders worker error'));
  return worker;
}
