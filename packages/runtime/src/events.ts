/** The queue that carries domain events from the subgraphs' outboxes to the worker. */
export const DOMAIN_EVENTS_QUEUE = 'domain-events';

/** Event data carries ids and codes only: job payloads never hold personal data. */
export type EventData = Record<string, string | number | boolean | null>;

/** A domain event as it travels on the queue; `id` is the outbox row's id and the job id. */
export interface DomainEvent {
  id: string;
  type: string;
  authority: string;
  occurredAt: string;
  data: EventData;
}
