import { Queue, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import type { ReminderMilestone } from '@careplan/domain';
import type { ArrivalJob } from '../handovers/arrive';

export const REVIEW_REMINDERS_QUEUE = 'review-reminders';
export const NOTIFICATIONS_QUEUE = 'notifications';

/**
 * A reminder to record: the sweep found the review at the milestone. Jobs hold the milestone's code, the
 * form in its key: jobs already in Redis keep working across a deploy.
 */
export interface RemindJob {
  authority: string;
  reviewId: string;
  milestone: ReminderMilestone;
  dueDate: string;
}

/** A move's reminder to record: the sweep found a step still open at a milestone before the move (R20–R22). */
export interface MoveRemindJob {
  authority: string;
  handoverId: string;
  milestone: ReminderMilestone;
  moveDate: string;
}

/** Jobs carry ids only: never a name, an address or a message body. */
export type ReminderJob =
  | { name: 'sweep'; data: Record<string, never> }
  | { name: 'sweep-authority'; data: { authority: string } }
  | { name: 'remind'; data: RemindJob }
  | { name: 'remind-move'; data: MoveRemindJob }
  | { name: 'handover-arrival'; data: ArrivalJob };

export interface DeliverJob {
  authority: string;
  deliveryId: string;
}

/** How reminders and deliveries are retried; tests shorten the waits. */
export interface ReminderTiming {
  /** Cron pattern of the daily sweep, in Europe/London. */
  sweepPattern: string;
  deliveryAttempts: number;
  /** First retry delay; each retry waits twice as long (exponential backoff). */
  deliveryBackoffMs: number;
  /** How long a job's lock lasts without renewal: a killed worker's job is re-run after it lapses. */
  lockDurationMs: number;
}

export const DEFAULT_REMINDER_TIMING: ReminderTiming = {
  sweepPattern: '0 6 * * *',
  deliveryAttempts: 8,
  deliveryBackoffMs: 60_000,
  lockDurationMs: 30_000,
};

export const SWEEP_SCHEDULER_ID = 'review-reminder-sweep';

const DAY = 24 * 3600;

/** Kept after completion for a while, so a duplicate sweep the same day is dropped by job id too. */
export const REMIND_OPTIONS: JobsOptions = { attempts: 5, backoff: { type: 'exponential', delay: 5_000 }, removeOnComplete: { age: 2 * DAY }, removeOnFail: { age: 30 * DAY } };

export function deliverOptions(timing: ReminderTiming): JobsOptions {
  return {
    attempts: timing.deliveryAttempts,
    backoff: { type: 'exponential', delay: timing.deliveryBackoffMs },
    removeOnComplete: { age: 7 * DAY },
    removeOnFail: { age: 30 * DAY },
  };
}

export const deliverJobId = (deliveryId: string) => `delivery-${deliveryId}`;

export function reminderQueues(connection: Redis, prefix: string) {
  return {
    reminders: new Queue(REVIEW_REMINDERS_QUEUE, { connection, prefix }),
    notifications: new Queue<DeliverJob>(NOTIFICATIONS_QUEUE, { connection, prefix }),
  };
}

export type ReminderQueues = ReturnType<typeof reminderQueues>;
