import { runLoad, warm, type LoadResult } from './load';
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

/** The stacks a request is loaded on: every side, but the floor and Hive's gateway only beside the current side. */
const stacksFor = (scenario: Scenario, stacks: Stack[]) =>
  scenario.service === 'floor' || scenario.service === 'hive' ? stacks.filter((stack) => stack.side.name === 'current') : stacks;

/** Ends the idle database connections of every side but `stack`'s, so the loaded side may open all it wants. */
async function releaseOthers(stacks: Stack[], stack: Stack): Promise<void> {
  for (const other of stacks) if (other !== stack) await other.release();
}

/** How long each slice of the stack's warm-up loads one request. */
const WARM_SLICE_SECONDS = 5;

/**
 * Loads each side's stack with each request for `seconds`, at 16 connections, in slices of a few seconds
 * taken in turn, before anything is measured, as a server that has been serving is loaded. A stack just
 * started runs much of its code unoptimised, and the person overview, at a tenth of a lone subgraph's rate,
 * takes the longest to settle: measured at once, it spent half as much CPU again per overview as it does a
 * minute later. Logs each slice's throughput, to show it has settled.
 */
export async function warmUp(scenarios: Scenario[], stacks: Stack[], targets: Target[], seconds: number, died: Promise<never>): Promise<void> {
  const slices = Math.ceil(seconds / WARM_SLICE_SECONDS);
  for (const stack of stacks) {
    // The floor too, beside the side it is measured with: it is the yardstick, so it is measured warm as well.
    const loaded = scenarios.filter((s) => stacksFor(s, stacks).includes(stack));
    const requests = new Map(loaded.map((s) => [s, targets.map((t) => s.request(t))]));
    const rates = new Map<Scenario, number[]>(loaded.map((s) => [s, []]));
    await releaseOthers(stacks, stack);
    for (let slice = 0; slice < slices; slice++) {
      for (const scenario of loaded) {
        const rate = await Promise.race([warm(stack.urls[scenario.service], requests.get(scenario)!, CONNECTIONS.throughput, WARM_SLICE_SECONDS), died]);
        rates.get(scenario)!.push(Math.round(rate));
      }
    }
    for (const [scenario, r] of rates) log(`warm-up${stacks.length > 1 ? ` [${stack.side.name}]` : ''}: ${scenario.label} × ${CONNECTIONS.throughput}, req/s per ${WARM_SLICE_SECONDS} s: ${r.join(' ')}`);
  }
}

/**
 * Loads each request at 1 and then 16 connections, `rounds` times over; with two sides, each of those runs
 * goes to both, one right after the other, so drift over the bench touches both alike. The side that goes
 * first changes from round to round, so that over an even number of rounds neither gains from going second
 * (a stack still settling runs faster later). The floor is the same for both: it is measured once a round,
 * beside the current side. Before each run the other side's idle database connections are ended, so the
 * loaded side may open all it wants; the warm-up reopens its own. `died` rejects if a child process dies.
 */
export async function measure(scenarios: Scenario[], stacks: Stack[], targets: Target[], seconds: number, rounds: number, died: Promise<never>): Promise<Measured[]> {
  const measured: Measured[] = [];
  const requestsOf = new Map(scenarios.map((s) => [s, targets.map((t) => s.request(t))]));
  for (let round = 1; round <= rounds; round++) {
    if (rounds > 1) log(`round ${round} of ${rounds}`);
    const inTurn = round % 2 === 1 ? stacks : [...stacks].reverse();
    for (const [scenario, requests] of requestsOf) {
      for (const connections of [CONNECTIONS.latency, CONNECTIONS.throughput]) {
        for (const stack of stacksFor(scenario, inTurn)) {
          const { side, urls, meter } = stack;
          await releaseOthers(stacks, stack);
          const result = await Promise.race([runLoad(urls[scenario.service], requests, connections, seconds, meter), died]);
          const where = stacks.length > 1 && scenario.service !== 'floor' ? ` [${side.name}]` : '';
          log(`  ${scenario.label}${where} × ${connections}: ${Math.round(result.requestsPerSecond)} req/s, p50 ${result.p50Ms.toFixed(2)} ms, p99 ${result.p99Ms.toFixed(2)} ms, ${result.errors} errors`);
          measured.push({ side: side.name, scenario, result });
        }
      }
    }
  }
  return measured;
}

/**
 * Of each request's runs on each side at each number of connections, the one of median throughput, whole
 * (its latencies and CPU with it). On this machine a run can land 20% off its neighbours; rounds that take
 * the floor and the graph in turn, and the median of them, keep one such run from setting the ratio.
 */
export function medianRuns(measured: Measured[]): Measured[] {
  const groups = new Map<string, Measured[]>();
  for (const m of measured) {
    const key = `${m.side} ${m.scenario.key} ${m.result.connections}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(m);
  }
  return [...groups.values()].map((runs) => {
    const sorted = [...runs].sort((a, b) => a.result.requestsPerSecond - b.result.requestsPerSecond);
    return sorted[Math.floor((sorted.length - 1) / 2)];
  });
}
