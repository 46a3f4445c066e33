import { cancelReviewsOfClosedPlan, directPaymentReview, firstPlannedReview, nextPlannedReview } from './events/handlers/review-scheduling';
import type { EventHandler } from './events/registry';

/** Every domain-event handler the worker runs, grouped by concern under events/handlers. */
export const handlers: EventHandler[] = [firstPlannedReview, nextPlannedReview, directPaymentReview, cancelReviewsOfClosedPlan];
