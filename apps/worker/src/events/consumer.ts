import { UnrecoverableError, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { traced } from '../tracing';
import type { DomainEvent } from '@careplan/domain';
import { DOMAIN_EVENTS_QUEUE, eventsSigningKey, verifyEvent, type Logger, type SignedDomainEvent } from '@careplan/runtime';
import type { EventRegistry } from './registry';
import { GraphRefused, type ServiceGraph } from './service-graph';

/** How long a processed marker outlives its job; far beyond any republish after a crash. */
const PROCESSED_TTL_SECONDS = 30 * 24 * 3600;

/** Refusals that no retry can change: the event stops, kept as failed with its reason. */
const REFUSED_FOR_GOOD = new Set(['BAD_USER_INPUT', 'RULE_VIOLATION', 'FORBIDDEN', 'NOT_FOUND']);

/** The Redis key saying a handler has completed for an event: the consumer's at-most-once record. */
export function processedMarker(prefix: string, eventId: string, handler: string): string {
  return `${prefix}:processed:${eventId}:${handler}`;
}

/** Runs a handler; a refusal for good ends the event's retries (other events go on meanwhile). */
async function runOnce(run: () => Promise<void>, handler: string): Promise<void> {
  try {
    await run();
  } catch (err) {
    if (err instanceof GraphRefused && err.codes.some((c) => REFUSED_FOR_GOOD.has(c))) throw new UnrecoverableError(`${handler}: ${err.message}`);
    throw err;
  }
}

/**
 * Consumes `domain-events`. Each handler runs at most once per event id: BullMQ drops a duplicate
 * job id while the job is kept, and a processed marker per (event, handler) covers the time after. An
 * event without a subgraph's signature (a job written straight into Redis) is refused for good, unread.
 */
export function startDomainEventConsumer(options: {
  connection: Redis;
  prefix: string;
  registry: EventRegistry;
  graph: ServiceGraph;
  logger: Logger;
  concurrency?: number;
  signingKey?: string;
}): Worker<SignedDomainEvent> {
  const { connection, prefix, registry, graph, logger } = options;
  const signingKey = options.signingKey ?? eventsSigningKey();
  const worker = new Worker<SignedDomainEvent>(
    DOMAIN_EVENTS_QUEUE,
    traced(async (job) => {
      if (!verifyEvent(signingKey, job.data)) throw new UnrecoverableError('the event carries no valid signature: no subgraph published it');
      const event: DomainEvent = job.data;
      const log = logger.child({ eventId: event.id, type: event.type, authority: event.authority });
      for (const handler of registry.handlersFor(event.type)) {
        const marker = processedMarker(prefix, event.id, handler.name);
        if (await connection.exists(marker)) {
          log.debug({ handler: handler.name }, 'already processed');
          continue;
        }
        await runOnce(() => handler.handle(event, { logger: log, graph: graph.for(event.authority), graphFor: (authority) => graph.for(authority) }), handler.name);
        await connection.set(marker, '1', 'EX', PROCESSED_TTL_SECONDS);
        log.info({ handler: handler.name }, 'event handled');
      }
    }),
    { connection, prefix, concurrency: options.concurrency ?? 4 },
  );
  worker.on('failed', (job, err) =>
    err instanceof UnrecoverableError
      ? logger.error({ eventId: job?.id, type: job?.data.type, err: err.message }, 'event refused for good: kept as failed')
      : logger.warn({ eventId: job?.id, attempts: job?.attemptsMade, err: err.message }, 'event handler failed'),
  );
  worker.on('error', (err) => logger.warn({ err: err.message }, 'domain-events worker error'));
  return worker;
}
