import autocannon from 'autocannon';
import { CpuMeter } from './cpu';
import type { HttpRequest } from './scenarios';

/** Unmeasured load before each run, so its connection pools and Postgres' cache are warm when measuring starts. */
export const WARMUP_SECONDS = 2;

export interface LoadResult {
  connections: number;
  /** Responses in the measured run. */
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Failed, timed out, not 2xx, or answered with GraphQL errors. */
  errors: number;
  /** CPU ms per response of each process, over the measured run. */
  cpuMsPerRequest: Record<string, number>;
  /** When the measured run was, in µs of the monotonic clock V8's CPU profiles use on Linux, to cut a profile to it. */
  window: { startUs: number; endUs: number };
}

const monotonicUs = () => Number(process.hrtime.bigint() / 1000n);

/** The nearest-rank percentile of ascending values. */
const percentile = (sorted: number[], p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

async function fire(url: string, next: () => HttpRequest, connections: number, seconds: number) {
  const latencies: number[] = [];
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    requests: [{ setupRequest: (request) => ({ ...request, ...next() }) }],
    // GraphQL answers errors with 200: count them as the failures they are.
    verifyBody: (body) => !body.includes('"errors"'),
  }).on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  latencies.sort((a, b) => a - b);
  return { ...result, p50Ms: percentile(latencies, 50), p99Ms: percentile(latencies, 99) };
}

/** The requests one after another, round and round. */
function inTurn(requests: HttpRequest[]): () => HttpRequest {
  let turn = 0;
  return () => requests[turn++ % requests.length];
}

/** Loads `url` with the requests in turn over `connections` for `seconds`, unmeasured; resolves with its throughput. */
export async function warm(url: string, requests: HttpRequest[], connections: number, seconds: number): Promise<number> {
  const result = await fire(url, inTurn(requests), connections, seconds);
  return result.requests.total / result.duration;
}

/** Warms up, then loads `url` with the requests in turn over `connections` for `seconds`, reading CPU time before and after. */
export async function runLoad(url: string, requests: HttpRequest[], connections: number, seconds: number, meter: CpuMeter): Promise<LoadResult> {
  const next = inTurn(requests);
  await fire(url, next, connections, WARMUP_SECONDS);
  const before = await meter.read();
  const startUs = monotonicUs();
  const result = await fire(url, next, connections, seconds);
  const endUs = monotonicUs();
  const used = CpuMeter.used(before, await meter.read());
  const responses = result.requests.total;
  return {
    connections,
    requests: responses,
    requestsPerSecond: responses / result.duration,
    p50Ms: result.p50Ms,
    p99Ms: result.p99Ms,
    errors: result.errors + result.timeouts + result.non2xx + result.mismatches,
    cpuMsPerRequest: Object.fromEntries(Object.entries(used).map(([name, ms]) => [name, ms / responses])),
    window: { startUs, endUs },
  };
}

/**
 * A light load, `perSecond` requests one at a time, until the returned stop is called: a stack waiting for
 * its turn is kept from sitting idle: left idle for a minute, a stack answered its next overviews as slowly
 * as one just started (README, "A stack left idle answers like one just started").
 */
export function trickle(url: string, requests: HttpRequest[], perSecond: number): () => Promise<void> {
  const next = inTurn(requests);
  let sending: Promise<unknown> | undefined;
  const timer = setInterval(() => {
    if (sending) return;
    const { path, ...init } = next();
    sending = fetch(`${url}${path}`, init)
      .then((res) => res.arrayBuffer())
      .catch(() => undefined)
      .finally(() => (sending = undefined));
  }, 1000 / perSecond);
  return async () => {
    clearInterval(timer);
    await sending;
  };
}
