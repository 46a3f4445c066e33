import { HandoverDirection, LocalDate, milestoneCode } from '@careplan/domain';
import { dataReturnsDir, type Logger } from '@careplan/runtime';
import { arrivalJob } from '../handovers/arrive';
import { moveReminderJobs, openMoves } from '../handovers/move-reminders';
import type { GraphCall } from '../events/service-graph';
import { deleteExpiredReturns } from '../returns/client-level-data';
import { PendingDeliveriesDocument, ReminderCandidatesDocument, type PendingDeliveriesQuery, type ReminderCandidatesQuery } from '../graph/generated';
import { REMIND_OPTIONS, deliverJobId, deliverOptions, type ReminderQueues, type ReminderTiming } from './queues';

/** One council's sweep as a job. Retried with backoff: at boot the graph may still be starting, and the next scheduled sweep is a day away. */
export const councilSweep = (authority: string) =>
  ({ name: 'sweep-authority', data: { authority }, opts: { attempts: 8, backoff: { type: 'exponential', delay: 2_000 }, removeOnComplete: true, removeOnFail: { count: 100 } } }) as const;

/** The daily sweep fans out: one job per council, so one council's trouble does not hold up another's. */
export async function sweepAll(queues: ReminderQueues, authorities: readonly string[]): Promise<void> {
  await queues.reminders.addBulk(authorities.map(councilSweep));
}

/**
 * R18: re-enqueues deliveries still pending (their jobs may have gone with Redis), then enqueues one job
 * per review that reached a milestone, with the reminder's key as job id. Both are safe to repeat. The
 * pending ones go first, so the sweep pages only through those left from before, not the new ones its
 * own reminders are creating meanwhile.
 */
export async function sweepAuthority(
  graph: GraphCall,
  queues: ReminderQueues,
  timing: ReminderTiming,
  authority: string,
  logger: Logger,
): Promise<{ reminders: number; resent: number; arrivals: number; moveReminders: number; expiredReturns: number }> {
  let resent = 0;
  let after: string | null = null;
  do {
    const { reminderDeliveries: page }: PendingDeliveriesQuery = await graph(PendingDeliveriesDocument, { after });
    resent += await enqueueDeliveries(queues, timing, authority, page.edges.map((e) => e.node.id));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);

  let reminders = 0;
  after = null;
  do {
    const { reminderCandidates: page }: ReminderCandidatesQuery = await graph(ReminderCandidatesDocument, { after });
    await queues.reminders.addBulk(
      page.candidates.map((c) => ({ name: 'remind', data: { authority, reviewId: c.reviewId, milestone: milestoneCode(c.milestone), dueDate: c.dueDate }, opts: { ...REMIND_OPTIONS, jobId: c.key } })),
    );
    reminders += page.candidates.length;
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  // R22: moves into the council whose date has come; the job id makes each one arrive once.
  const arriving = await openMoves(graph, HandoverDirection.INCOMING, LocalDate.today());
  await queues.reminders.addBulk(arriving.map((h) => arrivalJob(authority, h.id, h.moveDate)));
  // R20–R22: the named contacts of moves with a step still open, 14, 7 and 1 days before.
  const moves = await moveReminderJobs(graph, authority, LocalDate.today());
  await queues.reminders.addBulk(moves);
  // Statutory returns past their expiry: marked expired and their files deleted, asked for again or not.
  // Last, so trouble in analytics delays no reminder (the sweep is retried whole, and every step is safe to repeat).
  const expiredReturns = await deleteExpiredReturns(graph, dataReturnsDir());
  logger.info({ authority, reminders, resent, arrivals: arriving.length, moveReminders: moves.length, expiredReturns }, 'reminder sweep done');
  return { reminders, resent, arrivals: arriving.length, moveReminders: moves.length, expiredReturns };
}

/**
 * One job per delivery (the job id is the delivery's), added together; returns how many were new. A job
 * that failed for good while its delivery is still pending (the final failure could not be recorded) is
 * retried rather than left stuck.
 */
export async function enqueueDeliveries(queues: ReminderQueues, timing: ReminderTiming, authority: string, deliveryIds: readonly string[]): Promise<number> {
  const existing = await Promise.all(deliveryIds.map((id) => queues.notifications.getJob(deliverJobId(id))));
  await Promise.all(
    existing.map(async (job) => {
      if (job && (await job.isFailed())) await job.retry('failed');
    }),
  );
  const fresh = deliveryIds.filter((_, i) => !existing[i]);
  await queues.notifications.addBulk(fresh.map((deliveryId) => ({ name: 'deliver', data: { authority, deliveryId }, opts: { ...deliverOptions(timing), jobId: deliverJobId(deliveryId) } })));
  return fresh.length;
}
