import { Queue } from 'bullmq';
import IORedis, { type Redis } from 'ioredis';
import { DOMAIN_EVENTS_QUEUE } from '@careplan/runtime';

/** BullMQ needs `maxRetriesPerRequest: null` on connections used by workers; queues share the setting. */
export function redisConnection(url: string): Redis {
  return new IORedis(url, { maxRetriesPerRequest: null, enableReadyCheck: true, lazyConnect: false });
}

export function domainEventsQueue(connection: Redis, prefix: string): Queue {
  return new Queue(DOMAIN_EVENTS_QUEUE, {
    connection,
    prefix,
    defaultJobOptions: {
      attempts: 10,
      backoff: { type: 'exponential', delay: 2_000 },
      // Completed ids stay a week so a republished event is still recognised as a duplicate.
      removeOnComplete: { age: 7 * 24 * 3600 },
      // Failures stay visible for a month, never silently dropped.
      removeOnFail: { age: 30 * 24 * 3600 },
    },
  });
}
