import { Registry, collectDefaultMetrics } from 'prom-client';

/**
 * The process's own registry, with Node's default process metrics and its service name on every series.
 * One per process or app, never prom-client's global one: tests run five subgraphs and a gateway in one
 * Node process, and each must answer its own `/metrics`.
 */
export function createMetricsRegistry(service: string): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  return registry;
}

/** Longest label value kept: an operation or job name longer than this is cut. */
export const MAX_LABEL_LENGTH = 64;

/**
 * Label values that come from outside the code (operation names chosen by callers, job names in Redis),
 * kept to a bounded set: each is cut to 64 characters, and once `max` distinct values have been seen any
 * new one counts as "other", so a caller inventing names cannot grow the series without end.
 */
export class BoundedLabel {
  private readonly seen = new Set<string>();

  constructor(private readonly max = 500) {}

  value(raw: string): string {
    const value = raw.slice(0, MAX_LABEL_LENGTH);
    if (this.seen.has(value)) return value;
    if (this.seen.size >= this.max) return 'other';
    this.seen.add(value);
    return value;
  }
}
