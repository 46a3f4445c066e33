import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..', '..', '..');

export interface Child {
  pid: number;
  process: ChildProcess;
  /** Rejects if the process exits before stop(): race long waits against it. */
  died: Promise<never>;
  /** SIGTERM (it finishes what it is doing, and writes its CPU profile if asked), SIGKILL after 20 s. */
  stop(): Promise<void>;
}

/**
 * A TypeScript entry point in a node process of its own, from sources as the e2e tests run the worker,
 * with an IPC channel to this one; under node --cpu-prof when `cpuProfileDir` is given.
 */
export function startChild(name: string, script: string, env: NodeJS.ProcessEnv, cpuProfileDir?: string): Child {
  const profile = cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfileDir}`, `--cpu-prof-name=${name}.cpuprofile`] : [];
  const child = spawn(process.execPath, [...profile, '-r', join(ROOT, 'packages/testing/ts-register.js'), script], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let stopping = false;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const died = exited.then((): never => {
    throw new Error(stopping ? `the ${name} was stopped` : `the ${name} exited while the bench was running`);
  });
  died.catch(() => undefined);
  // Last resort: no child outlives the bench.
  process.once('exit', () => child.kill('SIGKILL'));
  return {
    pid: child.pid!,
    process: child,
    died,
    async stop() {
      stopping = true;
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      child.kill('SIGTERM');
      await exited;
      clearTimeout(timer);
    },
  };
}
