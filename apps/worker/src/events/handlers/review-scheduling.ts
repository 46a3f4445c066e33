import type { EventHandler } from '../registry';

const SCHEDULE = `mutation Schedule($plan: ID!, $after: ScheduleAfter!, $on: String!, $key: String!) {
  schedulePlannedReview(planId: $plan, after: $after, on: $on, key: $key) { id dueDate } }`;

/** R13: a signed-off plan gets its first planned review without anyone asking. */
export const firstPlannedReview: EventHandler = {
  name: 'first-planned-review',
  handles: ['PlanSignedOff'],
  async handle(event, { graph, logger }) {
    const { schedulePlannedReview } = await graph(SCHEDULE, { plan: event.data.planId, after: 'SIGN_OFF', on: event.data.agreedOn, key: event.id });
    logger.info({ planId: event.data.planId, reviewId: schedulePlannedReview.id }, 'first planned review scheduled');
  },
};

/**
 * R13: a completed review schedules the next, at the plan's agreed frequency and at most 12 months on.
 * A revision waits for the new version's sign-off; a closed plan has no next review.
 */
export const nextPlannedReview: EventHandler = {
  name: 'next-planned-review',
  handles: ['ReviewCompleted'],
  async handle(event, { graph, logger }) {
    // Unplanned, requested and DP reviews leave the planned cycle as it was: it already has its next review.
    if (event.data.kind !== 'PLANNED' || (event.data.outcome !== 'NO_CHANGE' && event.data.outcome !== 'CONFIRM')) return;
    const { schedulePlannedReview } = await graph(SCHEDULE, { plan: event.data.planId, after: 'REVIEW', on: event.data.completedOn, key: event.id });
    logger.info({ planId: event.data.planId, reviewId: schedulePlannedReview.id }, 'next planned review scheduled');
  },
};

/** R12a: a direct payment gets its review 6 months after the first payment. */
export const directPaymentReview: EventHandler = {
  name: 'direct-payment-review',
  handles: ['DirectPaymentStarted'],
  async handle(event, { graph, logger }) {
    const { scheduleDirectPaymentReview } = await graph(
      `mutation Schedule($plan: ID!, $first: String!, $key: String!) { scheduleDirectPaymentReview(planId: $plan, firstPaymentOn: $first, key: $key) { id dueDate } }`,
      { plan: event.data.planId, first: event.data.firstPaymentOn, key: event.id },
    );
    logger.info({ planId: event.data.planId, reviewId: scheduleDirectPaymentReview.id }, 'direct payment review scheduled');
  },
};

/** A closed plan's open reviews are cancelled. */
export const cancelReviewsOfClosedPlan: EventHandler = {
  name: 'cancel-reviews-of-closed-plan',
  handles: ['PlanClosed'],
  async handle(event, { graph, logger }) {
    const { cancelOpenReviews } = await graph(`mutation Cancel($plan: ID!) { cancelOpenReviews(planId: $plan, reason: "the plan was closed") { id } }`, { plan: event.data.planId });
    logger.info({ planId: event.data.planId, cancelled: cancelOpenReviews.length }, 'open reviews of a closed plan cancelled');
  },
};
