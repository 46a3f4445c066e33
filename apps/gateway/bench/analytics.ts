// `npm run bench:analytics`: what a data team's questions and a council's CLD return cost at scale. Seeds
// BENCH_PEOPLE people (default 1,000,000) with three years of events over six councils straight into the
// analytics read model, and the exported council's people into the people subgraph, then, in one run:
//
// - times typical data-team queries through the gateway as an ANALYST: `careStatistics` over a reporting
//   year grouped by primary support reason and age band, and by service type and delivery mechanism, and
//   `careMeasures` of that year (BENCH_RUNS timed runs each after one untimed, default 5), and side by
//   side, SQL only on the same data, their statements now and those they replaced (analytics/before.ts);
// - has the real worker, in a process of its own, build one council's CLD return for the last complete
//   quarter as a returns officer asks for it: rows a second and each process's peak memory.
//
// BENCH_CPU_PROF=<dir> writes the worker's CPU profile there (run this script under node --cpu-prof for the graph's);
// BENCH_WORKER_HEAP_MB=<n> caps the worker's heap, to show that what it holds is bounded.
// The graph (gateway and subgraphs) runs in this process, as in bench:reminders.
import 'reflect-metadata';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalDate, Role, StatisticsDimension, reportingYear } from '@careplan/domain';
import { dataReturnFile } from '@careplan/runtime';
import { Frontend, redisUrl, tokenFor } from '@careplan/testing';
import { startStack } from '../test/support/stack';
import { Client } from 'pg';
import { withDatabase } from '@careplan/subgraph-kit';
import { AGGREGATE_WORK_MEM, MEASURES_SQL, statisticsSql } from '@careplan/analytics';
import { BEFORE, type Before } from './analytics/before';
import { seedReadModel } from './analytics/seed';
import { BENCH_AUTHORITIES } from './councils';
import { cleanUp, cleanUpOnSignals, defer } from './graph/cleanup';
import { MemorySampler } from './reminders/memory';
import { startWorkerProcess } from './reminders/worker-process';

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_S ?? 1800) * 1000;
/** The council whose return is built (Hackney), one of six. */
const EXPORTED = BENCH_AUTHORITIES[0].code;

const log = (line: string) => process.stderr.write(`${line}\n`);
const n = (x: number) => x.toLocaleString('en-GB');
const seconds = (ms: number) => (ms / 1000).toFixed(1);

/** The last reporting year (1 April to 31 March) and financial-year quarter that have ended. */
function lastComplete(today: LocalDate): { year: number; quarter: string } {
  const fy = today.month >= 4 ? today.year : today.year - 1;
  const q = today.month >= 4 ? Math.floor((today.month - 4) / 3) + 1 : 4;
  return { year: fy - 1, quarter: q === 1 ? `${fy - 1}-Q4` : `${fy}-Q${q - 1}` };
}

interface Timing {
  label: string;
  rows: number;
  firstMs: number;
  medianMs: number;
  maxMs: number;
}

/** One untimed run (its time is reported as the first), then RUNS timed runs. */
async function time(label: string, run: () => Promise<number>): Promise<Timing> {
  const ms: number[] = [];
  let rows = 0;
  for (let i = 0; i <= RUNS; i++) {
    const started = performance.now();
    rows = await run();
    ms.push(performance.now() - started);
  }
  const [firstMs, ...timed] = ms;
  const sorted = [...timed].sort((a, b) => a - b);
  return { label, rows, firstMs, medianMs: sorted[Math.floor(sorted.length / 2)], maxMs: sorted.at(-1)! };
}

async function main() {
  process.env.LOG_LEVEL ??= 'warn';
  const dir = mkdtempSync(join(tmpdir(), 'careplan-bench-returns-'));
  defer(async () => rmSync(dir, { recursive: true, force: true }));
  const codes = BENCH_AUTHORITIES.map((a) => a.code);
  const { year, quarter } = lastComplete(LocalDate.today());

  const stack = await startStack(BENCH_AUTHORITIES);
  defer(() => stack.close());
  log(`seeding ${n(PEOPLE)} people in ${codes.length} councils into ${stack.db.name}`);
  const seedStarted = Date.now();
  const seeded = await seedReadModel(stack.db, codes, PEOPLE, EXPORTED);
  const seedMs = Date.now() - seedStarted;
  log(`  seeded in ${seconds(seedMs)} s: ${Object.entries(seeded.rows).map(([t, c]) => `${t} ${n(c)}`).join(', ')}`);

  const frontend = new Frontend(stack.url);
  const analyst = await tokenFor({ authority: EXPORTED, userId: 'bench-analyst', roles: [Role.ANALYST] });
  const { from, to } = { from: `${year}-04-01`, to: `${year + 1}-03-31` };
  const statistics = (groupBy: StatisticsDimension[]) => async () => (await frontend.statistics(analyst, { from, to, groupBy })).careStatistics.length;
  const queries = [
    await time('careStatistics by primary support reason and age band', statistics([StatisticsDimension.PRIMARY_SUPPORT_REASON, StatisticsDimension.AGE_BAND])),
    await time('careStatistics by service type and delivery mechanism', statistics([StatisticsDimension.SERVICE_TYPE, StatisticsDimension.DELIVERY_MECHANISM])),
    await time('careMeasures', async () => {
      const { careMeasures } = await frontend.measures(analyst, year);
      if (careMeasures.peopleWithLongTermSupport.suppressed) throw new Error('the measures came back withheld: the seed is too small');
      return 1;
    }),
  ];
  console.log(`analytics at scale: ${n(PEOPLE)} people in ${codes.length} councils, seeded in ${seconds(seedMs)} s`);
  console.log(`  read model: ${Object.entries(seeded.rows).filter(([t]) => t.startsWith('analytics.')).map(([t, x]) => `${t.slice(10)} ${n(x)}`).join(', ')}`);
  console.log(`data-team queries through the gateway, ${EXPORTED} (${n(seeded.rows['people.person'])} people), reporting year ${year}, ${RUNS} runs after one untimed:`);
  for (const q of queries) {
    console.log(`  ${q.label.padEnd(56)} median ${q.medianMs.toFixed(0).padStart(5)} ms, max ${q.maxMs.toFixed(0).padStart(5)} ms, first ${q.firstMs.toFixed(0).padStart(5)} ms (${q.rows} rows)`);
  }
  console.log(`  load average (1 min) while they ran: ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`);

  log('timing the statements SQL only, as they are and as they were, on the same data');
  const admin = new Client({ connectionString: withDatabase(stack.db.adminUrl, stack.db.name) });
  await admin.connect();
  const now: Before = {
    name: 'now',
    statements: [
      ['careStatistics by primary support reason and age band', statisticsSql([StatisticsDimension.PRIMARY_SUPPORT_REASON, StatisticsDimension.AGE_BAND]), false],
      ['careStatistics by service type and delivery mechanism', statisticsSql([StatisticsDimension.SERVICE_TYPE, StatisticsDimension.DELIVERY_MECHANISM]), false],
      ['careMeasures', MEASURES_SQL, true],
    ],
    restoreIndexes: async () => undefined,
  };
  const sqlOnly: Array<[name: string, timings: Timing[]]> = [];
  try {
    const { asOf } = reportingYear(year);
    // Each set with the indexes it had, made again before it runs (later ones are left: no statement uses another's).
    for (const era of [now, ...BEFORE]) {
      await era.restoreIndexes(admin);
      const timings: Timing[] = [];
      for (const [label, sql, usesAsOf] of era.statements) {
        timings.push(
          await time(label, async () => {
            // As the services run them: in a transaction with the aggregate's work_mem.
            await admin.query('BEGIN');
            try {
              await admin.query(AGGREGATE_WORK_MEM);
              return (await admin.query(sql, [EXPORTED, from, to, ...(usesAsOf ? [asOf.toString()] : [])])).rowCount ?? 0;
            } finally {
              await admin.query('ROLLBACK');
            }
          }),
        );
      }
      sqlOnly.push([era.name, timings]);
    }
  } finally {
    await admin.end();
  }
  console.log('the same, SQL only, as the database owner, each with the indexes it had:');
  for (const [name, timings] of sqlOnly) {
    console.log(`  ${name}:`);
    for (const q of timings) {
      console.log(`    ${q.label.padEnd(54)} median ${q.medianMs.toFixed(0).padStart(5)} ms, max ${q.maxMs.toFixed(0).padStart(5)} ms, first ${q.firstMs.toFixed(0).padStart(5)} ms (${q.rows} rows)`);
    }
  }
  console.log(`  load average (1 min) while they ran: ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`);

  log(`building ${EXPORTED}'s CLD return for ${quarter} in the worker`);
  const worker = await startWorkerProcess(
    {
      REDIS_URL: redisUrl(),
      QUEUE_PREFIX: stack.queuePrefix,
      GRAPH_URL: stack.url,
      SERVICE_AUTHORITIES: EXPORTED,
      DATA_RETURNS_DIR: dir,
      LOG_LEVEL: process.env.LOG_LEVEL,
      // A cap on the worker's heap shows whether what it holds is bounded or kept page after page.
      ...(process.env.BENCH_WORKER_HEAP_MB ? { NODE_OPTIONS: `--max-old-space-size=${process.env.BENCH_WORKER_HEAP_MB}` } : {}),
    },
    process.env.BENCH_CPU_PROF,
  );
  defer(() => worker.stop());
  const officer = await tokenFor({ authority: EXPORTED, userId: 'bench-returns-officer', roles: [Role.RETURNS_OFFICER] });
  const memory = new MemorySampler([
    { name: 'worker', pid: worker.pid },
    { name: 'graph', pid: process.pid },
  ]);
  memory.start();
  const started = Date.now();
  const asked = await frontend.requestDataReturn(officer, quarter);
  let built = asked;
  let lastLog = started;
  while (built.status === 'QUEUED' || built.status === 'RUNNING') {
    if (Date.now() - started > TIMEOUT_MS) throw new Error(`the return was not built within ${seconds(TIMEOUT_MS)} s`);
    await Promise.race([new Promise((r) => setTimeout(r, 250)), worker.died]);
    built = await frontend.dataReturn(officer, asked.id);
    if (Date.now() - lastLog > 15_000) {
      lastLog = Date.now();
      log(`  ${built.progress}% after ${seconds(lastLog - started)} s (${memory.now()})`);
    }
  }
  const exportMs = Date.now() - started;
  const peaks = memory.stop();
  if (built.status !== 'READY' || !built.rowCounts) throw new Error(`the return ended ${built.status}`);
  const size = (ext: 'csv' | 'parquet') => Math.round(statSync(dataReturnFile(dir, asked.id, ext)).size / 1024 / 1024);

  const c = built.rowCounts;
  const people = seeded.rows['people.person'];
  console.log(`CLD return ${quarter}, ${EXPORTED}, built by the worker from ${n(people)} people:`);
  console.log(`  ${n(c.total)} rows (requests ${n(c.requests)}, assessments ${n(c.assessments)}, services ${n(c.services)}, reviews ${n(c.reviews)}) in ${seconds(exportMs)} s`);
  console.log(`  ${n(Math.round(c.total / (exportMs / 1000)))} rows a second, ${n(Math.round(people / (exportMs / 1000)))} people a second; CSV ${size('csv')} MiB, Parquet ${size('parquet')} MiB`);
  for (const [name, m] of Object.entries(peaks)) console.log(`  memory (rss, sampled every 250 ms), ${name}: ${m.startMiB} MiB at the start, peak ${m.peakMiB} MiB, ${m.endMiB} MiB at the end`);
}

cleanUpOnSignals('stopping the worker and the graph, dropping the database');
main()
  .catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  })
  .finally(cleanUp);
