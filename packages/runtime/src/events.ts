import { createHmac, timingSafeEqual } from 'node:crypto';
import type { DomainEvent } from '@careplan/domain';

/** The queue that carries domain events from the subgraphs' outboxes to the worker. */
export const DOMAIN_EVENTS_QUEUE = 'domain-events';

/** What a subgraph's relay puts on the queue: the event and its signature. */
export type SignedDomainEvent = DomainEvent & { signature: string };

/** For development and tests only; production refuses to start without its own key. */
const DEVELOPMENT_EVENTS_KEY = 'careplan-development-events-key-not-for-production';

/**
 * The key subgraphs sign domain events with and the worker checks them by (`EVENTS_SIGNING_KEY`, at
 * least 32 characters). A job written straight into Redis without it is never acted on.
 */
export function eventsSigningKey(env: NodeJS.ProcessEnv = process.env): string {
  const key = env.EVENTS_SIGNING_KEY;
  if (key && key.length >= 32) return key;
  if (env.NODE_ENV === 'production') throw new Error('EVENTS_SIGNING_KEY must be set to at least 32 characters in production');
  return DEVELOPMENT_EVENTS_KEY;
}

const eventHmac = (key: string, e: DomainEvent) => createHmac('sha256', key).update(JSON.stringify([e.id, e.type, e.authority, e.occurredAt, e.data])).digest('hex');

export function signEvent(key: string, event: DomainEvent): SignedDomainEvent {
  return { ...event, signature: eventHmac(key, event) };
}

/** True only for an event signed with the key, unchanged since. */
export function verifyEvent(key: string, event: Partial<SignedDomainEvent>): boolean {
  if (typeof event.signature !== 'string') return false;
  const expected = Buffer.from(eventHmac(key, event as DomainEvent), 'hex');
  const given = Buffer.from(event.signature, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
