import type { Logger } from '@careplan/runtime';
import type { GraphCall } from '../events/service-graph';
import { PendingDeliveriesDocument, ReminderCandidatesDocument, type PendingDeliveriesQuery, type ReminderCandidatesQuery } from '../graph/generated';
import { REMIND_OPTIONS, deliverJobId, deliverOptions, type ReminderQueues, type ReminderTiming } from './queues';

/** The daily sweep fans out: one job per council, so one council's trouble does not hold up another's. */
export async function sweepAll(queues: ReminderQueues, authorities: readonly string[]): Promise<void> {
  // Retried with backoff: at boot the graph may still be starting, and the next scheduled sweep is a day away.
  await queues.reminders.addBulk(
    authorities.map((authority) => ({ name: 'sweep-authority', data: { authority }, opts: { attempts: 8, backoff: { type: 'exponential', delay: 2_000 }, removeOnComplete: true, removeOnFail: { count: 100 } } })),
  );
}

/**
 * R18: enqueues one job per review that reached a milestone, with the reminder's key as job id, and
 * re-enqueues deliveries still pending (their jobs may have gone with Redis). Both are safe to repeat.
 */
export async function sweepAuthority(graph: GraphCall, queues: ReminderQueues, timing: ReminderTiming, authority: string, logger: Logger): Promise<{ reminders: number; resent: number }> {
  let reminders = 0;
  let after: string | null = null;
  do {
    const { reminderCandidates: page }: ReminderCandidatesQuery = await graph(ReminderCandidatesDocument, { after });
    await queues.reminders.addBulk(
      page.candidates.map((c) => ({ name: 'remind', data: { authority, reviewId: c.reviewId, milestone: c.milestone, dueDate: c.dueDate }, opts: { ...REMIND_OPTIONS, jobId: c.key } })),
    );
    reminders += page.candidates.length;
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);

  let resent = 0;
  after = null;
  do {
    const { reminderDeliveries: page }: PendingDeliveriesQuery = await graph(PendingDeliveriesDocument, { after });
    for (const { node } of page.edges) resent += (await enqueueDelivery(queues, timing, authority, node.id)) ? 1 : 0;
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  logger.info({ authority, reminders, resent }, 'reminder sweep done');
  return { reminders, resent };
}

/**
 * One job per delivery (the job id is the delivery's). A job that failed for good while its delivery
 * is still pending (the final failure could not be recorded) is retried rather than left stuck.
 */
export async function enqueueDelivery(queues: ReminderQueues, timing: ReminderTiming, authority: string, deliveryId: string): Promise<boolean> {
  const jobId = deliverJobId(deliveryId);
  const existing = await queues.notifications.getJob(jobId);
  if (existing) {
    if (await existing.isFailed()) await existing.retry('failed');
    return false;
  }
  await queues.notifications.add('deliver', { authority, deliveryId }, { ...deliverOptions(timing), jobId });
  return true;
}
