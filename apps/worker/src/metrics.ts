import type { Queue, Worker } from 'bullmq';
import { Counter, Gauge, type Registry } from 'prom-client';
import { BoundedLabel, createMetricsRegistry } from '@careplan/runtime';

/** States of a queue reported as its depth. */
const STATES = ['waiting', 'active', 'delayed', 'failed'] as const;

/** A scrape does not wait longer than this for Redis: /metrics answers even while Redis is away. */
const COUNTS_TIMEOUT_MS = 2_000;

export type DeliveryOutcome = 'delivered' | 'failed' | 'undeliverable' | 'withdrawn';

/**
 * The worker's metrics: queue depths read from Redis when scraped, job outcomes per queue and job name,
 * reminders recorded, and deliveries by channel and outcome. Labels are names and states, never ids.
 */
export class WorkerMetrics {
  readonly registry: Registry = createMetricsRegistry('worker');
  // Job names are event types and the worker's own names; a job written straight into Redis may carry any.
  private readonly jobNames = new BoundedLabel(100);
  private readonly jobs = new Counter({
    name: 'careplan_jobs_total',
    help: 'Jobs the worker finished, by queue, job name and outcome (completed, or failed: every failed attempt, retries included)',
    labelNames: ['queue', 'job', 'outcome'],
    registers: [this.registry],
  });
  private readonly reminders = new Counter({
    name: 'careplan_reminders_recorded_total',
    help: 'Review reminders recorded, once per review and milestone',
    registers: [this.registry],
  });
  private readonly deliveries = new Counter({
    name: 'careplan_deliveries_total',
    help: 'Reminder delivery attempts by channel and outcome (delivered, failed, undeliverable, withdrawn)',
    labelNames: ['channel', 'outcome'],
    registers: [this.registry],
  });

  /** Counts the outcome of every job `worker` finishes. */
  watch(worker: Worker): void {
    const count = (name: string | undefined, outcome: string) => this.jobs.inc({ queue: worker.name, job: this.jobNames.value(name ?? 'unknown'), outcome });
    worker.on('completed', (job) => count(job.name, 'completed'));
    worker.on('failed', (job) => count(job?.name, 'failed'));
  }

  /** Reports the depth of each queue, read from Redis on every scrape. */
  depthOf(queues: Queue[]): void {
    new Gauge({
      name: 'careplan_queue_jobs',
      help: 'Jobs in each queue by state (waiting, active, delayed, failed), read when scraped',
      labelNames: ['queue', 'state'],
      registers: [this.registry],
      async collect() {
        try {
          const counts = await Promise.all(queues.map((q) => withTimeout(q.getJobCounts(...STATES))));
          this.reset();
          queues.forEach((q, i) => STATES.forEach((state) => this.set({ queue: q.name, state }, counts[i][state] ?? 0)));
        } catch {
          // Redis does not answer: no depth rather than a stale one (and /ready says why).
          this.reset();
        }
      },
    });
  }

  remindersRecorded(count: number): void {
    this.reminders.inc(count);
  }

  delivery(channel: string, outcome: DeliveryOutcome): void {
    this.deliveries.inc({ channel: channel.toLowerCase(), outcome });
  }
}

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('redis did not answer in time')), COUNTS_TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
