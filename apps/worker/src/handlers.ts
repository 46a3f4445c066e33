import type { EventHandler } from './events/registry';

/**
 * Every domain-event handler the worker runs, one file each under events/handlers.
 * The first real handlers (scheduling reviews from PlanSignedOff and ReviewCompleted) arrive with reviews.
 */
export const handlers: EventHandler[] = [];
