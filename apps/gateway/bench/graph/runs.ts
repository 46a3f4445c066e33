import { runLoad, trickle, warm, type LoadResult } from './load';
import { CONNECTIONS } from './report';
import type { HttpRequest, Scenario, Target } from './scenarios';
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

/** How many requests a second keep a side that waits for its turn from sitting idle. */
const TRICKLE_PER_SECOND = 2;

/** What a waiting side is sent: where, and the requests in turn. */
interface Waiting {
  service: Scenario['service'];
  requests: HttpRequest[];
}

/** Through the gateway if that is measured, so every process of a waiting side is kept busy. */
function waitingLoad(scenarios: Scenario[], targets: Target[]): Waiting | undefined {
  const scenario = scenarios.find((s) => s.service === 'gateway') ?? scenarios.find((s) => s.service !== 'floor' && s.service !== 'hive');
  return scenario && { service: scenario.service, requests: targets.map((t) => scenario.request(t)) };
}

/**
 * Runs `load` on `stack` alone: the other sides' idle database connections are ended first, so the loaded
 * side may open all it wants, and each other side is sent a trickle of `waiting` while it waits: a stack left
 * idle for a minute answered its next overviews as slowly as one just started.
 */
async function inTurnOf<T>(stacks: Stack[], stack: Stack, waiting: Waiting | undefined, load: () => Promise<T>): Promise<T> {
  const others = stacks.filter((other) => other !== stack);
  for (const other of others) await other.release();
  const stops = waiting ? others.map((other) => trickle(other.urls[waiting.service], waiting.requests, TRICKLE_PER_SECOND)) : [];
  try {
    return await load();
  } finally {
    await Promise.all(stops.map((stop) => stop()));
  }
}

/** How long each slice of the stack's warm-up loads one request. */
const WARM_SLICE_SECONDS = 5;

/** A warm-up goes on past its minimum until it settles, but never beyond this many times the minimum. */
const WARM_CAP = 4;

/**
 * A request's rate has settled when its last three slices lie within 10% of each other and the last is
 * within 10% of the best: a rate still rising, or fallen with the machine, has not.
 */
const settled = (rates: number[]): boolean => {
  const last = rates.slice(-3);
  return last.length === 3 && Math.max(...last) <= 1.1 * Math.min(...last) && last[2] >= 0.9 * Math.max(...rates);
};

/** Loads `stack` with each of `scenarios` for one slice, in turn, adding each slice's rate to `rates`. */
async function warmSlice(stack: Stack, requests: Map<Scenario, HttpRequest[]>, rates: Map<Scenario, number[]>, died: Promise<never>): Promise<void> {
  for (const [scenario, r] of requests) {
    const rate = await Promise.race([warm(stack.urls[scenario.service], r, CONNECTIONS.throughput, WARM_SLICE_SECONDS), died]);
    rates.get(scenario)!.push(Math.round(rate));
  }
}

/**
 * Loads each side's stack with each request, at 16 connections, in slices of a few seconds taken in turn,
 * before anything is measured, as a server that has been serving is loaded: for at least `seconds`, then
 * until every request's rate has settled (or four times `seconds` have gone). A stack just started runs much
 * of its code unoptimised, and the person overview, at a tenth of a lone subgraph's rate, takes the longest
 * to settle: measured at once, it spent half as much CPU again per overview as it does a minute later. A side
 * waiting for its turn gets a trickle of requests (`inTurnOf`). Logs each slice's throughput, to show it has settled.
 */
export async function warmUp(scenarios: Scenario[], stacks: Stack[], targets: Target[], seconds: number, died: Promise<never>): Promise<void> {
  const least = Math.ceil(seconds / WARM_SLICE_SECONDS);
  const warmed = stacks.map((stack) => {
    // The floor too, beside the side it is measured with: it is the yardstick, so it is measured warm as well.
    const loaded = scenarios.filter((s) => stacksFor(s, stacks).includes(stack));
    return { stack, requests: new Map(loaded.map((s) => [s, targets.map((t) => s.request(t))])), rates: new Map<Scenario, number[]>(loaded.map((s) => [s, []])), steady: false };
  });
  const waiting = waitingLoad(scenarios, targets);
  for (const side of warmed) {
    await inTurnOf(stacks, side.stack, waiting, async () => {
      for (let slice = 0; slice < least * WARM_CAP && !side.steady; slice++) {
        await warmSlice(side.stack, side.requests, side.rates, died);
        side.steady = slice + 1 >= least && [...side.rates.values()].every(settled);
      }
    });
  }
  for (const { stack, rates, steady } of warmed) {
    for (const [scenario, r] of rates) log(`warm-up${stacks.length > 1 ? ` [${stack.side.name}]` : ''}: ${scenario.label} × ${CONNECTIONS.throughput}, req/s per ${WARM_SLICE_SECONDS} s: ${r.join(' ')}${steady ? '' : ' (not settled)'}`);
  }
}

/**
 * Loads each request at 1 and then 16 connections, `rounds` times over; with two sides, each of those runs
 * goes to both, one right after the other, so drift over the bench touches both alike. The side that goes
 * first changes from round to round, so that over an even number of rounds neither gains from going second
 * (a stack still settling runs faster later). The floor is the same for both: it is measured once a round,
 * beside the current side. Each run has the machine to itself but for the other sides' trickle (`inTurnOf`).
 * `died` rejects if a child process dies.
 */
export async function measure(scenarios: Scenario[], stacks: Stack[], targets: Target[], seconds: number, rounds: number, died: Promise<never>): Promise<Measured[]> {
  const measured: Measured[] = [];
  const requestsOf = new Map(scenarios.map((s) => [s, targets.map((t) => s.request(t))]));
  const waiting = waitingLoad(scenarios, targets);
  for (let round = 1; round <= rounds; round++) {
    if (rounds > 1) log(`round ${round} of ${rounds}`);
    const inTurn = round % 2 === 1 ? stacks : [...stacks].reverse();
    for (const [scenario, requests] of requestsOf) {
      for (const connections of [CONNECTIONS.latency, CONNECTIONS.throughput]) {
        for (const stack of stacksFor(scenario, inTurn)) {
          const { side, urls, meter } = stack;
          const result = await inTurnOf(stacks, stack, waiting, () => Promise.race([runLoad(urls[scenario.service], requests, connections, seconds, meter), died]));
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
