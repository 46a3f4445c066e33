// `npm run soak`: the whole stack as `npm start` runs it (six subgraphs, the gateway and the worker, a
// process each) but in production mode, under a realistic mix of reads and writes for SOAK_MINUTES
// (default 10) from SOAK_USERS (default 8) users at once, over SOAK_PEOPLE (default 2,500) seeded people.
// Prints throughput and errors by kind of request, and each process's resident memory, sampled every 10 s.
// It must stay flat: memory rises and falls with garbage collection, so the run fails when a process's
// median over the last third of the run is more than a tenth and 20 MiB above its median over the middle
// third (its heap has settled by then).
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { repoRoot } from '@careplan/identity';
import { onboardAuthorities } from '@careplan/people';
import { createTestDatabase, removePrefix, uniquePrefix } from '@careplan/testing';
import { SUBGRAPHS } from '../test/support/subgraphs';
import { BENCH_AUTHORITIES } from './councils';
import { cleanUp, cleanUpOnSignals, defer } from './graph/cleanup';
import { Children, startGraph, type Running } from './graph/processes';
import { provideProductionEnvironment } from './graph/production-env';
import { SCENARIOS, type Target } from './graph/scenarios';
import { seedPeople } from './graph/seed';
import { loadTargets } from './graph/targets';

const MINUTES = Number(process.env.SOAK_MINUTES ?? 10);
const USERS = Number(process.env.SOAK_USERS ?? 8);
const PEOPLE = Number(process.env.SOAK_PEOPLE ?? 2_500);
const WARMUP_MS = Math.min(30_000, MINUTES * 6_000);
const MiB = 1024 * 1024;

const log = (line: string) => process.stderr.write(`${line}\n`);

interface Kind {
  name: string;
  weight: number;
  body(t: Target, n: number): { query: string; variables: Record<string, unknown> };
}

const scenario = (key: string) => SCENARIOS.find((s) => s.key === key)!;
const asBody = (key: string) => (t: Target) => JSON.parse(scenario(key).request(t).body!) as { query: string; variables: Record<string, unknown> };

/** What practitioners do all day: mostly read people's overviews and their caseload; sometimes record. */
const MIX: Kind[] = [
  { name: 'person overview', weight: 6, body: asBody('gateway-overview') },
  { name: 'caseload of 50', weight: 1, body: asBody('gateway-caseload-50') },
  {
    name: 'record a relationship',
    weight: 2,
    body: (t, n) => ({
      query: 'mutation Soak($input: RecordRelationshipInput!) { recordRelationship(input: $input) { id } }',
      variables: { input: { personId: t.personId, kind: 'HOUSEHOLD_MEMBER', name: `Soak Visitor ${n}`, relationshipToPerson: 'neighbour' } },
    }),
  },
  {
    name: 'register a person',
    weight: 1,
    body: (_t, n) => ({ query: 'mutation Soak($input: CreatePersonInput!) { createPerson(input: $input) { id } }', variables: { input: { givenName: 'Soak', familyName: `Person${n}`, dateOfBirth: '1950-01-01' } } }),
  },
];
const TOTAL_WEIGHT = MIX.reduce((sum, k) => sum + k.weight, 0);

function pick(): Kind {
  let roll = Math.random() * TOTAL_WEIGHT;
  return MIX.find((k) => (roll -= k.weight) < 0) ?? MIX[0];
}

/** Resident memory of each process, from the kernel (Linux), in MiB. */
function memory(processes: Running[]): Record<string, number> {
  return Object.fromEntries(
    processes.map((p) => {
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p.pid}/status`, 'utf8'));
      return [p.name, rss ? Math.round((Number(rss[1]) * 1024) / MiB) : NaN];
    }),
  );
}

/** Each process's median over these samples. */
function medians(samples: Array<{ mib: Record<string, number> }>, processes: Running[]): Record<string, number> {
  return Object.fromEntries(
    processes.map((p) => {
      const sorted = samples.map((x) => x.mib[p.name]).sort((a, b) => a - b);
      return [p.name, sorted.length ? sorted[Math.floor(sorted.length / 2)] : NaN];
    }),
  );
}

async function main() {
  await provideProductionEnvironment(BENCH_AUTHORITIES.map((a) => a.code));
  process.env.LOG_LEVEL ??= 'warn';

  const db = await createTestDatabase(SUBGRAPHS, (owner) => onboardAuthorities(owner, BENCH_AUTHORITIES));
  defer(() => db.drop());
  log(`seeding ${PEOPLE.toLocaleString('en-GB')} people into ${db.name}`);
  await seedPeople(db, PEOPLE, BENCH_AUTHORITIES);
  const queuePrefix = uniquePrefix();
  defer(() => removePrefix(queuePrefix));
  const children = new Children();
  defer(() => children.stop());
  const graph = await startGraph(children, { root: repoRoot(), databaseUrl: db.appUrl, queuePrefix, logLevel: 'warn', workerFor: BENCH_AUTHORITIES.map((a) => a.code) });
  const targets = await loadTargets(db, 2_000);
  const url = `${graph.urls.gateway}/graphql`;

  const counts = new Map(MIX.map((k) => [k.name, { done: 0, errors: 0, ms: 0 }]));
  let n = 0;
  let measuring = false;
  const deadline = Date.now() + WARMUP_MS + MINUTES * 60_000;
  const user = async () => {
    while (Date.now() < deadline) {
      const kind = pick();
      const target = targets[Math.floor(Math.random() * targets.length)];
      const started = performance.now();
      let failed = true;
      try {
        const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${target.token}` }, body: JSON.stringify(kind.body(target, n++)) });
        const body = (await res.json()) as { errors?: unknown[] };
        failed = !res.ok || Boolean(body.errors?.length);
      } catch {
        failed = true;
      }
      if (!measuring) continue;
      const c = counts.get(kind.name)!;
      c.done++;
      c.ms += performance.now() - started;
      if (failed) c.errors++;
    }
  };
  const users = Promise.all(Array.from({ length: USERS }, user));
  await Promise.race([new Promise((r) => setTimeout(r, WARMUP_MS)), children.died]);
  measuring = true;
  const startedAt = Date.now();
  const before = memory(graph.processes);
  log(`after the warm-up, MiB: ${JSON.stringify(before)}`);
  const samples: Array<{ at: number; mib: Record<string, number> }> = [];
  const sampling = setInterval(() => samples.push({ at: Date.now() - startedAt, mib: memory(graph.processes) }), 10_000);
  const minutely = setInterval(() => log(`${Math.round((Date.now() - startedAt) / 60_000)} min, MiB: ${JSON.stringify(memory(graph.processes))}`), 60_000);
  await Promise.race([users, children.died]);
  clearInterval(minutely);
  clearInterval(sampling);
  const after = memory(graph.processes);
  const seconds = (Date.now() - startedAt) / 1000;
  const span = seconds * 1000;
  const middle = medians(samples.filter((x) => x.at >= span / 3 && x.at < (2 * span) / 3), graph.processes);
  const last = medians(samples.filter((x) => x.at >= (2 * span) / 3), graph.processes);

  const lines = [
    `soak: ${MINUTES} min, ${USERS} users, ${PEOPLE.toLocaleString('en-GB')} people in ${BENCH_AUTHORITIES.length} councils (after ${WARMUP_MS / 1000} s of warm-up)`,
    '',
    '| request | done | per second | mean ms | errors |',
    '| --- | --: | --: | --: | --: |',
    ...[...counts].map(([name, c]) => `| ${name} | ${c.done} | ${(c.done / seconds).toFixed(1)} | ${(c.ms / Math.max(c.done, 1)).toFixed(1)} | ${c.errors} |`),
    '',
    '| process | MiB after warm-up | MiB at the end | lowest – highest | median, middle third | median, last third | last / middle |',
    '| --- | --: | --: | --: | --: | --: | --: |',
    ...graph.processes.map((p) => {
      const all = samples.map((x) => x.mib[p.name]);
      return `| ${p.name} | ${before[p.name]} | ${after[p.name]} | ${Math.min(...all)} – ${Math.max(...all)} | ${middle[p.name]} | ${last[p.name]} | ${(last[p.name] / middle[p.name]).toFixed(2)} |`;
    }),
  ];
  console.log(lines.join('\n'));
  const grew = graph.processes.filter((p) => last[p.name] > middle[p.name] * 1.1 + 20);
  const errors = [...counts.values()].reduce((sum, c) => sum + c.errors, 0);
  if (grew.length || errors) {
    console.log(`\nNOT FLAT OR NOT CLEAN: ${grew.map((p) => p.name).join(', ') || 'memory flat'}; ${errors} errors`);
    process.exitCode = 1;
  } else console.log('\nmemory flat, no errors');
}

cleanUpOnSignals('stopping the stack and dropping the database');
main()
  .catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  })
  .finally(cleanUp);
