import type { WorkerConcurrency } from '@careplan/worker';
import type { Completion } from './completion';
import type { MemoryFigures } from './memory';
import type { WebhookCounts } from './receiver';

const n = (x: number) => x.toLocaleString('en-GB');

export function report(r: {
  plans: number;
  councils: number;
  completion: Completion;
  webhooks: WebhookCounts;
  memory: Record<string, MemoryFigures>;
  /** Before and after. */
  redisMiB: [number, number];
  cpu: Record<string, number>;
  concurrency: WorkerConcurrency;
}): void {
  const { completion: c } = r;
  console.log(`reminder sweep to the end: ${n(r.plans)} active plans in ${r.councils} councils`);
  console.log(`  reminders recorded: ${n(c.reminders)}; webhook deliveries DELIVERED: ${n(c.deliveries)}`);
  console.log(`  receiver: ${n(r.webhooks.delivered)} distinct deliveries, ${n(r.webhooks.duplicates)} duplicates, ${n(r.webhooks.badSignatures)} bad signatures`);
  console.log(`  enqueued ${c.enqueueSeconds.toFixed(1)} s after the sweep started; all recorded and delivered after ${c.endSeconds.toFixed(1)} s`);
  console.log(`  ${n(Math.round(c.reminders / c.endSeconds))} reminders per second end to end`);
  console.log(`  worker concurrency: ${r.concurrency.reminders} reminder jobs, ${r.concurrency.notifications} delivery jobs`);
  for (const [name, m] of Object.entries(r.memory)) console.log(`  memory (rss, sampled every 250 ms), ${name}: ${m.startMiB} MiB at the start, peak ${m.peakMiB} MiB, ${m.endMiB} MiB at the end`);
  console.log(`  redis used memory: ${r.redisMiB[0]} MiB before, ${r.redisMiB[1]} MiB after (finished jobs are kept for days, so repeats are dropped by job id)`);
  console.log(`  CPU seconds used: ${Object.entries(r.cpu).map(([name, s]) => `${name} ${s.toFixed(1)}`).join(', ')} (redis: the whole server)`);
}
