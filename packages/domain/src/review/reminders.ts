import { LocalDate } from '../local-date';

/** R18 milestones: 28 and 7 days before the due date, the due date, and each week overdue. */
export type ReminderMilestone = `BEFORE_${number}` | 'DUE' | `OVERDUE_${number}`;

export interface ReminderSettings {
  /** Days before the due date to remind, largest first (default 28 and 7). */
  leadDays: readonly number[];
}

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = { leadDays: [28, 7] };

/**
 * R18: the milestone a review has reached today, or null before the first. A sweep records it under a
 * unique key (review, milestone, due date), so each milestone is reminded once however often it runs.
 */
export function currentMilestone(dueDate: LocalDate, today: LocalDate, settings: ReminderSettings = DEFAULT_REMINDER_SETTINGS): ReminderMilestone | null {
  const days = today.daysUntil(dueDate);
  if (days === 0) return 'DUE';
  if (days < 0) return `OVERDUE_${Math.ceil(-days / 7)}`;
  const lead = [...settings.leadDays].sort((a, b) => a - b).find((d) => days <= d);
  return lead === undefined ? null : `BEFORE_${lead}`;
}

/** R18: overdue reminders go to the team manager as well as the allocated practitioner. */
export function escalates(milestone: ReminderMilestone): boolean {
  return milestone.startsWith('OVERDUE_');
}

/** The unique key a reminder is recorded under (no ':' — BullMQ job ids may not contain one). */
export function reminderKey(reviewId: string, milestone: ReminderMilestone, dueDate: LocalDate): string {
  return `reminder-${reviewId}-${milestone}-${dueDate.toString()}`;
}
