import type { LocalDate } from '../local-date';
import { ReminderMilestoneKind, currentMilestone, milestoneParts, type ReminderMessage, type ReminderMilestone } from '../review/reminders';
import { CONTINUITY_DUTY_CITATIONS, meetsNeedsFromArrival, type ContinuityDuty } from './continuity';
import { HandoverStatus } from './handover';

/** Days before a move its named contacts are reminded of a step still open (R20–R22). */
export const MOVE_REMINDER_DAYS: readonly number[] = [14, 7, 1];

/** The reminder milestone a move has reached today (BEFORE_14, BEFORE_7, BEFORE_1), or null: none on or after the day. */
export function moveMilestone(moveDate: LocalDate, today: LocalDate): ReminderMilestone | null {
  const milestone = currentMilestone(moveDate, today, { leadDays: MOVE_REMINDER_DAYS });
  return milestone && milestoneParts(milestone).kind === ReminderMilestoneKind.BEFORE ? milestone : null;
}

/** One reminder per move, milestone and move date (a changed date reminds again). */
export function moveReminderKey(handoverId: string, milestone: ReminderMilestone, moveDate: LocalDate): string {
  return `move-${handoverId}-${milestone}-${moveDate.toString()}`;
}

/**
 * The step a council still owes before the move: the sending council its package once it has matched the
 * notice (R21; before matching it has no named contact, and the notice waits in its queue), the receiving
 * council its own assessment (R22). Null when nothing is open on that side.
 */
export function openMoveStep(h: { status: HandoverStatus; assessed: boolean }, side: 'SENDING' | 'RECEIVING'): 'SHARE_PACKAGE' | 'ASSESS' | null {
  if (side === 'SENDING') return h.status === HandoverStatus.MATCHED ? 'SHARE_PACKAGE' : null;
  const open = h.status === HandoverStatus.NOTIFIED || h.status === HandoverStatus.MATCHED || h.status === HandoverStatus.SHARED;
  return open && !h.assessed ? 'ASSESS' : null;
}

/**
 * The e-mail to a named contact: what is still to do and by when, under the move's law, no names (R18's rule
 * for messages). Across the border nothing carries the person's care over, so the receiving council is told
 * that they have none from the day they arrive unless it arranges it.
 */
export function moveReminderMessage(step: 'SHARE_PACKAGE' | 'ASSESS', duty: ContinuityDuty, milestone: ReminderMilestone, moveDate: LocalDate, link: string | null): ReminderMessage {
  const days = milestoneParts(milestone).daysBefore;
  const law = CONTINUITY_DUTY_CITATIONS[duty];
  const todo =
    step === 'SHARE_PACKAGE'
      ? `Share the person’s current plan and latest assessment with the council they are moving to (${law}; R21).`
      : `Assess the person before they arrive, and explain in writing any difference from the other council’s view (${law}; R22). ${
          meetsNeedsFromArrival(duty)
            ? 'If you have not assessed by the move date, you must meet the needs in their current plan from the day they arrive.'
            : 'Their care from the other council ends on the move date and nothing is put in place automatically: unless you arrange it with them, they have none from the day they arrive.'
        }`;
  return {
    subject: `Move in ${days} day${days === 1 ? '' : 's'} (${moveDate.toString()}): ${step === 'SHARE_PACKAGE' ? 'information not yet shared' : 'not yet assessed'}`,
    text: `${['You are the named contact for a person moving between councils.', todo, `Move date: ${moveDate.toString()}.`, link ? `Open the move: ${link}` : 'Open careplan and look under moves.'].join('\n\n')}\n`,
  };
}
