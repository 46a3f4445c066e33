import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { ProcessName, ProcessSpec } from './processes';

const STOP_TIME_LIMIT_MS = 20_000;

interface Running {
  spec: ProcessSpec;
  child: ChildProcess;
  exited: Promise<number | null>;
}

/**
 * Runs the stack's processes as children of this one: their output is prefixed with their name; Ctrl-C
 * (or SIGTERM) stops them all; if one dies, the others are stopped too, so nothing half-runs.
 */
export class Supervisor {
  private readonly running: Running[] = [];
  private stopping = false;
  readonly done: Promise<number>;
  private finish!: (code: number) => void;

  constructor(private readonly env: NodeJS.ProcessEnv) {
    this.done = new Promise((resolve) => (this.finish = resolve));
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void this.stop(0));
  }

  /**
   * Starts each process once those it comes `after` answer ready, and resolves when all of them do; rejects as
   * soon as a process dies, the stack stops or time runs out.
   */
  async startAll(specs: ProcessSpec[], timeoutMs = 60_000): Promise<void> {
    const end = Date.now() + timeoutMs;
    const ready = new Map<ProcessName, Promise<void>>();
    for (const spec of specs) {
      const before = spec.after.map((name) => {
        const promise = ready.get(name);
        if (!promise) throw new Error(`${spec.name} is to start after ${name}, which comes later or not at all`);
        return promise;
      });
      const started = Promise.all(before).then(async () => {
        if (this.stopping) throw new Error('the stack is stopping');
        this.start(spec);
        await this.untilReady(spec, end, timeoutMs);
      });
      // Awaited together below; a later one's rejection must not go unhandled once an earlier one has failed.
      started.catch(() => undefined);
      ready.set(spec.name, started);
    }
    await Promise.all(ready.values());
  }

  private start(spec: ProcessSpec): void {
    const child = spawn(process.execPath, spec.args, { env: this.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const width = 11;
    for (const stream of [child.stdout!, child.stderr!]) {
      createInterface({ input: stream }).on('line', (line) => process.stdout.write(`${spec.name.padEnd(width)}| ${line}\n`));
    }
    // 'close', not 'exit': by then the child's last lines have been read and printed.
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    void exited.then((code) => {
      if (!this.stopping) {
        process.stderr.write(`${spec.name} stopped unexpectedly (exit ${code}); stopping the stack\n`);
        void this.stop(1);
      }
    });
    this.running.push({ spec, child, exited });
  }

  private async untilReady(spec: ProcessSpec, end: number, timeoutMs: number): Promise<void> {
    for (const url of spec.readyUrls) {
      for (;;) {
        if (this.stopping) throw new Error('the stack is stopping');
        const ok = await fetch(url, { signal: AbortSignal.timeout(2_000) }).then((r) => r.ok, () => false);
        if (ok) break;
        if (Date.now() > end) throw new Error(`${spec.name} was not ready within ${timeoutMs / 1000}s (${url})`);
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  }

  async stop(code: number): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    // Reverse order: the worker and gateway go before the subgraphs they call.
    for (const { child } of [...this.running].reverse()) if (child.exitCode === null) child.kill('SIGTERM');
    const timer = setTimeout(() => {
      for (const { child } of this.running) if (child.exitCode === null) child.kill('SIGKILL');
    }, STOP_TIME_LIMIT_MS);
    await Promise.all(this.running.map((r) => r.exited));
    clearTimeout(timer);
    this.finish(code);
  }
}
