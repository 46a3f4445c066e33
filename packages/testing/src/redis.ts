import { randomBytes } from 'node:crypto';
import IORedis from 'ioredis';
import { DEFAULTS } from '@careplan/runtime';

export const redisUrl = () => process.env.REDIS_URL ?? DEFAULTS.redisUrl;

/** A queue prefix of a test's own, so tests and a running stack share one Redis safely. */
export function uniquePrefix(): string {
  return `careplan-test-${randomBytes(5).toString('hex')}`;
}

export async function removePrefix(prefix: string): Promise<void> {
  const redis = new IORedis(redisUrl(), { maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
