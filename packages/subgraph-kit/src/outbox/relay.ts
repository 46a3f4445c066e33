import type { Queue } from 'bullmq';
import type { Pool, PoolClient } from 'pg';
import { resilientPool } from '../database/pg-driver';
import type { DomainEvent } from '@careplan/domain';
import { eventsSigningKey, signEvent, type Logger } from '@careplan/runtime';

const PRUNE_EVERY_MS = 3_600_000;

interface OutboxRow {
  id: string;
  authority_code: string;
  type: DomainEvent['type'];
  data: DomainEvent['data'];
  occurred_at: Date;
}

/**
 * Publishes committed outbox rows to the `domain-events` queue with the outbox id as job id, then
 * marks them published. A crash between the two republishes the row; the job id makes the queue
 * ignore the duplicate while the job is kept, and handlers are idempotent beyond that. Connects as
 * careplan_relay, a login of its own and the only role that can see every authority's unpublished events:
 * the services' own login (careplan_app) cannot become it.
 */
export class OutboxRelay {
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;
  private again = false;

  private readonly pool: Pool;

  constructor(
    /** The relay's own login (careplan_relay). */
    relayDatabaseUrl: string,
    private readonly schema: string,
    private readonly queue: Queue,
    private readonly logger: Logger,
    private readonly batchSize = 200,
    /** Published rows are kept this long for tracing, then pruned; the queue keeps its own copy a week. */
    private readonly retentionDays = 30,
    /** Every event is signed, so the worker acts only on events a subgraph published. */
    private readonly signingKey = eventsSigningKey(),
  ) {
    this.pool = resilientPool({ connectionString: relayDatabaseUrl, application_name: `careplan-${schema}-relay`, max: 1, idleTimeoutMillis: 30_000 }, (err) => this.logger.warn({ err: err.message, schema }, 'outbox relay connection lost'));
    // An idle connection dropped by the server is replaced on the next poll; it must not end the process.
    this.pool.on('error', (err) => this.logger.warn({ err: err.message, schema }, 'outbox relay connection lost'));
  }

  /** One transaction on the relay's own connection. */
  private async transaction<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  private lastPrune = 0;

  start(intervalMs = 1_000): void {
    this.timer = setInterval(() => this.kick(), intervalMs);
    this.timer.unref();
    this.kick();
  }

  /** Publishes soon; called after a request commits events so delivery does not wait for the next poll. */
  kick(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .catch((err: unknown) => {
        // Redis or Postgres is away: rows stay unpublished and the next poll tries again.
        this.logger.warn({ err: (err as Error).message, schema: this.schema }, 'outbox relay could not publish');
        return 0;
      })
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  private async drain(): Promise<number> {
    if (Date.now() - this.lastPrune > PRUNE_EVERY_MS) {
      this.lastPrune = Date.now();
      await this.prune();
    }
    let total = 0;
    for (;;) {
      const n = await this.publishBatch();
      total += n;
      if (n < this.batchSize) return total;
    }
  }

  /** Publishes up to one batch; returns how many rows it published. */
  async publishBatch(): Promise<number> {
    return this.transaction(async (m) => {
      const { rows } = await m.query<OutboxRow>(
        `SELECT id, authority_code, type, data, occurred_at FROM "${this.schema}".outbox
         WHERE published_at IS NULL ORDER BY occurred_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [this.batchSize],
      );
      if (rows.length === 0) return 0;
      await this.queue.addBulk(
        rows.map((r) => ({
          name: r.type,
          data: signEvent(this.signingKey, {
            id: r.id,
            type: r.type,
            authority: r.authority_code,
            occurredAt: r.occurred_at.toISOString(),
            data: r.data,
          } as DomainEvent),
          opts: { jobId: r.id },
        })),
      );
      await m.query(`UPDATE "${this.schema}".outbox SET published_at = now() WHERE id = ANY($1)`, [rows.map((r) => r.id)]);
      this.logger.debug({ schema: this.schema, published: rows.length }, 'outbox published');
      return rows.length;
    });
  }

  /** Deletes published rows older than the retention, a bounded batch at a time; returns how many. */
  async prune(): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await this.transaction(async (m) => {
        const { rowCount } = await m.query(
          `DELETE FROM "${this.schema}".outbox WHERE id IN (
             SELECT id FROM "${this.schema}".outbox
             WHERE published_at < now() - make_interval(days => $1) LIMIT 1000 FOR UPDATE SKIP LOCKED)`,
          [this.retentionDays],
        );
        return rowCount ?? 0;
      });
      total += n;
      if (n < 1000) return total;
    }
  }

  /** Waits for a publish in progress; used by shutdown and tests. */
  async settle(): Promise<void> {
    while (this.running) await this.running;
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.settle();
    await this.pool.end();
  }
}
