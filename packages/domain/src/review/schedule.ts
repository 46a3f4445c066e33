import { BadUserInput } from '../errors';
import { LocalDate } from '../local-date';

/** Local practice for planned reviews (R13), per authority; the defaults are domain.md's. */
export interface ReviewSettings {
  /** First planned review after sign-off: 8 weeks by default (6-8 weeks is the usual light-touch review). */
  firstReviewWeeks: number;
  /** The longest gap between planned reviews: 12 months. */
  maxMonthsBetweenReviews: number;
}

export const DEFAULT_REVIEW_SETTINGS: ReviewSettings = { firstReviewWeeks: 8, maxMonthsBetweenReviews: 12 };

export function parseReviewSettings(input: Partial<ReviewSettings>): ReviewSettings {
  const settings = { ...DEFAULT_REVIEW_SETTINGS, ...input };
  if (!Number.isInteger(settings.firstReviewWeeks) || settings.firstReviewWeeks < 2 || settings.firstReviewWeeks > 13) {
    throw new BadUserInput('firstReviewWeeks', 'the first review falls 2 to 13 weeks after sign-off');
  }
  if (!Number.isInteger(settings.maxMonthsBetweenReviews) || settings.maxMonthsBetweenReviews < 1 || settings.maxMonthsBetweenReviews > 12) {
    throw new BadUserInput('maxMonthsBetweenReviews', 'plans are reviewed at least every 12 months');
  }
  return settings;
}

/** R13: the first planned review after a plan is signed off. */
export function firstPlannedReviewDue(signedOffOn: LocalDate, settings: ReviewSettings = DEFAULT_REVIEW_SETTINGS): LocalDate {
  return signedOffOn.plusWeeks(settings.firstReviewWeeks);
}

/**
 * R13: the next planned review after one is completed: the plan's agreed frequency when it is more often
 * than the authority's maximum gap, else that maximum (at most 12 months).
 */
export function nextPlannedReviewDue(lastCompletedOn: LocalDate, agreedEveryMonths: number | null, settings: ReviewSettings = DEFAULT_REVIEW_SETTINGS): LocalDate {
  const months = agreedEveryMonths && agreedEveryMonths < settings.maxMonthsBetweenReviews ? agreedEveryMonths : settings.maxMonthsBetweenReviews;
  return lastCompletedOn.plusMonths(months);
}
