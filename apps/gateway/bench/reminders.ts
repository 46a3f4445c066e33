// `npm run bench:reminders`: the daily reminder sweep over 100,000 active plans (BENCH_PLANS) in five
// councils, through to the end: every reminder recorded in Postgres and every webhook delivered to a
// local receiver that checks signatures, on real Postgres and Redis through the real graph.
//
// Three processes, as in production: the graph (gateway and five subgraphs, in this one), the worker,
// and the councils' webhook receiver; so they share the two cores as production processes would, and
// each one's memory and CPU is its own. REMINDER_CONCURRENCY and NOTIFICATION_CONCURRENCY set the
// worker's; BENCH_CPU_PROF=<dir> writes the worker's and the receiver's CPU profiles there (run this
// script under node --cpu-prof for the graph's).
import 'reflect-metadata';
import IORedis from 'ioredis';
import { redisUrl } from '@careplan/testing';
import { concurrencyFromEnv, councilSweep, reminderQueues } from '@careplan/worker';
import { startStack } from '../test/support/stack';
import { BENCH_AUTHORITIES as AUTHORITIES } from './councils';
import type { Child } from './reminders/child';
import { waitForCompletion } from './reminders/completion';
import { CpuMeter } from './reminders/cpu';
import { MemorySampler, redisMiB } from './reminders/memory';
import { startReceiverProcess } from './reminders/receiver-process';
import { report } from './reminders/report';
import { seedReviews } from './reminders/seed';
import { pointRemindersAt, webhookSecrets } from './reminders/settings';
import { startWorkerProcess } from './reminders/worker-process';

const PLANS = Number(process.env.BENCH_PLANS ?? 100_000);
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_S ?? 900) * 1000;
const CPU_PROFILES = process.env.BENCH_CPU_PROF;

async function main() {
  process.env.LOG_LEVEL ??= 'warn';
  const codes = AUTHORITIES.map((a) => a.code);
  const concurrency = concurrencyFromEnv(process.env);
  const stack = await startStack(AUTHORITIES);
  const secrets = webhookSecrets(codes);
  const connection = new IORedis(redisUrl(), { maxRetriesPerRequest: null });
  const queues = reminderQueues(connection, stack.queuePrefix);
  const children: Child[] = [];
  try {
    const receiver = await startReceiverProcess(secrets, CPU_PROFILES);
    children.push(receiver);
    await pointRemindersAt(stack.url, secrets, receiver.urlFor);
    const worker = await startWorkerProcess(
      { REDIS_URL: redisUrl(), QUEUE_PREFIX: stack.queuePrefix, GRAPH_URL: stack.url, SERVICE_AUTHORITIES: codes.join(','), LOG_LEVEL: process.env.LOG_LEVEL },
      CPU_PROFILES,
    );
    children.push(worker);
    // The worker swept once on boot, over no reviews yet; the timed sweep starts on a worker at rest.
    await waitForIdle(queues.reminders);
    await seedReviews(stack.db, codes, PLANS);

    const processes = [
      { name: 'worker', pid: worker.pid },
      { name: 'graph', pid: process.pid },
      { name: 'receiver', pid: receiver.pid },
    ];
    const memory = new MemorySampler(processes);
    const cpu = new CpuMeter(processes, stack.db, connection);
    await cpu.start();
    memory.start();
    const redisBefore = await redisMiB(connection);
    const startedAt = Date.now();
    // What the daily sweep does, with job ids of the bench's own so it can read each council's result.
    const sweeps = codes.map((code) => ({ ...councilSweep(code), opts: { ...councilSweep(code).opts, jobId: `bench-sweep-${code}`, removeOnComplete: false } }));
    await queues.reminders.addBulk(sweeps);
    const died = Promise.race([worker.died, receiver.died]);
    const completion = await waitForCompletion({
      db: stack.db,
      queue: queues.reminders,
      sweepJobIds: sweeps.map((s) => s.opts.jobId),
      startedAt,
      timeoutMs: TIMEOUT_MS,
      died,
      progress: () => memory.now(),
    });
    const webhooks = await receiver.counts();
    report({ plans: PLANS, councils: codes.length, completion, webhooks, memory: memory.stop(), redisMiB: [redisBefore, await redisMiB(connection)], cpu: await cpu.used(), concurrency });
    if (webhooks.duplicates || webhooks.badSignatures || webhooks.delivered !== completion.deliveries) throw new Error('the receiver did not get each delivery exactly once, signed');
  } finally {
    for (const child of children.reverse()) await child.stop();
    await queues.reminders.close();
    await queues.notifications.close();
    connection.disconnect();
    await stack.close();
  }
}

/** Until nothing is waiting or running on the queue (the daily scheduler's next run stays delayed). */
async function waitForIdle(queue: ReturnType<typeof reminderQueues>['reminders']): Promise<void> {
  for (;;) {
    const counts = await queue.getJobCounts('waiting', 'active', 'prioritized');
    if (Object.values(counts).every((n) => n === 0)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
