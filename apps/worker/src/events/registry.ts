import type { DomainEvent, DomainEventName } from '@careplan/domain';
import type { Logger } from '@careplan/runtime';
import type { GraphCall } from './service-graph';

/** What a handler works with: a logger, and the graph as a SERVICE of the event's authority. */
export interface HandlerContext {
  logger: Logger;
  graph: GraphCall;
  /** The graph as a SERVICE of another council: only a move between councils has a step for the other one. */
  graphFor(authority: string): GraphCall;
}

/**
 * Reacts to one kind of domain event, typed by the catalogue (`DomainEvents` in the domain). Handlers
 * must be idempotent: the queue delivers at least once (a stalled job is re-run), and the consumer adds
 * a processed marker on top.
 */
export interface EventHandler<N extends DomainEventName = DomainEventName> {
  /** Stable name: part of the processed marker, so renaming a handler re-runs it. */
  name: string;
  handles: readonly N[];
  handle(event: DomainEvent<N>, ctx: HandlerContext): Promise<void>;
}

/** Declares a handler; the payload types follow from the names it handles. */
export function onEvent<N extends DomainEventName>(handler: EventHandler<N>): EventHandler {
  return handler as unknown as EventHandler;
}

export class EventRegistry {
  private readonly byType = new Map<DomainEventName, EventHandler[]>();

  constructor(handlers: EventHandler[] = []) {
    for (const h of handlers) this.register(h);
  }

  register(handler: EventHandler): void {
    for (const type of handler.handles) this.byType.set(type, [...(this.byType.get(type) ?? []), handler]);
  }

  handlersFor(type: DomainEventName): EventHandler[] {
    return this.byType.get(type) ?? [];
  }
}
