// `npm run bench:graph`: what the federated graph costs over the SQL it needs. Seeds BENCH_PEOPLE people
// (default 20,000) with their casework straight into a throwaway database, runs the subgraphs and the
// gateway as `npm start` does (a process each, from their builds) but in production mode, warms them with
// BENCH_WARMUP_SECONDS (default 30) of each request, and loads each with autocannon beside the floor — the
// same data read by hand-written SQL behind node:http — at 1 and 16 connections for BENCH_SECONDS
// (default 10), in BENCH_ROUNDS (default 4) rounds. Prints latency, throughput, SQL statements and CPU per
// request of each run of median throughput, each as a ratio to the floor; BENCH_OUT=file also writes them
// as JSON. BENCH_ONLY=key,… runs only those requests (and the floor); BENCH_CPU_PROF=dir runs the stack's
// processes under node --cpu-prof; BENCH_HIVE=1 also loads the gateway's requests through @graphql-hive/gateway
// (graph/hive-gateway.ts says how to install it).
// BENCH_AGAINST=<git rev> also runs that revision's stack, built in a git worktree, beside this one, run for run,
// and prints current / baseline ratios; BENCH_CURRENT=<git rev> takes the current side from a worktree too.
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Client } from 'pg';
import { onboardAuthorities } from '@careplan/people';
import { withDatabase } from '@careplan/subgraph-kit';
import { createTestDatabase } from '@careplan/testing';
import { SUBGRAPHS } from '../test/support/subgraphs';
import { BENCH_AUTHORITIES } from './councils';
import { cleanUp, cleanUpOnSignals, defer } from './graph/cleanup';
import { compare, formatComparison } from './graph/comparison';
import { WARMUP_SECONDS } from './graph/load';
import { Children, startFloor } from './graph/processes';
import { provideProductionEnvironment } from './graph/production-env';
import { buildReport, formatReport } from './graph/report';
import { measure, medianRuns, verify, warmUp } from './graph/runs';
import { CASELOAD_OF_5, SCENARIOS, throughHive } from './graph/scenarios';
import { CASELOAD, seedPeople } from './graph/seed';
import { checkOutSides, type Side, type SideName } from './graph/sides';
import { startStacks } from './graph/stacks';
import { countStatementsIn } from './graph/statements';
import { loadTargets } from './graph/targets';

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 20_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const STACK_WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 30);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
const ONLY = process.env.BENCH_ONLY?.split(',');
const HIVE = process.env.BENCH_HIVE === '1';
/** Distinct people the requests go round. */
const TARGETS = 5_000;

const log = (line: string) => process.stderr.write(`${line}\n`);

async function main() {
  const chosen = SCENARIOS.filter((s) => s.service === 'floor' || !ONLY || ONLY.includes(s.key));
  const scenarios = [...chosen, ...(HIVE ? throughHive(chosen) : [])];
  // The stack runs as production does, trusting a key of the bench's own for its councils, which signs its tokens.
  await provideProductionEnvironment(BENCH_AUTHORITIES.map((a) => a.code));
  process.env.LOG_LEVEL ??= 'warn';

  const sides = await checkOutSides();
  const statements = {} as Record<SideName, Record<string, number>>;
  for (const side of sides) {
    log(`counting SQL statements per request on an in-process stack of ${side.revision}`);
    statements[side.name] = await countStatementsIn(side.root, [...scenarios.filter((s) => s.service !== 'hive' || side.name === 'current'), CASELOAD_OF_5]);
  }

  // One database for every side, migrated by this checkout's code.
  const db = await createTestDatabase(SUBGRAPHS, (owner) => onboardAuthorities(owner, BENCH_AUTHORITIES));
  defer(() => db.drop());
  log(`seeding ${PEOPLE.toLocaleString('en-GB')} people into ${db.name}`);
  const seedStarted = Date.now();
  const seeded = await seedPeople(db, PEOPLE, BENCH_AUTHORITIES);
  log(`  seeded in ${((Date.now() - seedStarted) / 1000).toFixed(1)} s`);

  const children = new Children();
  defer(() => children.stop());
  const admin = new Client({ connectionString: withDatabase(db.adminUrl, db.name) });
  await admin.connect();
  defer(() => admin.end());
  const floor = await startFloor(children, db.appUrl);
  const stacks = await startStacks(children, sides, { databaseUrl: db.appUrl, admin, database: db.name, floor, cpuProfileDir: process.env.BENCH_CPU_PROF, hive: HIVE });

  const targets = await loadTargets(db, TARGETS);
  await verify(scenarios, stacks, targets.slice(0, 20));
  await warmUp(scenarios, stacks, targets, STACK_WARMUP_SECONDS, children.died);
  const measured = medianRuns(await measure(scenarios, stacks, targets, SECONDS, ROUNDS, children.died));

  const reportOf = (side: Side) =>
    buildReport(
      { revision: side.revision, people: seeded.people, councils: BENCH_AUTHORITIES.length, practitioners: seeded.practitioners, caseload: CASELOAD, seconds: SECONDS, rounds: ROUNDS, warmupSeconds: WARMUP_SECONDS, stackWarmupSeconds: STACK_WARMUP_SECONDS, cpus: availableParallelism() },
      statements[side.name],
      // The floor, measured beside the current side, is each side's yardstick.
      measured.filter((m) => m.side === side.name || m.scenario.service === 'floor'),
      [CASELOAD_OF_5],
    );
  const [baseline, current] = sides.length > 1 ? sides.map(reportOf) : [undefined, reportOf(sides[0])];
  const comparison = baseline && compare(baseline, current);
  console.log([baseline, current].flatMap((report) => (report ? [formatReport(report)] : [])).join('\n\n'));
  if (comparison) console.log(`\n${formatComparison(comparison)}`);
  if (process.env.BENCH_OUT) writeFileSync(process.env.BENCH_OUT, `${JSON.stringify(baseline ? { ...current, baseline, comparison } : current, null, 2)}\n`);
}

cleanUpOnSignals('stopping the stacks, removing any worktrees and dropping the databases');
main()
  .catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  })
  .finally(cleanUp);
