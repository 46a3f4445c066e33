import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { stackProcesses } from '@careplan/devstack/dist/processes';
import { repoRoot } from '@careplan/identity';
import { SUBGRAPH_NAMES, type ServiceName } from '@careplan/runtime';
import { until } from '@careplan/testing';
import type { Service } from './scenarios';

export interface Running {
  name: string;
  pid: number;
}

/** The bench's child processes: stopped together, and any that dies early fails the bench. */
export class Children {
  private readonly running: Array<{ child: ChildProcess; exited: Promise<void> }> = [];
  private stopping = false;
  private fail!: (err: Error) => void;
  /** Rejects when a child exits before stop(): race long waits against it, so a crash ends the bench at once. */
  readonly died = new Promise<never>((_, reject) => (this.fail = reject));

  constructor() {
    this.died.catch(() => undefined);
    // Last resort when this process ends without stop(): no child outlives the bench.
    process.once('exit', () => this.signal('SIGKILL'));
  }

  start(name: string, args: string[], env: NodeJS.ProcessEnv): Running {
    // Detached: Ctrl-C reaches only the bench, which stops its children in order and cleans up.
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'inherit', 'inherit'], detached: true });
    const exited = new Promise<void>((resolve) =>
      child.once('exit', (code, signal) => {
        if (!this.stopping) this.fail(new Error(`${name} exited (${signal ?? code}) while the bench was running`));
        resolve();
      }),
    );
    this.running.push({ child, exited });
    return { name, pid: child.pid! };
  }

  /**
   * SIGTERM, so each shuts down cleanly (and writes its CPU profile), newest first and one at a time: the
   * gateway finishes what it has in flight while the subgraphs still answer. SIGKILL what is left after 15 s.
   */
  async stop(): Promise<void> {
    this.stopping = true;
    const timer = setTimeout(() => this.signal('SIGKILL'), 15_000);
    for (const { child, exited } of [...this.running].reverse()) {
      if (alive(child)) child.kill('SIGTERM');
      await exited;
    }
    clearTimeout(timer);
  }

  private signal(signal: NodeJS.Signals): void {
    for (const { child } of this.running) if (alive(child)) child.kill(signal);
  }
}

const alive = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface StackOptions {
  databaseUrl: string;
  queuePrefix: string;
  /** Where each process writes a CPU profile (node --cpu-prof), if anywhere. */
  cpuProfileDir?: string;
}

/**
 * Starts the five subgraphs and the gateway as `npm start` does (one node process each from
 * apps/<name>/dist/main.js; no worker), and the floor's server, on free ports; resolves with each
 * process's URL once all are ready.
 */
export async function startProcesses(children: Children, options: StackOptions): Promise<{ urls: Record<Service, string>; processes: Running[] }> {
  const names: ServiceName[] = [...SUBGRAPH_NAMES, 'gateway'];
  const ports = new Map<string, number>();
  for (const name of [...names, 'floor']) ports.set(name, await freePort());
  const urls = Object.fromEntries([...ports].map(([name, port]) => [name, `http://127.0.0.1:${port}`])) as Record<Service, string>;
  const { NODE_ENV: _nodeEnv, ...inherited } = process.env; // outside production, so the children accept the development issuer
  const env: NodeJS.ProcessEnv = {
    ...inherited,
    DATABASE_URL: options.databaseUrl,
    QUEUE_PREFIX: options.queuePrefix,
    GRAPH_URL: `${urls.gateway}/graphql`,
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    APOLLO_TELEMETRY_DISABLED: '1',
    ...Object.fromEntries(names.map((name) => [`${name.toUpperCase()}_PORT`, String(ports.get(name))])),
    ...Object.fromEntries(SUBGRAPH_NAMES.map((name) => [`${name.toUpperCase()}_URL`, `${urls[name]}/graphql`])),
  };
  const profile = (name: string) => (options.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`, `--cpu-prof-name=${name}.cpuprofile`] : []);
  const specs = stackProcesses(env).filter((spec) => spec.name !== 'worker');
  const processes = specs.map((spec) => children.start(spec.name, [...profile(spec.name), spec.script], env));
  const floorServer = ['-r', join(repoRoot(), 'packages', 'testing', 'ts-register.js'), join(__dirname, 'floor-server.ts')];
  processes.push(children.start('floor', floorServer, { ...env, PORT: String(ports.get('floor')) }));
  const answers = (url: string) => fetch(url, { signal: AbortSignal.timeout(2_000) }).then((r) => r.ok, () => false);
  const ready = Promise.all([...specs.map((spec) => spec.readyUrl), `${urls.floor}/ready`].map((url) => until(() => answers(url), 60_000)));
  await Promise.race([ready, children.died]);
  return { urls, processes };
}
