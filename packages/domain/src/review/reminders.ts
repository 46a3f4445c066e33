import { Role } from '../enums';
import { BadUserInput } from '../errors';
import { LocalDate } from '../local-date';

/**
 * R18 milestones: 28 and 7 days before the due date, the due date, and each week overdue. This code is the
 * milestone's internal form, part of each reminder's unique key and job id (existing rows and exactly-once
 * rest on it, so its format stays); clients see it as its parts (`milestoneParts`).
 */
export type ReminderMilestone = `BEFORE_${number}` | 'DUE' | `OVERDUE_${number}`;

/** What kind of milestone a reminder is for; the number that goes with it is in its parts. */
export enum ReminderMilestoneKind {
  BEFORE = 'BEFORE',
  DUE = 'DUE',
  OVERDUE = 'OVERDUE',
}

export const REMINDER_MILESTONE_KIND_LABELS: Record<ReminderMilestoneKind, string> = {
  BEFORE:
    'Coming up: within daysBefore days of the date — a review’s lead time, from the council’s reminderLeadDays (R18), or 14, 7 or 1 days before a move between councils (R20–R22).',
  DUE: 'The review is due today (R18).',
  OVERDUE: 'The review is overdue, in week weeksOverdue after its due date (R18); it also goes to team managers.',
};

/**
 * A milestone as a client reads it: the lead days are the council's own (1 to 90) and overdue weeks have no
 * end, so the number is a field of its own rather than part of an enum value.
 */
export interface MilestoneParts {
  kind: ReminderMilestoneKind;
  /** With BEFORE only: how many days before the date. */
  daysBefore: number | null;
  /** With OVERDUE only: in which week after the due date. */
  weeksOverdue: number | null;
}

/** The parts of a milestone code. */
export function milestoneParts(milestone: ReminderMilestone): MilestoneParts {
  if (milestone === 'DUE') return { kind: ReminderMilestoneKind.DUE, daysBefore: null, weeksOverdue: null };
  const [kind, n] = milestone.split('_');
  return kind === ReminderMilestoneKind.BEFORE
    ? { kind: ReminderMilestoneKind.BEFORE, daysBefore: Number(n), weeksOverdue: null }
    : { kind: ReminderMilestoneKind.OVERDUE, daysBefore: null, weeksOverdue: Number(n) };
}

/** The code of a milestone given by its parts: the number its kind needs, and no other. */
export function milestoneCode(parts: { kind: ReminderMilestoneKind; daysBefore?: number | null; weeksOverdue?: number | null }): ReminderMilestone {
  const days = parts.daysBefore ?? null;
  const weeks = parts.weeksOverdue ?? null;
  const whole = (n: number | null, max = Infinity) => n !== null && Number.isInteger(n) && n >= 1 && n <= max;
  if (parts.kind === ReminderMilestoneKind.DUE && days === null && weeks === null) return 'DUE';
  if (parts.kind === ReminderMilestoneKind.BEFORE && whole(days, 90) && weeks === null) return `BEFORE_${days!}`;
  if (parts.kind === ReminderMilestoneKind.OVERDUE && whole(weeks) && days === null) return `OVERDUE_${weeks!}`;
  throw new BadUserInput('milestone', 'give daysBefore (1 to 90) with BEFORE only, weeksOverdue (a whole number of weeks from 1) with OVERDUE only, and neither with DUE');
}

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
  return milestoneParts(milestone).kind === ReminderMilestoneKind.OVERDUE;
}

/** A member of a council's staff, as much as choosing a reminder's recipients needs. */
export interface ReminderStaff {
  id: string;
  userId: string;
  active: boolean;
  roles: readonly Role[];
  teamId: string | null;
}

export interface ReminderRecipient {
  id: string;
  userId: string;
  /** Sent to a manager because the review is overdue or nobody active is allocated. */
  escalation: boolean;
}

/**
 * R18: who a reminder goes to. The allocated practitioner, if active; an overdue review, or one with
 * nobody active allocated, also goes to the active managers of the person's team (else of the allocated
 * practitioner's team) or, with none there, to the council's managers: never to nobody while it has one.
 */
export function reminderRecipients(
  person: { allocatedPractitionerId: string | null; teamId: string | null },
  staff: readonly ReminderStaff[],
  escalation: boolean,
): ReminderRecipient[] {
  const allocated = staff.find((s) => s.id === person.allocatedPractitionerId);
  const recipients: ReminderRecipient[] = allocated?.active ? [{ id: allocated.id, userId: allocated.userId, escalation: false }] : [];
  if (recipients.length && !escalation) return recipients;
  const isManager = (s: ReminderStaff) => s.active && s.roles.includes(Role.TEAM_MANAGER);
  const teamId = person.teamId ?? allocated?.teamId ?? null;
  const teamManagers = teamId ? staff.filter((s) => isManager(s) && s.teamId === teamId) : [];
  for (const m of teamManagers.length ? teamManagers : staff.filter(isManager)) {
    if (!recipients.some((r) => r.id === m.id)) recipients.push({ id: m.id, userId: m.userId, escalation: true });
  }
  return recipients;
}

/** The unique key a reminder is recorded under (no ':' — BullMQ job ids may not contain one). */
export function reminderKey(reviewId: string, milestone: ReminderMilestone, dueDate: LocalDate): string {
  return `reminder-${reviewId}-${milestone}-${dueDate.toString()}`;
}

/** R18 local practice: 1 to 4 distinct lead times, each 1 to 90 days before the due date. */
export function parseReminderSettings(leadDays: readonly number[]): ReminderSettings {
  const days = [...new Set(leadDays)].sort((a, b) => b - a);
  if (days.length < 1 || days.length > 4 || days.some((d) => !Number.isInteger(d) || d < 1 || d > 90)) {
    throw new BadUserInput('reminderLeadDays', 'give 1 to 4 reminder lead times, each 1 to 90 days before the review is due');
  }
  return { leadDays: days };
}

/** How far ahead the sweep looks: the largest lead time. */
export function sweepHorizonDays(settings: ReminderSettings): number {
  return Math.max(...settings.leadDays);
}

export interface ReminderMessage {
  subject: string;
  text: string;
}

/**
 * The words of a reminder. Deliberately no name or other personal data: an e-mail can be forwarded or
 * read on a phone, so it says what is due and links to the review, where the reader signs in.
 */
export function reminderMessage(milestone: ReminderMilestone, dueDate: LocalDate, escalation: boolean, link: string | null): ReminderMessage {
  const due = dueDate.toString();
  const { kind, daysBefore, weeksOverdue } = milestoneParts(milestone);
  const subject =
    kind === ReminderMilestoneKind.DUE
      ? `Review due today (${due})`
      : kind === ReminderMilestoneKind.OVERDUE
        ? `Review overdue${weeksOverdue! > 1 ? ` by ${weeksOverdue} weeks` : ''} (due ${due})`
        : `Review due in ${daysBefore} days (${due})`;
  const lines = [
    escalation
      ? 'A review in your team is overdue. You are receiving this as team manager (Care Act 2014 s.27: plans are kept under review).'
      : 'A care and support plan review allocated to you is coming up or overdue.',
    `Due date: ${due}.`,
    link ? `Open the review: ${link}` : 'Open careplan and look under reviews due.',
  ];
  return { subject: escalation ? `[Escalation] ${subject}` : subject, text: `${lines.join('\n\n')}\n` };
}
