import { milestoneParts } from '@careplan/domain';
import type { Logger } from '@careplan/runtime';
import { Batcher } from '../batcher';
import type { GraphCall, ServiceGraph } from '../events/service-graph';
import { RecordMoveRemindersDocument, RecordRemindersDocument, type RecordRemindersMutation } from '../graph/generated';
import type { WorkerMetrics } from '../metrics';
import type { MoveRemindJob, RemindJob, ReminderQueues, ReminderTiming } from './queues';
import { enqueueDeliveries } from './sweep';

type Recorded = RecordRemindersMutation['recordReminders'][number];

/**
 * Records each reminder once (the reviews subgraph holds the unique key), then queues its deliveries. The
 * jobs in hand for a council are recorded, and their deliveries queued, together: one graph call and one
 * round of Redis for a page of them. `record` is the graph call for one kind of reminder.
 */
function recorder<J extends { authority: string }>(
  graph: ServiceGraph,
  queues: ReminderQueues,
  timing: ReminderTiming,
  logger: Logger,
  metrics: WorkerMetrics,
  record: (graph: GraphCall, jobs: J[]) => Promise<Recorded[]>,
  describe: (job: J) => Record<string, string>,
): (job: J) => Promise<void> {
  const batcher = new Batcher<J, Recorded>(async (authority, jobs) => {
    const recorded = await record(graph.for(authority), jobs);
    const pending = recorded.flatMap((r) => (r?.deliveries ?? []).filter((d) => d.state === 'PENDING').map((d) => d.id));
    await enqueueDeliveries(queues, timing, authority, pending);
    const count = recorded.filter(Boolean).length;
    metrics.remindersRecorded(count);
    logger.info({ authority, reminders: count, deliveries: pending.length }, 'reminders recorded');
    return recorded;
  });
  return async (job) => {
    if (!(await batcher.add(job.authority, job))) logger.info({ authority: job.authority, ...describe(job) }, 'reminder no longer applies');
  };
}

/** R18: a review's reminder for a milestone. */
export function reminderRecorder(graph: ServiceGraph, queues: ReminderQueues, timing: ReminderTiming, logger: Logger, metrics: WorkerMetrics): (job: RemindJob) => Promise<void> {
  return recorder<RemindJob>(
    graph,
    queues,
    timing,
    logger,
    metrics,
    async (call, jobs) => (await call(RecordRemindersDocument, { input: { reminders: jobs.map(({ reviewId, milestone, dueDate }) => ({ reviewId, milestone: milestoneParts(milestone), dueDate })) } })).recordReminders,
    (job) => ({ reviewId: job.reviewId, milestone: job.milestone }),
  );
}

/** R20–R22: a move's reminder to the council's named contact of the step it still owes. */
export function moveReminderRecorder(graph: ServiceGraph, queues: ReminderQueues, timing: ReminderTiming, logger: Logger, metrics: WorkerMetrics): (job: MoveRemindJob) => Promise<void> {
  return recorder<MoveRemindJob>(
    graph,
    queues,
    timing,
    logger,
    metrics,
    async (call, jobs) => (await call(RecordMoveRemindersDocument, { input: { reminders: jobs.map(({ handoverId, milestone, moveDate }) => ({ handoverId, milestone: milestoneParts(milestone), moveDate })) } })).recordMoveReminders,
    (job) => ({ handoverId: job.handoverId, milestone: job.milestone }),
  );
}
