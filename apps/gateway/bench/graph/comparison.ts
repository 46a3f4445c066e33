import { CONNECTIONS, number, runAt, table, type Report, type Row } from './report';

type Run = Row['runs'][number];

/** One figure of a request kind, measured on both sides. */
export interface ComparedFigure {
  figure: string;
  baseline: number;
  current: number;
  /** current / baseline. */
  ratio: number;
}

export interface ComparedRow {
  key: string;
  label: string;
  figures: ComparedFigure[];
  /** Failed responses over both runs of each side. */
  errors: { baseline: number; current: number };
}

export interface Comparison {
  baseline: string;
  current: string;
  rows: ComparedRow[];
}

interface Figure {
  name: string;
  /** Its name in a row's one-line summary, if it has one there. */
  summary?: string;
  digits: number;
  of(row: Row): number | undefined;
}

const at = (connections: number, pick: (run: Run) => number) => (row: Row) => {
  const run = runAt(row, connections);
  return run && pick(run);
};
const { latency, throughput } = CONNECTIONS;
const connections = (n: number) => `${n} connection${n === 1 ? '' : 's'}`;

const FIGURES: Figure[] = [
  { name: `req/s, ${connections(throughput)}`, summary: 'throughput', digits: 0, of: at(throughput, (r) => r.requestsPerSecond) },
  { name: `p50 ms, ${connections(latency)}`, summary: 'p50', digits: 2, of: at(latency, (r) => r.p50Ms) },
  { name: `p99 ms, ${connections(latency)}`, summary: 'p99', digits: 2, of: at(latency, (r) => r.p99Ms) },
  { name: `p50 ms, ${connections(throughput)}`, digits: 1, of: at(throughput, (r) => r.p50Ms) },
  { name: `p99 ms, ${connections(throughput)}`, digits: 1, of: at(throughput, (r) => r.p99Ms) },
  { name: `server CPU ms per request, ${connections(throughput)}`, summary: 'CPU per request', digits: 2, of: at(throughput, (r) => r.serverCpuMsPerRequest) },
  { name: 'SQL statements per request', summary: 'SQL statements', digits: 0, of: (row) => row.sqlStatementsPerRequest },
];

const errors = (row: Row) => row.runs.reduce((sum, run) => sum + run.errors, 0);

/** Each request kind loaded on both sides (the floor is one for both), figure by figure. */
export function compare(baseline: Report, current: Report): Comparison {
  const rows = current.rows.flatMap((now): ComparedRow[] => {
    const before = baseline.rows.find((row) => row.key === now.key);
    if (now.key === 'floor' || !before || now.runs.length === 0 || before.runs.length === 0) return [];
    const figures = FIGURES.flatMap(({ name, of }): ComparedFigure[] => {
      const [b, c] = [of(before), of(now)];
      return b === undefined || c === undefined ? [] : [{ figure: name, baseline: b, current: c, ratio: c / b }];
    });
    return [{ key: now.key, label: now.label, figures, errors: { baseline: errors(before), current: errors(now) } }];
  });
  return { baseline: baseline.revision, current: current.revision, rows };
}

const times = (ratio: number) => `${number(ratio, ratio < 10 ? 2 : 1)}×`;

export function formatComparison(comparison: Comparison): string {
  const digits = (figure: string) => FIGURES.find((f) => f.name === figure)!.digits;
  const lines = comparison.rows.flatMap((row) => [
    ...row.figures.map((f, i) => [i === 0 ? row.label : '', f.figure, number(f.baseline, digits(f.figure)), number(f.current, digits(f.figure)), times(f.ratio)]),
    ...(row.errors.baseline + row.errors.current > 0 ? [['', 'errors', String(row.errors.baseline), String(row.errors.current), '']] : []),
  ]);
  const summaries = comparison.rows.map((row) => {
    const parts = FIGURES.flatMap(({ name, summary }) => {
      const f = row.figures.find((figure) => figure.figure === name);
      return summary && f ? [`${times(f.ratio)} ${summary}`] : [];
    });
    return `${row.label}: ${parts.join(', ')}`;
  });
  return [
    `current (${comparison.current}) against baseline (${comparison.baseline}), measured side by side in one run:`,
    'each run went to both sides one after the other, the baseline first in odd rounds and the current side first in even ones, against the same database; × is current / baseline.',
    '',
    ...table([['request', 'figure', 'baseline', 'current', 'current/baseline'], ...lines], 2),
    '',
    `In short (p50 and p99 at ${connections(latency)}, CPU at ${connections(throughput)}):`,
    ...summaries,
  ].join('\n');
}
