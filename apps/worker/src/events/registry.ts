import type { DomainEvent, Logger } from '@careplan/runtime';
import type { GraphCall } from './service-graph';

/** What a handler works with: a logger, and the graph as a SERVICE of the event's authority. */
export interface HandlerContext {
  logger: Logger;
  graph: GraphCall;
}

/**
 * Reacts to one kind of domain event. Handlers must be idempotent: the queue delivers at least once
 * (a stalled job is re-run), and the consumer adds a processed marker on top.
 */
export interface EventHandler {
  /** Stable name: part of the processed marker, so renaming a handler re-runs it. */
  name: string;
  handles: string[];
  handle(event: DomainEvent, ctx: HandlerContext): Promise<void>;
}

export class EventRegistry {
  private readonly byType = new Map<string, EventHandler[]>();

  constructor(handlers: EventHandler[] = []) {
    for (const h of handlers) this.register(h);
  }

  register(handler: EventHandler): void {
    for (const type of handler.handles) this.byType.set(type, [...(this.byType.get(type) ?? []), handler]);
  }

  handlersFor(type: string): EventHandler[] {
    return this.byType.get(type) ?? [];
  }
}
