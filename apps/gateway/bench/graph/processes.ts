import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { ProcessSpec } from '@careplan/devstack/dist/processes';
import { repoRoot } from '@careplan/identity';
import { SUBGRAPH_NAMES, type ServiceName } from '@careplan/runtime';
import { freePort, freePorts, until } from '@careplan/testing';
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

export interface GraphOptions {
  /** The checkout whose builds to run. */
  root: string;
  /** Prefixed to each process's name where the bench names it (say, in an error), when there are two stacks. */
  side?: string;
  databaseUrl: string;
  queuePrefix: string;
  /** Where each process writes a CPU profile (node --cpu-prof), if anywhere. */
  cpuProfileDir?: string;
  logLevel: 'warn' | 'error';
  /** Runs the worker too (the soak), acting for these councils; the bench measures the graph alone. */
  workerFor?: readonly string[];
  /** Serves the supergraph through @graphql-hive/gateway too (hive-gateway.ts), beside the gateway. */
  hive?: boolean;
}

export type GraphService = Exclude<Service, 'floor'>;

const answers = (url: string) => fetch(url, { signal: AbortSignal.timeout(2_000) }).then((r) => r.ok, () => false);

/** Resolves once every URL answers; rejects at once if a child dies first. */
async function ready(children: Children, urls: string[]): Promise<void> {
  await Promise.race([Promise.all(urls.map((url) => until(() => answers(url), 60_000))), children.died]);
}

/**
 * The processes `npm start` runs in the checkout at `root`, as its own devstack lays them out, so that each
 * side of a comparison runs as its revision would. Revisions before the subgraphs shared a process
 * (`SUBGRAPH_PROCESSES`) gave each process one `script` and one `readyUrl`.
 */
function npmStartProcesses(root: string, env: NodeJS.ProcessEnv): ProcessSpec[] {
  const { stackProcesses } = require(join(root, 'packages', 'devstack', 'dist', 'processes')) as { stackProcesses: (env: NodeJS.ProcessEnv) => Array<ProcessSpec | { name: ProcessSpec['name']; script: string; readyUrl: string }> };
  return stackProcesses(env).map((spec) => ('script' in spec ? { name: spec.name, args: [spec.script], readyUrls: [spec.readyUrl], after: [] } : spec));
}

/**
 * Starts the subgraphs and the gateway of the checkout at `root` as `npm start` does (the worker only when
 * asked) on free ports; resolves with each subgraph's and the gateway's URL once all are ready.
 */
export async function startGraph(children: Children, options: GraphOptions): Promise<{ urls: Record<GraphService, string>; processes: Running[] }> {
  const names: Array<ServiceName | 'hive'> = [...SUBGRAPH_NAMES, 'gateway', ...(options.workerFor ? (['worker'] as const) : []), ...(options.hive ? (['hive'] as const) : [])];
  const chosen = await freePorts(names.length);
  const ports = new Map<string, number>(names.map((name, i) => [name, chosen[i]]));
  const urls = Object.fromEntries([...ports].map(([name, port]) => [name, `http://127.0.0.1:${port}`])) as Record<GraphService, string>;
  // As production runs (provideProductionEnvironment gave what it requires); nothing stands in front of the
  // stack to stop sending before it closes, so there is no drain to wait for.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    SHUTDOWN_DRAIN_MS: '0',
    DATABASE_URL: options.databaseUrl,
    QUEUE_PREFIX: options.queuePrefix,
    GRAPH_URL: `${urls.gateway}/graphql`,
    HOST: '127.0.0.1',
    LOG_LEVEL: options.logLevel,
    APOLLO_TELEMETRY_DISABLED: '1',
    ...(options.workerFor ? { SERVICE_AUTHORITIES: options.workerFor.join(',') } : {}),
    ...Object.fromEntries(names.map((name) => [`${name.toUpperCase()}_PORT`, String(ports.get(name))])),
    ...Object.fromEntries(SUBGRAPH_NAMES.map((name) => [`${name.toUpperCase()}_URL`, `${urls[name]}/graphql`])),
  };
  const profile = (name: string) => (options.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`, `--cpu-prof-name=${name}.cpuprofile`] : []);
  const specs = npmStartProcesses(options.root, env).filter((spec) => spec.name !== 'worker' || options.workerFor);
  const label = (name: string) => (options.side ? `${options.side} ${name}` : name);
  const processes: Running[] = specs.map((spec) => ({ ...children.start(label(spec.name), [...profile(spec.name), ...spec.args], env), name: spec.name }));
  const readyUrls = specs.flatMap((spec) => spec.readyUrls);
  if (options.hive) {
    processes.push({ ...children.start(label('hive'), [...profile('hive'), '-r', join(repoRoot(), 'packages', 'testing', 'ts-register.js'), join(__dirname, 'hive-gateway.ts')], { ...env, PORT: String(ports.get('hive')) }), name: 'hive' });
    readyUrls.push(`${urls.hive}/healthcheck`);
  }
  await ready(children, readyUrls);
  return { urls, processes };
}

/** Starts the floor's server (floor-server.ts) on a free port; resolves with its URL once it is ready. */
export async function startFloor(children: Children, databaseUrl: string): Promise<{ url: string; process: Running }> {
  const port = await freePort();
  const floorServer = ['-r', join(repoRoot(), 'packages', 'testing', 'ts-register.js'), join(__dirname, 'floor-server.ts')];
  const floor = children.start('floor', floorServer, { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port) });
  const url = `http://127.0.0.1:${port}`;
  await ready(children, [`${url}/ready`]);
  return { url, process: floor };
}
