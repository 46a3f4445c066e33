import type { Logger } from '@careplan/runtime';
import { Batcher } from '../batcher';
import type { ServiceGraph } from '../events/service-graph';
import { RecordRemindersDocument, type RecordRemindersMutation } from '../graph/generated';
import type { WorkerMetrics } from '../metrics';
import type { RemindJob, ReminderQueues, ReminderTiming } from './queues';
import { enqueueDeliveries } from './sweep';

type Recorded = RecordRemindersMutation['recordReminders'][number];

/**
 * R18: records each reminder once (the reviews subgraph holds the unique key), then queues its
 * deliveries. The reminder jobs in hand for a council are recorded, and their deliveries queued,
 * together: one graph call and one round of Redis for a page of them.
 */
export function reminderRecorder(graph: ServiceGraph, queues: ReminderQueues, timing: ReminderTiming, logger: Logger, metrics: WorkerMetrics): (job: RemindJob) => Promise<void> {
  const batcher = new Batcher<RemindJob, Recorded>(async (authority, jobs) => {
    const { recordReminders } = await graph.for(authority)(RecordRemindersDocument, {
      input: { reminders: jobs.map(({ reviewId, milestone, dueDate }) => ({ reviewId, milestone, dueDate })) },
    });
    const pending = recordReminders.flatMap((r) => (r?.deliveries ?? []).filter((d) => d.state === 'PENDING').map((d) => d.id));
    await enqueueDeliveries(queues, timing, authority, pending);
    const recorded = recordReminders.filter(Boolean).length;
    metrics.remindersRecorded(recorded);
    logger.info({ authority, reminders: recorded, deliveries: pending.length }, 'reminders recorded');
    return recordReminders;
  });
  return async (job) => {
    if (!(await batcher.add(job.authority, job))) logger.info({ authority: job.authority, reviewId: job.reviewId, milestone: job.milestone }, 'reminder no longer applies');
  };
}
