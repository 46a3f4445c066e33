// `npm run bench:graph`: what the federated graph costs over the SQL it needs. Seeds BENCH_PEOPLE people
// (default 20,000) with their casework straight into a throwaway database, runs the subgraphs and the
// gateway as `npm start` does (a process each, from their builds), and loads each with autocannon beside
// the floor — the same data read by hand-written SQL behind node:http — at 1 and 16 connections for
// BENCH_SECONDS (default 10). Prints latency, throughput, SQL statements and CPU per request, each as a
// ratio to the floor; BENCH_OUT=file also writes them as JSON. BENCH_ONLY=key,… runs only those
// requests (and the floor); BENCH_CPU_PROF=dir runs the stack's processes under node --cpu-prof.
import 'reflect-metadata';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { onboardAuthorities } from '@careplan/people';
import { withDatabase } from '@careplan/subgraph-kit';
import { createTestDatabase, removePrefix, uniquePrefix } from '@careplan/testing';
import { SUBGRAPHS } from '../src/compose';
import { startStack } from '../test/support/stack';
import { BENCH_AUTHORITIES } from './councils';
import { cleanUp, defer } from './graph/cleanup';
import { CpuMeter } from './graph/cpu';
import { WARMUP_SECONDS, runLoad, type LoadResult } from './graph/load';
import { Children, startProcesses } from './graph/processes';
import { CONNECTIONS, LOAD_GENERATOR, buildReport, formatReport } from './graph/report';
import { CASELOAD_OF_5, SCENARIOS, type Scenario, type Target } from './graph/scenarios';
import { CASELOAD, seedPeople } from './graph/seed';
import { countStatements } from './graph/statements';
import { loadTargets } from './graph/targets';

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 20_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ONLY = process.env.BENCH_ONLY?.split(',');
/** Distinct people the requests go round. */
const TARGETS = 5_000;

const log = (line: string) => process.stderr.write(`${line}\n`);

async function main() {
  const scenarios = SCENARIOS.filter((s) => s.service === 'floor' || !ONLY || ONLY.includes(s.key));
  // Tokens are signed with a key of the bench's own; the children, outside production, trust it as the dev issuer.
  process.env.DEV_KEYS_DIR = mkdtempSync(join(tmpdir(), 'careplan-bench-keys-'));
  defer(async () => rmSync(process.env.DEV_KEYS_DIR!, { recursive: true, force: true }));
  process.env.LOG_LEVEL ??= 'warn';

  log('counting SQL statements per request on an in-process stack');
  const stack = await startStack(BENCH_AUTHORITIES);
  const closeStack = defer(() => stack.close());
  await seedPeople(stack.db, CASELOAD * BENCH_AUTHORITIES.length, BENCH_AUTHORITIES);
  const statements = await countStatements(stack, [...scenarios, CASELOAD_OF_5], (await loadTargets(stack.db, 1))[0]);
  await closeStack();

  const db = await createTestDatabase(SUBGRAPHS, (owner) => onboardAuthorities(owner, BENCH_AUTHORITIES));
  defer(() => db.drop());
  log(`seeding ${PEOPLE.toLocaleString('en-GB')} people into ${db.name}`);
  const seedStarted = Date.now();
  const seeded = await seedPeople(db, PEOPLE, BENCH_AUTHORITIES);
  log(`  seeded in ${((Date.now() - seedStarted) / 1000).toFixed(1)} s`);

  const queuePrefix = uniquePrefix();
  defer(() => removePrefix(queuePrefix));
  const children = new Children();
  defer(() => children.stop());
  const { urls, processes } = await startProcesses(children, { databaseUrl: db.appUrl, queuePrefix, cpuProfileDir: process.env.BENCH_CPU_PROF });
  const admin = new Client({ connectionString: withDatabase(db.adminUrl, db.name) });
  await admin.connect();
  defer(() => admin.end());
  const meter = new CpuMeter([...processes, { name: LOAD_GENERATOR, pid: process.pid }], admin, db.name);

  const targets = await loadTargets(db, TARGETS);
  await verify(scenarios, urls, targets.slice(0, 20));
  const measured: Array<{ scenario: Scenario; result: LoadResult }> = [];
  for (const scenario of scenarios) {
    const requests = targets.map((t) => scenario.request(t));
    for (const connections of [CONNECTIONS.latency, CONNECTIONS.throughput]) {
      const result = await Promise.race([runLoad(urls[scenario.service], requests, connections, SECONDS, meter), children.died]);
      log(`  ${scenario.label} × ${connections}: ${Math.round(result.requestsPerSecond)} req/s, p50 ${result.p50Ms.toFixed(2)} ms, p99 ${result.p99Ms.toFixed(2)} ms, ${result.errors} errors`);
      measured.push({ scenario, result });
    }
  }

  const report = buildReport(
    { people: seeded.people, councils: BENCH_AUTHORITIES.length, practitioners: seeded.practitioners, caseload: CASELOAD, seconds: SECONDS, warmupSeconds: WARMUP_SECONDS, cpus: availableParallelism() },
    statements,
    measured,
    [CASELOAD_OF_5],
  );
  console.log(formatReport(report));
  if (process.env.BENCH_OUT) writeFileSync(process.env.BENCH_OUT, `${JSON.stringify(report, null, 2)}\n`);
}

/** Each request answers completely for a few people before anything is loaded: wrong answers are fast answers. */
async function verify(scenarios: Scenario[], urls: Record<string, string>, targets: Target[]): Promise<void> {
  for (const scenario of scenarios) {
    for (const target of targets) {
      const { path, ...request } = scenario.request(target);
      const res = await fetch(`${urls[scenario.service]}${path}`, request);
      const problem = res.ok ? scenario.problem(await res.json()) : `HTTP ${res.status}`;
      if (problem) throw new Error(`${scenario.label} for person ${target.personId}: ${problem}`);
    }
  }
  log(`verified: every request answers completely for ${targets.length} people`);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log(`${signal}: stopping the stack and dropping the database`);
    void cleanUp().finally(() => process.exit(130));
  });
}

main()
  .catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  })
  .finally(cleanUp);
