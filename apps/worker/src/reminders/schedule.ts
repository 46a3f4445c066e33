import type { ReminderQueues, ReminderTiming } from './queues';
import { SWEEP_SCHEDULER_ID } from './queues';

/**
 * The daily sweep, upserted on every boot (so a Redis that lost its data gets it back), plus one sweep
 * now: whatever was due while Redis or the worker was away is rebuilt from Postgres straight away.
 */
export async function scheduleSweeps(queues: ReminderQueues, timing: ReminderTiming): Promise<void> {
  await queues.reminders.upsertJobScheduler(
    SWEEP_SCHEDULER_ID,
    { pattern: timing.sweepPattern, tz: 'Europe/London' },
    { name: 'sweep', data: {}, opts: { removeOnComplete: { count: 30 }, removeOnFail: { count: 30 } } },
  );
  await queues.reminders.add('sweep', {}, { removeOnComplete: true, removeOnFail: { count: 30 } });
}
