import { HANDOVER_OPEN_STATUSES, LocalDate, moveDateReached, needsInterimArrangement } from '@careplan/domain';
import type { Logger } from '@careplan/runtime';
import type { GraphCall } from '../events/service-graph';
import { HandoverArrivalDocument, RecordHandoverArrivalDocument, StartContinuityBudgetDocument, StartContinuityPlanDocument } from '../graph/generated';

/** The arrival of one move as a job, once per handover and move date (a changed date is a new job; the old one finds nothing to do). */
export const arrivalJob = (authority: string, handoverId: string, moveDate: string) =>
  ({ name: 'handover-arrival', data: { authority, handoverId, moveDate }, opts: { jobId: `handover-arrival:${handoverId}:${moveDate}`, attempts: 8, backoff: { type: 'exponential', delay: 5_000 }, removeOnComplete: { age: 7 * 24 * 3600 }, removeOnFail: { age: 30 * 24 * 3600 } } }) as const;

export interface ArrivalJob {
  authority: string;
  handoverId: string;
  moveDate: string;
}

/**
 * R22, as the receiving council on the move date: when it has not assessed and the law puts the duty on
 * it, it puts in place a plan continuing the sending council's, with that plan's budget; then the arrival
 * is recorded, which ends the sending council's plans (through the HandoverArrived event). Every step is
 * idempotent, so a retried or repeated job changes nothing more; a withdrawn move or one whose date moved
 * does nothing.
 */
export async function arrive(graph: GraphCall, job: ArrivalJob, logger: Logger): Promise<void> {
  const { handover: h } = await graph(HandoverArrivalDocument, { id: job.handoverId });
  const open = h && HANDOVER_OPEN_STATUSES.includes(h.status);
  if (!h || !open || h.moveDate !== job.moveDate || !moveDateReached(h.moveDate, LocalDate.today())) {
    logger.info({ handoverId: job.handoverId, status: h?.status ?? null }, 'handover arrival: nothing pending');
    return;
  }
  let continuityPlanId = h.continuityPlan?.id ?? null;
  if (!continuityPlanId && needsInterimArrangement({ duty: h.continuityDuty, assessed: Boolean(h.secondAssessment), planShared: Boolean(h.continuityFrom) })) {
    continuityPlanId = (await graph(StartContinuityPlanDocument, { input: { handoverId: h.id } })).startContinuityPlan.id;
  }
  // Its budget is a step of its own, so a job retried after the plan was put in place still gives it one.
  if (continuityPlanId) await graph(StartContinuityBudgetDocument, { input: { planId: continuityPlanId } });
  const { recordHandoverArrival } = await graph(RecordHandoverArrivalDocument, { input: { handoverId: h.id, continuityPlanId } });
  logger.info({ handoverId: h.id, continuityPlanId: recordHandoverArrival.continuityPlan?.id ?? null }, 'handover arrived');
}
