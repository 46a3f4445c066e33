import { Counter, Histogram, type Registry } from 'prom-client';
import type { Logger } from './logger';
import { BoundedLabel } from './metrics';

/** What is known of one GraphQL request once its answer is ready. */
export interface GraphQLRequestOutcome {
  /** The operation's own name, once the document was read; null for an unnamed operation. */
  operationName: string | null | undefined;
  /** query, mutation or subscription; undefined when the operation was never read (no token, not GraphQL, invalid). */
  operationType: string | undefined;
  /** The errors answered, as formatted for the client: their codes are the public ones. */
  errors: ReadonlyArray<{ extensions?: Record<string, unknown> }> | undefined;
  requestId: string | undefined;
  /** The request this one was asked for, when a subgraph asked the graph while answering it (`ANSWERING_HEADER`). */
  answering?: string;
  /** Undefined when the request was refused before it started (its token could not be verified). */
  durationMs: number | undefined;
}

/**
 * Counts, times and logs every GraphQL request of one process: one access-log line each, and metrics
 * labelled by operation name. Neither ever carries variables or anything from the answer: names, types,
 * codes, durations and the request id only.
 */
export class GraphQLRequests {
  private readonly operations = new BoundedLabel();
  private readonly requests: Counter<'operation' | 'type' | 'outcome'>;
  private readonly duration: Histogram<'operation' | 'type'>;
  private readonly errors: Counter<'operation' | 'code'>;

  constructor(registry: Registry, private readonly logger: Logger) {
    this.requests = new Counter({
      name: 'careplan_graphql_requests_total',
      help: 'GraphQL requests answered, by operation name, operation type and outcome (ok or error)',
      labelNames: ['operation', 'type', 'outcome'],
      registers: [registry],
    });
    this.duration = new Histogram({
      name: 'careplan_graphql_request_duration_seconds',
      help: 'Time from the start of a GraphQL request to its answer, by operation name and type',
      labelNames: ['operation', 'type'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    });
    this.errors = new Counter({
      name: 'careplan_graphql_errors_total',
      help: 'Errors in GraphQL answers, by operation name and error code',
      labelNames: ['operation', 'code'],
      registers: [registry],
    });
  }

  observe(outcome: GraphQLRequestOutcome): void {
    // An operation never read has no name to trust ("unknown"); one read without a name is "anonymous".
    const operation = outcome.operationType ? this.operations.value(outcome.operationName ?? 'anonymous') : 'unknown';
    const type = outcome.operationType ?? 'unknown';
    const codes = [...new Set((outcome.errors ?? []).map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR')))];
    this.requests.inc({ operation, type, outcome: codes.length ? 'error' : 'ok' });
    if (outcome.durationMs !== undefined) this.duration.observe({ operation, type }, outcome.durationMs / 1000);
    for (const code of codes) this.errors.inc({ operation, code });
    this.logger.info(
      {
        requestId: outcome.requestId,
        ...(outcome.answering ? { answering: outcome.answering } : {}),
        operation,
        type,
        durationMs: outcome.durationMs === undefined ? undefined : Math.round(outcome.durationMs * 10) / 10,
        status: codes.length ? 'error' : 'ok',
        ...(codes.length ? { codes } : {}),
      },
      'graphql request',
    );
  }
}
