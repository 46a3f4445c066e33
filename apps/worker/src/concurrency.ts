/** How many jobs of each queue one worker process has in hand at once. */
export interface WorkerConcurrency {
  /** review-reminders: reminders to record (and the councils' sweeps). */
  reminders: number;
  /** notifications: deliveries to send. */
  notifications: number;
}

/**
 * Jobs in hand are what each council's batches are made of: enough that the next page gathers while one
 * is with the graph. A delivery waits on three steps (built, sent, recorded), so it needs more. Measured
 * with `npm run bench:reminders`; each job in hand costs a few KB.
 */
export const DEFAULT_CONCURRENCY: WorkerConcurrency = { reminders: 200, notifications: 500 };

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a whole number of jobs, at least 1`);
  return n;
}

/** REMINDER_CONCURRENCY and NOTIFICATION_CONCURRENCY, or the defaults. */
export function concurrencyFromEnv(env: NodeJS.ProcessEnv = process.env): WorkerConcurrency {
  return {
    reminders: positive(env, 'REMINDER_CONCURRENCY', DEFAULT_CONCURRENCY.reminders),
    notifications: positive(env, 'NOTIFICATION_CONCURRENCY', DEFAULT_CONCURRENCY.notifications),
  };
}
