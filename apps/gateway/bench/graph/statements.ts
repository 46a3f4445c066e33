import { fork } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import { SUBGRAPH_NAMES, type SubgraphName } from '@careplan/runtime';
import type { Stack } from '../../test/support/stack';
import { defer } from './cleanup';
import { readOverview } from './floor-overview';
import { listenHiveGateway } from './hive-gateway';
import type { Scenario, Target } from './scenarios';

/**
 * SQL statements one request of each kind sends, counted exactly: against the in-process stack, whose
 * subgraphs count every statement they send (QueryCounter); the floor counts its own as it sends them.
 * Each request goes twice and the second is counted: the steady state that load measures. Each answer
 * is checked too, so a wrong query fails here, before the big seed.
 */
export async function countStatements(stack: Stack, scenarios: Scenario[], target: Target): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const scenario of scenarios) {
    const once = () => (scenario.service === 'floor' ? floorOnce(stack, scenario, target) : graphOnce(stack, scenario, target));
    await once();
    counts[scenario.key] = await once();
  }
  return counts;
}

/**
 * countStatements on the in-process stack of the checkout at `root` (statements-child.ts), in a child
 * process that runs that checkout's sources: each side of a comparison is counted on its own code.
 */
export async function countStatementsIn(root: string, scenarios: Scenario[]): Promise<Record<string, number>> {
  const child = fork(join(__dirname, 'statements-child.ts'), scenarios.map((s) => s.key), {
    execArgv: ['-r', join(root, 'packages', 'testing', 'ts-register.js')],
    env: { ...process.env, BENCH_ROOT: root },
  });
  let counts: Record<string, number> | undefined;
  child.on('message', (message: Record<string, number>) => (counts = message));
  const exited = new Promise<string>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? `exit code ${code}`)));
  const stop = defer(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  });
  const status = await exited;
  await stop();
  if (!counts) throw new Error(`counting SQL statements per request in ${root} failed (${status})`);
  return counts;
}

function check(scenario: Scenario, body: unknown): void {
  const problem = scenario.problem(body);
  if (problem) throw new Error(`${scenario.label}: ${problem}`);
}

/** Hive's gateway over each in-process stack's subgraphs, started when a request first needs it. */
const hiveGateways = new Map<Stack, Promise<string>>();

function hiveBeside(stack: Stack): Promise<string> {
  if (!hiveGateways.has(stack)) {
    const urls = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, stack.subgraphs[name].url])) as Record<SubgraphName, string>;
    const started = listenHiveGateway(urls);
    defer(async () => (await started).server.close());
    hiveGateways.set(stack, started.then((hive) => hive.url));
  }
  return hiveGateways.get(stack)!;
}

async function graphOnce(stack: Stack, scenario: Scenario, target: Target): Promise<number> {
  const base = scenario.service === 'gateway' ? stack.url : scenario.service === 'hive' ? await hiveBeside(stack) : stack.subgraphs[scenario.service].url;
  const { path, ...request } = scenario.request(target);
  await stack.settle();
  const before = stack.sqlStatements();
  const res = await fetch(new URL(path, base), request);
  check(scenario, await res.json());
  return stack.sqlStatements() - before;
}

async function floorOnce(stack: Stack, scenario: Scenario, target: Target): Promise<number> {
  const client = new Client({ connectionString: stack.db.appUrl });
  await client.connect();
  let statements = 0;
  try {
    const counted = {
      query: (text: string, values?: unknown[]) => {
        statements += 1;
        return client.query(text, values);
      },
    };
    check(scenario, await readOverview(counted, target.authority, target.personId));
    return statements;
  } finally {
    await client.end();
  }
}
