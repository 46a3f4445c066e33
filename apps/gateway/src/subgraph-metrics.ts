import type { Fetcher } from '@apollo/utils.fetcher';
import { Counter, Histogram, type Registry } from 'prom-client';

/**
 * What the gateway sees of each subgraph: its calls by HTTP status (or "unreachable"), how long they take,
 * and the GraphQL errors it answers by code. Subgraph names come from the supergraph, so the labels are bounded.
 */
export class SubgraphMetrics {
  private readonly calls: Counter<'subgraph' | 'status'>;
  private readonly duration: Histogram<'subgraph'>;
  private readonly errors: Counter<'subgraph' | 'code'>;

  constructor(registry: Registry) {
    this.calls = new Counter({
      name: 'careplan_gateway_subgraph_requests_total',
      help: 'Requests the gateway sent to each subgraph, by HTTP status (or "unreachable")',
      labelNames: ['subgraph', 'status'],
      registers: [registry],
    });
    this.duration = new Histogram({
      name: 'careplan_gateway_subgraph_request_duration_seconds',
      help: 'Time until the gateway has a subgraph’s whole answer, queued behind calls pipelined before it included',
      labelNames: ['subgraph'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    });
    this.errors = new Counter({
      name: 'careplan_gateway_subgraph_errors_total',
      help: 'GraphQL errors each subgraph answered the gateway with, by code',
      labelNames: ['subgraph', 'code'],
      registers: [registry],
    });
  }

  /** The fetcher, timing and counting each call to `subgraph`. */
  timed(subgraph: string, fetcher: Fetcher): Fetcher {
    return (async (...args: Parameters<Fetcher>) => {
      const end = this.duration.startTimer({ subgraph });
      try {
        const res = await fetcher(...args);
        this.calls.inc({ subgraph, status: String(res.status) });
        return res;
      } catch (err) {
        this.calls.inc({ subgraph, status: 'unreachable' });
        throw err;
      } finally {
        end();
      }
    }) as Fetcher;
  }

  error(subgraph: string, code: unknown): void {
    this.errors.inc({ subgraph, code: typeof code === 'string' ? code.slice(0, 64) : 'INTERNAL_SERVER_ERROR' });
  }
}
