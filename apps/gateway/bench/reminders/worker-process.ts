import { join } from 'node:path';
import { freePort, until } from '@careplan/testing';
import { ROOT, startChild, type Child } from './child';

/**
 * The real worker (apps/worker/src/main.ts, which calls startWorker) in a process of its own,
 * configured from the environment as in production. Resolves once it answers /ready.
 */
export async function startWorkerProcess(env: NodeJS.ProcessEnv, cpuProfileDir?: string): Promise<Child> {
  const port = await freePort();
  const worker = startChild('worker', join(ROOT, 'apps/worker/src/main.ts'), { ...env, WORKER_PORT: String(port) }, cpuProfileDir);
  const ready = () => fetch(`http://127.0.0.1:${port}/ready`, { signal: AbortSignal.timeout(2_000) }).then((r) => r.ok, () => false);
  await Promise.race([until(ready, 60_000), worker.died]);
  return worker;
}
