/** The queue that carries domain events from the subgraphs' outboxes to the worker. */
export const DOMAIN_EVENTS_QUEUE = 'domain-events';
