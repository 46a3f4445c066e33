import type { LoadResult } from './load';
import type { Scenario } from './scenarios';

/** Latency is measured at one connection, throughput at sixteen. */
export const CONNECTIONS = { latency: 1, throughput: 16 } as const;
/** The bench process itself: it generates the load, so its CPU is not the server's. */
export const LOAD_GENERATOR = 'load generator';
/** CPU columns in this order, each shown when some run measured it: the subgraphs run as one process or one each. */
const PROCESSES = ['gateway', 'hive', 'subgraphs', 'people', 'assessments', 'plans', 'budgets', 'reviews', 'analytics', 'floor', 'postgres'];

export interface Setup {
  /** What was measured: a commit, or the working tree. */
  revision: string;
  people: number;
  councils: number;
  practitioners: number;
  caseload: number;
  seconds: number;
  /** Times each run was repeated; the report shows the run of median throughput. */
  rounds: number;
  warmupSeconds: number;
  /** Seconds of each request each stack had before the first run. */
  stackWarmupSeconds: number;
  cpus: number;
}

/** A figure divided by the floor's at the same number of connections. */
interface VsFloor {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  serverCpuMsPerRequest: number;
}

export interface Row {
  key: string;
  label: string;
  sqlStatementsPerRequest: number;
  runs: Array<LoadResult & { serverCpuMsPerRequest: number; vsFloor: VsFloor }>;
}

export interface Report extends Setup {
  rows: Row[];
}

const serverCpu = (result: LoadResult) => Object.entries(result.cpuMsPerRequest).reduce((sum, [name, ms]) => (name === LOAD_GENERATOR ? sum : sum + ms), 0);

/** Rows in the order measured; `countedOnly` scenarios get their SQL statement count and no runs. */
export function buildReport(setup: Setup, statements: Record<string, number>, measured: Array<{ scenario: Scenario; result: LoadResult }>, countedOnly: Scenario[]): Report {
  const floor = (connections: number) => measured.find((m) => m.scenario.key === 'floor' && m.result.connections === connections)!.result;
  const rows = new Map<string, Row>();
  for (const { scenario, result } of measured) {
    const row = rows.get(scenario.key) ?? { key: scenario.key, label: scenario.label, sqlStatementsPerRequest: statements[scenario.key], runs: [] };
    const base = floor(result.connections);
    row.runs.push({
      ...result,
      serverCpuMsPerRequest: serverCpu(result),
      vsFloor: {
        requestsPerSecond: result.requestsPerSecond / base.requestsPerSecond,
        p50Ms: result.p50Ms / base.p50Ms,
        p99Ms: result.p99Ms / base.p99Ms,
        serverCpuMsPerRequest: serverCpu(result) / serverCpu(base),
      },
    });
    rows.set(scenario.key, row);
  }
  for (const s of countedOnly) rows.set(s.key, { key: s.key, label: s.label, sqlStatementsPerRequest: statements[s.key], runs: [] });
  return { ...setup, rows: [...rows.values()] };
}

export const number = (n: number, digits: number) => n.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const ratio = (n: number) => `(${number(n, n < 10 ? 2 : 1)}×)`;
const withRatio = (value: number, digits: number, vsFloor: number) => `${number(value, digits)} ${ratio(vsFloor)}`;

/** Lays out rows of cells: the first column (or first `left` columns) left-aligned, the rest right-aligned. */
export function table(rows: string[][], left = 1): string[] {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => r.map((cell, i) => (i < left ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ').trimEnd());
}

/** A row's run at so many connections, if it was loaded. */
export const runAt = (row: Row, connections: number) => row.runs.find((r) => r.connections === connections);

export function formatReport(report: Report): string {
  const processes = PROCESSES.filter((p) => report.rows.some((row) => row.runs.some((run) => p in run.cpuMsPerRequest)));
  const timing = report.rows.map((row) => {
    const slow = runAt(row, CONNECTIONS.latency);
    const busy = runAt(row, CONNECTIONS.throughput);
    if (!slow || !busy) return [row.label, String(row.sqlStatementsPerRequest), 'SQL counted only'];
    return [
      row.label,
      String(row.sqlStatementsPerRequest),
      withRatio(slow.p50Ms, 2, slow.vsFloor.p50Ms),
      withRatio(slow.p99Ms, 2, slow.vsFloor.p99Ms),
      withRatio(busy.requestsPerSecond, 0, busy.vsFloor.requestsPerSecond),
      withRatio(busy.p99Ms, 1, busy.vsFloor.p99Ms),
      String(slow.errors + busy.errors),
    ];
  });
  const cpu = report.rows.flatMap((row) => {
    const busy = runAt(row, CONNECTIONS.throughput);
    if (!busy) return [];
    return [[row.label, ...processes.map((p) => number(busy.cpuMsPerRequest[p] ?? 0, 2)), withRatio(busy.serverCpuMsPerRequest, 2, busy.vsFloor.serverCpuMsPerRequest), number(busy.cpuMsPerRequest[LOAD_GENERATOR] ?? 0, 2)]];
  });
  return [
    `graph bench of ${report.revision}: ${number(report.people, 0)} people in ${report.councils} councils, ${report.practitioners} practitioners with caseloads of ${report.caseload}+;`,
    `${report.seconds} s per run after a ${report.warmupSeconds} s warm-up, each stack first warmed by ${report.stackWarmupSeconds} s of each request; of ${report.rounds} rounds, the run of median throughput; ${report.cpus} CPUs shared by every process and the load generator. (×) is the ratio to the floor.`,
    '',
    ...table([
      ['', 'SQL', `${CONNECTIONS.latency} connection`, '', `${CONNECTIONS.throughput} connections`, '', ''],
      ['request', 'per req', 'p50 ms', 'p99 ms', 'req/s', 'p99 ms', 'errors'],
      ...timing,
    ]),
    '',
    `CPU ms per request at ${CONNECTIONS.throughput} connections (user + system from /proc/<pid>/stat; server = every process but the load generator)`,
    ...table([['request', ...processes, 'server', LOAD_GENERATOR], ...cpu]),
  ].join('\n');
}
