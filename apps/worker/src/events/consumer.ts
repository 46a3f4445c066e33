import { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { DomainEvent } from '@careplan/domain';
import { DOMAIN_EVENTS_QUEUE, type Logger } from '@careplan/runtime';
import type { EventRegistry } from './registry';
import type { ServiceGraph } from './service-graph';

/** How long a processed marker outlives its job; far beyond any republish after a crash. */
const PROCESSED_TTL_SECONDS = 30 * 24 * 3600;

/**
 * Consumes `domain-events`. Each handler runs at most once per event id: BullMQ drops a duplicate
 * job id while the job is kept, and a processed marker per (event, handler) covers the time after.
 */
export function startDomainEventConsumer(options: {
  connection: Redis;
  prefix: string;
  registry: EventRegistry;
  graph: ServiceGraph;
  logger: Logger;
  concurrency?: number;
}): Worker<DomainEvent> {
  const { connection, prefix, registry, graph, logger } = options;
  const worker = new Worker<DomainEvent>(
    DOMAIN_EVENTS_QUEUE,
    async (job) => {
      const event = job.data;
      const log = logger.child({ eventId: event.id, type: event.type, authority: event.authority });
      for (const handler of registry.handlersFor(event.type)) {
        const marker = `${prefix}:processed:${event.id}:${handler.name}`;
        if (await connection.exists(marker)) {
          log.debug({ handler: handler.name }, 'already processed');
          continue;
        }
        await handler.handle(event, { logger: log, graph: graph.for(event.authority) });
        await connection.set(marker, '1', 'EX', PROCESSED_TTL_SECONDS);
        log.info({ handler: handler.name }, 'event handled');
      }
    },
    { connection, prefix, concurrency: options.concurrency ?? 4 },
  );
  worker.on('failed', (job, err) => logger.warn({ eventId: job?.id, attempts: job?.attemptsMade, err: err.message }, 'event handler failed'));
  worker.on('error', (err) => logger.warn({ err: err.message }, 'domain-events worker error'));
  return worker;
}
