import type { Pool } from 'pg';
import { onLiveConnection } from '../database/connection-lost';
import { resilientPool } from '../database/pg-driver';
import type { EntityManager } from 'typeorm';
import type { Identity } from '@careplan/identity';
import type { Logger } from '@careplan/runtime';

/** One append-only audit row: who read or changed whose record, in which request, when. */
export interface AuditRow {
  authority_code: string;
  user_id: string;
  roles: string[];
  request_id: string;
  operation: string;
  operation_name: string | null;
  person_ids: string[];
  changed: boolean;
  at: string;
}

/** Inserts the rows `json` holds (a JSON array, as a parameter or a quoted literal), read back as the table's own record type. */
function insertSql(schema: string, json: string): string {
  return `INSERT INTO "${schema}".access_audit (authority_code, user_id, roles, request_id, operation, operation_name, person_ids, changed, at)
     SELECT authority_code, user_id, roles, request_id, operation, operation_name, person_ids, changed, at
       FROM json_populate_recordset(NULL::"${schema}".access_audit, ${json}::json)`;
}

/** Collects whose personal data a request read or changed; one row per request. */
export class AccessAudit {
  private readonly persons = new Set<string>();
  private changed = false;
  /** When the request began; written out only if it touched anyone's record. */
  private readonly at = Date.now();

  read(...personIds: Array<string | null | undefined>): void {
    for (const id of personIds) if (id) this.persons.add(id);
  }

  wrote(...personIds: Array<string | null | undefined>): void {
    this.read(...personIds);
    this.changed = true;
  }

  get touched(): boolean {
    return this.persons.size > 0;
  }

  row(entry: { identity: Identity; requestId: string; operation: string; operationName?: string | null }): AuditRow {
    return {
      authority_code: entry.identity.authority,
      user_id: entry.identity.userId,
      roles: entry.identity.roles,
      request_id: entry.requestId,
      operation: entry.operation,
      operation_name: entry.operationName?.slice(0, 200) ?? null,
      person_ids: [...this.persons],
      changed: this.changed,
      at: new Date(this.at).toISOString(),
    };
  }

  /** A change's row, in the change's own transaction: the two commit together or not at all. */
  async writeWith(manager: EntityManager, schema: string, row: AuditRow): Promise<void> {
    await manager.query(insertSql(schema, '$1'), [JSON.stringify([row])]);
  }
}

/** How many unwritten rows a process keeps while the database refuses them. */
const MAX_KEPT = 100_000;

/**
 * Writes the audit rows of reads in batches, a few times a second, instead of one write transaction per
 * read. What a crash can lose: the reads of the last interval (at most `intervalMs`) — never a change's
 * row, which commits with the change. A failed batch is kept and tried again with the next. It has a
 * connection of its own, so a request may wait for it (`flush`) without competing for the pool.
 */
export class AuditWriter {
  private pending: AuditRow[] = [];
  private timer?: NodeJS.Timeout;
  private writing: Promise<void> = Promise.resolve();
  private readonly pool: Pool;

  constructor(
    options: { databaseUrl: string; applicationName: string },
    private readonly schema: string,
    private readonly logger: Logger,
    private readonly intervalMs = 200,
    private readonly batchSize = 500,
  ) {
    this.pool = resilientPool({ connectionString: options.databaseUrl, application_name: `${options.applicationName}-audit`, max: 1, idleTimeoutMillis: 30_000 }, (err) => logger.warn({ err: err.message }, 'audit connection lost'));
    this.pool.on('error', (err) => logger.warn({ err: err.message }, 'audit connection error'));
  }

  /** Rows waiting to be written: those of the current interval and any the database has refused so far. */
  get backlog(): number {
    return this.pending.length;
  }

  add(row: AuditRow): void {
    this.pending.push(row);
    if (this.pending.length >= this.batchSize) void this.flush();
    else this.timer ??= setTimeout(() => void this.flush(), this.intervalMs).unref();
  }

  /** Writes everything added so far; resolves when it is stored (or has failed and been kept). */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const rows = this.pending;
    this.pending = [];
    this.writing = this.writing.then(() => (rows.length ? this.write(rows) : undefined));
    return this.writing;
  }

  private async write(rows: AuditRow[]): Promise<void> {
    const byAuthority = new Map<string, AuditRow[]>();
    for (const r of rows) byAuthority.set(r.authority_code, [...(byAuthority.get(r.authority_code) ?? []), r]);
    const groups = [...byAuthority];
    // Every council's rows in one round trip; if that fails, each council's alone, so one council's
    // refused rows never hold back another's.
    if (groups.length > 1 && (await this.tryWrite(groups))) return;
    for (const group of groups) if (!(await this.tryWrite([group]))) this.keep(group[0], group[1]);
  }

  /**
   * One transaction and one round trip: each council's rows inserted under its own authority (RLS).
   * The simple protocol takes no parameters, so values go in as literals quoted by the driver.
   */
  private async tryWrite(groups: Array<[string, AuditRow[]]>): Promise<boolean> {
    try {
      // A connection lost while idle (a failover, an administrator) is replaced at once, not left to the next batch.
      await onLiveConnection(this.pool, async () => {
        const client = await this.pool.connect();
        try {
          const statements = groups.flatMap(([authority, batch]) => [
            `SELECT set_config('app.authority', ${client.escapeLiteral(authority)}, true)`,
            insertSql(this.schema, client.escapeLiteral(JSON.stringify(batch))),
          ]);
          await client.query(['BEGIN', ...statements, 'COMMIT'].join(';\n'));
          client.release();
        } catch (err) {
          await client.query('ROLLBACK').catch(() => undefined);
          // Never back into the pool: it may be the lost connection.
          client.release(err as Error);
          throw err;
        }
      });
      return true;
    } catch (err) {
      this.logger.error({ err: (err as Error).message, authorities: groups.map(([a]) => a), rows: groups.reduce((n, [, b]) => n + b.length, 0) }, 'audit rows not yet written');
      return false;
    }
  }

  /** Keeps rows the database refused, to try again with the next batch (a bounded number of them). */
  private keep(authority: string, batch: AuditRow[]): void {
    this.logger.error({ authority, rows: batch.length }, 'audit rows kept for the next batch');
    this.pending.unshift(...batch);
    if (this.pending.length > MAX_KEPT) {
      const lost = this.pending.splice(0, this.pending.length - MAX_KEPT);
      this.logger.error({ rows: lost.length }, 'audit rows dropped: the database has refused them for too long');
    }
    this.timer ??= setTimeout(() => void this.flush(), this.intervalMs * 5).unref();
  }

  /** Writes what is pending and lets the connection go. */
  async close(): Promise<void> {
    await this.flush();
    await this.pool.end();
  }
}
