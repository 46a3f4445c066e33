import { escapeLiteral, type Pool } from 'pg';
import { authorisedReads, type NamedStatement, type Read, type Row } from '../database/authorised-read';
import { onLiveConnection } from '../database/connection-lost';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/**
 * A request's database work: one transaction, opened on first use, whose first statement sets the
 * caller's authority for row-level security. `set_config(..., true)` is transaction-local, so the
 * setting can never leak to the next request that borrows the pooled connection.
 */
export class RequestDb {
  private runner?: Promise<QueryRunner>;
  /** Set once the operation is known to be a query: it writes nothing, so its reads may go alone. */
  readOnly = false;
  /** Reads asked for in this turn of the event loop, to go together at its end. */
  private waiting?: Array<Read & { resolve: (rows: Row[]) => void; reject: (err: unknown) => void }>;
  /** Settles when every read sent alone so far has its answer. */
  private reading: Promise<unknown> = Promise.resolve();

  constructor(
    readonly dataSource: DataSource,
    /** The caller's council, for row-level security: a GSS code from a verified token. */
    readonly authority: string,
  ) {}

  /**
   * The rows of one read. The reads a query asks for while it holds no connection — all those its
   * resolvers ask for in one turn of the event loop — go together as one pipeline (`authorisedReads`),
   * which Postgres runs as one implicit transaction: `set_config(..., true)` ends with it exactly as it
   * would with a transaction, in one round trip instead of three for each read (open, read, commit), and
   * the connection goes back to the pool at once. Otherwise the read joins the request's transaction.
   * Either way the statement is prepared once per connection.
   */
  read(statement: NamedStatement, values: unknown[]): Promise<Row[]> {
    if (!this.readOnly || this.runner) return this.inTransaction({ statement, values });
    this.dataSource.logger.logQuery(statement.text);
    return new Promise((resolve, reject) => {
      if (!this.waiting) {
        this.waiting = [];
        setImmediate(() => this.sendWaiting());
      }
      this.waiting.push({ statement, values, resolve, reject });
    });
  }

  /** A read in the request's transaction, as a prepared statement (TypeORM hands pg's { name, text } form on). */
  private async inTransaction(read: Read): Promise<Row[]> {
    return (await this.manager()).query(read.statement as unknown as string, read.values);
  }

  private sendWaiting(): void {
    const reads = this.waiting!;
    this.waiting = undefined;
    // The request opened its transaction meanwhile: the reads join it, so the request never holds one
    // connection while it waits for another (ten such requests would hold a pool of ten and wait forever).
    if (this.runner) {
      for (const r of reads) this.inTransaction(r).then(r.resolve, r.reject);
      return;
    }
    const sent = authorisedReads(this.pool, this.authority, reads).then(
      (rows) => reads.forEach((r, i) => r.resolve(rows[i])),
      (err) => reads.forEach((r) => r.reject(err)),
    );
    this.reading = Promise.all([this.reading, sent]);
  }

  private get pool(): Pool {
    return (this.dataSource.driver as PostgresDriver).master as Pool;
  }

  /** Whether the request holds a connection (its transaction is open). */
  get open(): boolean {
    return this.runner !== undefined;
  }

  async manager(): Promise<EntityManager> {
    this.runner ??= this.begin();
    return (await this.runner).manager;
  }

  private async begin(): Promise<QueryRunner> {
    // Reads already sent on connections of their own finish first: the request holds one connection at a time.
    await this.reading;
    // Nothing has run in it yet, so a connection found lost is simply replaced, as for reads.
    return onLiveConnection(this.pool, () => this.openTransaction());
  }

  /** A connection of the pool, in a transaction whose first statement sets the caller's authority. */
  private async openTransaction(): Promise<QueryRunner> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    serialise(runner);
    try {
      // One round trip: the authority is a GSS code the identity has checked, quoted as a literal.
      await runner.query(`START TRANSACTION; SELECT set_config('app.authority', ${escapeLiteral(this.authority)}, true)`);
      // What TypeORM's startTransaction would record, so its own saves join this transaction.
      Object.assign(runner, { isTransactionActive: true, transactionDepth: 1 });
      return runner;
    } catch (e) {
      await runner.release();
      throw e;
    }
  }

  /**
   * Gives the connection back before the request waits on something outside this process (the graph,
   * which may call this very subgraph and need a connection of the same pool). Only a transaction that
   * has read and not yet written can be closed early; the next statement opens a new one. Returns false
   * when it has written: the caller must not wait while holding it.
   */
  async release(): Promise<boolean> {
    if (!this.runner) return true;
    const runner = await this.runner;
    // A transaction gets an id only when it first writes.
    const [{ wrote }] = await runner.query('SELECT pg_current_xact_id_if_assigned() IS NOT NULL AS wrote');
    if (wrote) return false;
    this.runner = undefined;
    try {
      await runner.commitTransaction();
    } finally {
      await runner.release();
    }
    return true;
  }

  /**
   * Commits (after `beforeCommit`, in the same transaction, opened for it if need be) or rolls back, and
   * returns the connection.
   */
  async finish(commit: boolean, beforeCommit?: (m: EntityManager) => Promise<void>): Promise<void> {
    if (!this.runner && !(commit && beforeCommit)) return;
    const runner = await (this.runner ??= this.begin());
    this.runner = undefined;
    try {
      if (commit) {
        if (beforeCommit) await beforeCommit(runner.manager);
        await runner.commitTransaction();
      } else {
        await runner.rollbackTransaction();
      }
    } catch (e) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw e;
    } finally {
      await runner.release();
    }
  }
}


/**
 * Sends a request's statements one after another: resolvers (DataLoader batches) may ask at the same
 * time, and one connection answers one statement at a time anyway.
 */
function serialise(runner: QueryRunner): void {
  const query = runner.query.bind(runner);
  let tail: Promise<unknown> = Promise.resolve();
  runner.query = ((...args: Parameters<QueryRunner['query']>) => {
    const run = tail.then(() => query(...args));
    tail = run.catch(() => undefined);
    return run;
  }) as QueryRunner['query'];
}
