import { Queue } from 'bullmq';
import type { Express } from 'express';
import type { Redis } from 'ioredis';
import type { DomainEvent } from '@careplan/domain';
import { DOMAIN_EVENTS_QUEUE } from '@careplan/runtime';

/** The newest failed events this lists, for operations. */
const SHOWN = 100;

/**
 * `GET /events/failed`: the events no handler could complete (refused for good, or out of retries), newest
 * first, with ids, type, council and the reason — never a payload, so no personal data. They stay a month.
 */
export function serveFailedEvents(app: Express, connection: Redis, prefix: string): Queue<DomainEvent> {
  const queue = new Queue<DomainEvent>(DOMAIN_EVENTS_QUEUE, { connection, prefix });
  app.get('/events/failed', async (_req, res) => {
    const jobs = await queue.getFailed(0, SHOWN - 1);
    res.json(
      jobs.map((job) => ({
        id: job.id,
        type: job.data.type,
        authority: job.data.authority,
        reason: job.failedReason,
        attempts: job.attemptsMade,
        failedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
      })),
    );
  });
  return queue;
}
