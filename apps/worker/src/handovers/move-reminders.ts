import { HandoverDirection, LocalDate, MOVE_REMINDER_DAYS, moveMilestone, moveReminderKey, openMoveStep } from '@careplan/domain';
import type { GraphCall } from '../events/service-graph';
import { MovesAheadDocument, type MovesAheadQuery } from '../graph/generated';
import { REMIND_OPTIONS, type MoveRemindJob } from '../reminders/queues';

/**
 * R20–R22: the council's open moves (into and out of its area) that reached a reminder milestone today
 * with a step it still owes, as jobs: one per move, milestone, move date and council, whatever the sweeps.
 */
export async function moveReminderJobs(graph: GraphCall, authority: string, today: LocalDate) {
  const horizon = today.plusDays(Math.max(...MOVE_REMINDER_DAYS));
  const jobs: Array<{ name: 'remind-move'; data: MoveRemindJob; opts: typeof REMIND_OPTIONS & { jobId: string } }> = [];
  for (const direction of [HandoverDirection.INCOMING, HandoverDirection.OUTGOING]) {
    for (const h of await openMoves(graph, direction, horizon)) {
      const moveDate = LocalDate.parse(h.moveDate);
      const milestone = moveMilestone(moveDate, today);
      const step = openMoveStep({ status: h.status, assessed: Boolean(h.secondAssessment) }, direction === HandoverDirection.INCOMING ? 'RECEIVING' : 'SENDING');
      if (!milestone || !step) continue;
      const key = moveReminderKey(h.id, milestone, moveDate);
      jobs.push({ name: 'remind-move', data: { authority, handoverId: h.id, milestone, moveDate: h.moveDate }, opts: { ...REMIND_OPTIONS, jobId: `${key}-${authority}` } });
    }
  }
  return jobs;
}

/** The council's open moves on one side whose date is on or before `movingBy`, every page. */
export async function openMoves(graph: GraphCall, direction: HandoverDirection, movingBy: LocalDate): Promise<MovesAheadQuery['handovers']['edges'][number]['node'][]> {
  const found: MovesAheadQuery['handovers']['edges'][number]['node'][] = [];
  let after: string | null = null;
  do {
    const { handovers: page }: MovesAheadQuery = await graph(MovesAheadDocument, { direction, movingBy: movingBy.toString(), after });
    found.push(...page.edges.map((e) => e.node));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return found;
}
