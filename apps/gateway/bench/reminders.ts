// `npm run bench:reminders`: one reminder sweep over 100,000 active plans in five councils, on real
// Postgres and Redis through the real graph. Prints the time, jobs enqueued per second and peak memory.
import 'reflect-metadata';
import IORedis from 'ioredis';
import { createLogger } from '@careplan/runtime';
import { redisUrl } from '@careplan/testing';
import { DEFAULT_REMINDER_TIMING, ServiceGraph, reminderQueues, sweepAuthority } from '@careplan/worker';
import { startStack } from '../test/support/stack';
import { BENCH_AUTHORITIES as AUTHORITIES } from './councils';

const PLANS = Number(process.env.BENCH_PLANS ?? 100_000);

async function main() {
  process.env.LOG_LEVEL ??= 'warn';
  const stack = await startStack(AUTHORITIES);
  const connection = new IORedis(redisUrl(), { maxRetriesPerRequest: null });
  const queues = reminderQueues(connection, stack.queuePrefix);
  try {
    // One open planned review per active plan, due from 4 weeks ago to 12 months ahead, as a council's
    // book of reviews looks: about one in ten has reached a milestone on any day.
    const codes = AUTHORITIES.map((a) => a.code);
    await stack.db.asAdmin(
      `INSERT INTO reviews.review (authority_code, person_id, plan_id, kind, due_date, state)
       SELECT ($1::text[])[1 + i % $2], gen_random_uuid(), gen_random_uuid(), 'PLANNED', current_date - 28 + (i % 393), 'OPEN'
       FROM generate_series(1, $3) AS i`,
      [codes, codes.length, PLANS],
    );
    await stack.db.asAdmin('ANALYZE reviews.review');

    let peak = process.memoryUsage().rss;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const graph = new ServiceGraph(stack.url);
    const logger = createLogger('bench');
    const started = process.hrtime.bigint();
    let enqueued = 0;
    for (const code of codes) enqueued += (await sweepAuthority(graph.for(code), queues, DEFAULT_REMINDER_TIMING, code, logger)).reminders;
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    clearInterval(sampler);
    const waiting = await queues.reminders.getWaitingCount();

    console.log(`reminder sweep: ${PLANS.toLocaleString('en-GB')} active plans in ${codes.length} councils`);
    console.log(`  reviews at a milestone today: ${enqueued.toLocaleString('en-GB')} (jobs in the queue: ${waiting.toLocaleString('en-GB')})`);
    console.log(`  sweep took ${seconds.toFixed(2)} s: ${Math.round(enqueued / seconds).toLocaleString('en-GB')} jobs enqueued per second`);
    console.log(`  peak memory (rss, whole stack in this process): ${Math.round(peak / 1024 / 1024)} MiB`);
    if (waiting !== enqueued) throw new Error('the queue does not hold one job per reminder');
  } finally {
    await queues.reminders.close();
    await queues.notifications.close();
    connection.disconnect();
    await stack.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
