import { Job, type Queue } from 'bullmq';
import type { TestDatabase } from '@careplan/testing';

interface Counts {
  reminders: number;
  deliveries: number;
  /** Not yet delivered (PENDING or FAILED): counted from the partial index the sweep uses. */
  open: number;
  failed: number;
  /** When the last reminder was recorded and the last delivery delivered (ms since the epoch). */
  lastRecorded: number;
  lastDelivered: number;
}

const counts = async (db: TestDatabase): Promise<Counts> =>
  (
    await db.asAdmin<Counts>(
      `SELECT (SELECT count(*) FROM reviews.reminder)::int AS reminders,
              (SELECT count(*) FROM reviews.delivery)::int AS deliveries,
              (SELECT count(*) FROM reviews.delivery WHERE state <> 'DELIVERED')::int AS open,
              (SELECT count(*) FROM reviews.delivery WHERE state = 'FAILED')::int AS failed,
              coalesce((SELECT extract(epoch FROM max(created_at)) * 1000 FROM reviews.reminder), 0)::float8 AS "lastRecorded",
              coalesce((SELECT extract(epoch FROM max(delivered_at)) * 1000 FROM reviews.delivery), 0)::float8 AS "lastDelivered"`,
    )
  )[0];

/** Each council's sweep job once it has finished: when, and how many reminders it enqueued. */
async function sweepsDone(queue: Queue, jobIds: readonly string[]): Promise<{ finishedAt: number; reminders: number } | undefined> {
  const jobs = await Promise.all(jobIds.map((id) => Job.fromId(queue, id)));
  let finishedAt = 0;
  let reminders = 0;
  for (const job of jobs) {
    if (!job) throw new Error('a council’s sweep job is gone');
    if (job.failedReason && job.attemptsMade >= (job.opts.attempts ?? 1)) throw new Error(`a council’s sweep failed: ${job.failedReason}`);
    if (!job.returnvalue) return undefined;
    finishedAt = Math.max(finishedAt, job.finishedOn!);
    reminders += (job.returnvalue as { reminders: number }).reminders;
  }
  return { finishedAt, reminders };
}

export interface Completion {
  reminders: number;
  deliveries: number;
  /** Seconds from the start until every council's sweep had enqueued its reminders. */
  enqueueSeconds: number;
  /** Seconds from the start until the last reminder was recorded and the last delivery delivered. */
  endSeconds: number;
}

/**
 * Polls Redis (the sweep jobs) and Postgres every second until every reminder the sweeps enqueued is
 * recorded and every one of its deliveries is DELIVERED. The times come from the jobs' and rows' own
 * timestamps, so polling no more often loses no precision and takes little from the run. Prints
 * progress every 10 s; gives up after `timeoutMs`.
 */
export async function waitForCompletion(options: {
  db: TestDatabase;
  queue: Queue;
  sweepJobIds: readonly string[];
  startedAt: number;
  timeoutMs: number;
  died: Promise<never>;
  /** Appended to each progress line. */
  progress: () => string;
}): Promise<Completion> {
  const { db, queue, sweepJobIds, startedAt, timeoutMs, died, progress } = options;
  const seconds = (at: number) => (at - startedAt) / 1000;
  let reported = Date.now();
  for (;;) {
    const sweeps = await sweepsDone(queue, sweepJobIds);
    const now = await counts(db);
    if (now.failed) throw new Error(`${now.failed} deliveries failed`);
    if (sweeps && now.reminders === sweeps.reminders && now.open === 0) {
      return { reminders: now.reminders, deliveries: now.deliveries, enqueueSeconds: seconds(sweeps.finishedAt), endSeconds: seconds(Math.max(now.lastRecorded, now.lastDelivered)) };
    }
    if (Date.now() - startedAt > timeoutMs) throw new Error(`not done after ${timeoutMs / 1000} s: ${JSON.stringify(now)}`);
    if (Date.now() - reported >= 10_000) {
      reported = Date.now();
      console.log(`  … ${seconds(reported).toFixed(0)} s: ${now.reminders.toLocaleString('en-GB')} reminders recorded, ${(now.deliveries - now.open).toLocaleString('en-GB')} delivered${sweeps ? '' : ' (sweep still enqueueing)'}; ${progress()}`);
    }
    await Promise.race([new Promise((r) => setTimeout(r, 1_000)), died]);
  }
}
