import { firstPlannedReview, nextPlannedReview } from './events/handlers/planned-reviews';
import type { EventHandler } from './events/registry';

/** Every domain-event handler the worker runs, one file each under events/handlers. */
export const handlers: EventHandler[] = [firstPlannedReview, nextPlannedReview];
