import { runLoad, type LoadResult } from './load';
import { CONNECTIONS } from './report';
import type { Scenario, Target } from './scenarios';
import type { SideName } from './sides';
import type { Stack } from './stacks';

const log = (line: string) => process.stderr.write(`${line}\n`);

export interface Measured {
  side: SideName;
  scenario: Scenario;
  result: LoadResult;
}

/** Each request answers completely for a few people before anything is loaded: wrong answers are fast answers. */
export async function verify(scenarios: Scenario[], stacks: Stack[], targets: Target[]): Promise<void> {
  for (const { side, urls } of stacks) {
    for (const scenario of scenarios) {
      for (const target of targets) {
        const { path, ...request } = scenario.request(target);
        const res = await fetch(`${urls[scenario.service]}${path}`, request);
        const problem = res.ok ? scenario.problem(await res.json()) : `HTTP ${res.status}`;
        if (problem) throw new Error(`${scenario.label} on ${side.revision} for person ${target.personId}: ${problem}`);
      }
    }
  }
  log(`verified: every request answers completely for ${targets.length} people${stacks.length > 1 ? ' on both sides' : ''}`);
}

/**
 * Loads each request at 1 and then 16 connections; with two sides, each of those runs goes to the
 * baseline and then at once to the current side, so drift over the bench touches both alike. The
 * floor is the same for both: it is measured once, beside the current side. Before each run the other
 * side's idle database connections are ended, so the loaded side may open all it wants; the warm-up
 * reopens its own. `died` rejects if a child process dies.
 */
export async function measure(scenarios: Scenario[], stacks: Stack[], targets: Target[], seconds: number, died: Promise<never>): Promise<Measured[]> {
  const measured: Measured[] = [];
  for (const scenario of scenarios) {
    const requests = targets.map((t) => scenario.request(t));
    const on = scenario.service === 'floor' ? stacks.slice(-1) : stacks;
    for (const connections of [CONNECTIONS.latency, CONNECTIONS.throughput]) {
      for (const { side, urls, meter } of on) {
        for (const other of stacks) if (other.side !== side) await other.release();
        const result = await Promise.race([runLoad(urls[scenario.service], requests, connections, seconds, meter), died]);
        const where = stacks.length > 1 && scenario.service !== 'floor' ? ` [${side.name}]` : '';
        log(`  ${scenario.label}${where} × ${connections}: ${Math.round(result.requestsPerSecond)} req/s, p50 ${result.p50Ms.toFixed(2)} ms, p99 ${result.p99Ms.toFixed(2)} ms, ${result.errors} errors`);
        measured.push({ side: side.name, scenario, result });
      }
    }
  }
  return measured;
}
