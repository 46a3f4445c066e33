// The webhook receiver's own process (see receiver-process.ts): the councils' endpoint is not our graph,
// so it does not share the graph's event loop. Secrets come in BENCH_WEBHOOK_SECRETS (JSON); it says
// where it listens and, when asked, what it has counted, over IPC.
import { startReceiver } from './receiver';

async function main() {
  const secrets = new Map<string, string>(Object.entries(JSON.parse(process.env.BENCH_WEBHOOK_SECRETS ?? '{}') as Record<string, string>));
  const receiver = await startReceiver(secrets);
  process.on('message', () => process.send?.({ counts: receiver.counts }));
  process.once('SIGTERM', () => void receiver.close().then(() => process.exit(0)));
  process.send?.({ base: receiver.urlFor('') });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
