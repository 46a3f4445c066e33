import { ReviewState, ReviewStatus } from '../enums';
import { LocalDate } from '../local-date';

/** Default lead time of the first reminder (R18: 28 days before the due date). */
export const DUE_SOON_DAYS = 28;

/**
 * R18: a review's status is derived from its due date and today, never stored, so it cannot go stale.
 * Closed states (in progress, completed, refused, cancelled) win over dates.
 */
export function reviewStatus(state: ReviewState, dueDate: LocalDate, today: LocalDate, dueSoonDays = DUE_SOON_DAYS): ReviewStatus {
  switch (state) {
    case ReviewState.IN_PROGRESS:
      return ReviewStatus.IN_PROGRESS;
    case ReviewState.COMPLETED:
      return ReviewStatus.COMPLETED;
    case ReviewState.REFUSED:
      return ReviewStatus.REFUSED;
    case ReviewState.CANCELLED:
      return ReviewStatus.CANCELLED;
    case ReviewState.OPEN: {
      const days = today.daysUntil(dueDate);
      if (days < 0) return ReviewStatus.OVERDUE;
      if (days === 0) return ReviewStatus.DUE;
      return days <= dueSoonDays ? ReviewStatus.DUE_SOON : ReviewStatus.SCHEDULED;
    }
  }
}

/**
 * `reviewStatus` turned around: the state and the due dates (inclusive; open-ended where left out) of the
 * reviews that have `status` today, so that a worklist filtered by status is filtered and paged by the
 * database. Null for a closed status, which no open review has.
 */
export function reviewStatusWindow(status: ReviewStatus, today: LocalDate, dueSoonDays = DUE_SOON_DAYS): { state: ReviewState; from?: LocalDate; to?: LocalDate } | null {
  switch (status) {
    case ReviewStatus.IN_PROGRESS:
      return { state: ReviewState.IN_PROGRESS };
    case ReviewStatus.OVERDUE:
      return { state: ReviewState.OPEN, to: today.plusDays(-1) };
    case ReviewStatus.DUE:
      return { state: ReviewState.OPEN, from: today, to: today };
    case ReviewStatus.DUE_SOON:
      return { state: ReviewState.OPEN, from: today.plusDays(1), to: today.plusDays(dueSoonDays) };
    case ReviewStatus.SCHEDULED:
      return { state: ReviewState.OPEN, from: today.plusDays(dueSoonDays + 1) };
    default:
      return null;
  }
}

const OPEN_STATES = new Set([ReviewState.OPEN, ReviewState.IN_PROGRESS]);

/** A review still to be done: open or in progress (not completed, refused or cancelled). */
export function isReviewOpen(state: ReviewState): boolean {
  return OPEN_STATES.has(state);
}

/** The review a plan is waiting for: the earliest-due one not yet completed, refused or cancelled. */
export function nextReview<T extends { state: ReviewState; dueDate: string }>(reviews: readonly T[]): T | null {
  return (
    reviews
      .filter((r) => isReviewOpen(r.state))
      .sort((a, b) => LocalDate.parse(a.dueDate).compare(LocalDate.parse(b.dueDate)))[0] ?? null
  );
}
