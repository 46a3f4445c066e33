import { once } from 'node:events';
import { join } from 'node:path';
import { startChild, type Child } from './child';
import type { WebhookCounts } from './receiver';

export interface ReceiverProcess extends Child {
  urlFor(authority: string): string;
  counts(): Promise<WebhookCounts>;
}

/** The councils' webhook receiver (receiver.ts) in a process of its own; resolves once it listens. */
export async function startReceiverProcess(secrets: ReadonlyMap<string, string>, cpuProfileDir?: string): Promise<ReceiverProcess> {
  const child = startChild('receiver', join(__dirname, 'receiver-main.ts'), { BENCH_WEBHOOK_SECRETS: JSON.stringify(Object.fromEntries(secrets)) }, cpuProfileDir);
  const [{ base }] = (await Promise.race([once(child.process, 'message'), child.died])) as [{ base: string }];
  return {
    ...child,
    urlFor: (authority) => `${base}${authority}`,
    async counts() {
      child.process.send('counts');
      const [{ counts }] = (await Promise.race([once(child.process, 'message'), child.died])) as [{ counts: WebhookCounts }];
      return counts;
    },
  };
}
