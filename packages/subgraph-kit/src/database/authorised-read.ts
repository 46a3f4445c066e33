import { createHash } from 'node:crypto';
import type { Connection, Pool, PoolClient, Submittable } from 'pg';
import { onLiveConnection } from './connection-lost';
// pg's own conversion of parameter values (arrays to Postgres's array form), as its queries use it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { prepareValue } = require('pg/lib/utils') as { prepareValue: (value: unknown) => unknown };

/** A named statement: Postgres parses and plans it once per connection. */
export interface NamedStatement {
  name: string;
  text: string;
}

/** The statement of this text, named by it: the same text is the same prepared statement everywhere. */
export function namedStatement(text: string): NamedStatement {
  return { name: `keyed_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`, text };
}

export type Row = Record<string, unknown>;

/**
 * Sets the caller's council for row-level security until the implicit transaction ends, and has the read
 * use its statement's generic plan. Left to choose, Postgres plans `key = ANY($1)` again on every read: a
 * custom plan for one key always looks cheaper than the generic plan's guess of ten.
 */
const AUTHORITY: NamedStatement = {
  name: 'careplan_authority',
  text: `SELECT set_config('app.authority', $1, true), set_config('plan_cache_mode', 'force_generic_plan', true)`,
};

/** What pg's client keeps on a connection about the statements it has prepared there. */
type PgConnection = Connection & { parsedStatements: Record<string, string> };

interface Column {
  name: string;
  parse: (text: string) => unknown;
}

/** Each statement's columns and their parsers, learnt from its first answer in this process. */
const columnsOf = new Map<string, Column[]>();

/** One statement of a pipeline, with its values. */
export interface Read {
  statement: NamedStatement;
  values: unknown[];
}

/**
 * Reads under the caller's authority, sent as one pipeline of the extended protocol: bind and execute the
 * prepared `set_config`, bind and execute each read's prepared statement, then one Sync. Postgres runs
 * everything before a Sync as one implicit transaction, so the authority is transaction-local and ends
 * with the reads — as with BEGIN … COMMIT, in one round trip instead of three or more — and every
 * statement is parsed and planned once per connection, not on every read. A statement's row description
 * is asked for only until this process has learnt it.
 */
class AuthorisedReads implements Submittable {
  /** Which statement's answer is arriving: 0 is set_config's. */
  private phase = 0;
  private readonly columns: Array<Column[] | undefined>;
  private readonly rows: Row[][];
  private readonly parsing: NamedStatement[] = [];
  readonly done: Promise<Row[][]>;
  private settle!: (error: Error | undefined) => void;

  constructor(
    private readonly client: PoolClient,
    private readonly authority: string,
    private readonly reads: Read[],
  ) {
    this.columns = reads.map((r) => columnsOf.get(r.statement.name));
    this.rows = reads.map(() => []);
    this.done = new Promise((resolve, reject) => {
      this.settle = (error) => (error ? reject(error) : resolve(this.rows));
    });
  }

  submit(connection: Connection): void {
    const c = connection as PgConnection;
    c.stream.cork();
    try {
      for (const s of [AUTHORITY, ...this.reads.map((r) => r.statement)]) {
        if (c.parsedStatements[s.name] === undefined && !this.parsing.some((p) => p.name === s.name)) {
          c.parse({ name: s.name, text: s.text, types: [] }, true);
          this.parsing.push(s);
        }
      }
      c.bind({ statement: AUTHORITY.name, values: [this.authority] }, true);
      c.execute({}, true);
      this.reads.forEach((read, i) => {
        c.bind({ statement: read.statement.name, values: read.values, valueMapper: prepareValue } as never, true);
        if (!this.columns[i]) c.describe({ type: 'P' }, true);
        c.execute({}, true);
      });
      c.sync();
    } finally {
      c.stream.uncork();
    }
  }

  handleRowDescription(msg: { fields: Array<{ name: string; dataTypeID: number }> }): void {
    const columns = msg.fields.map((f) => ({ name: f.name, parse: this.client.getTypeParser(f.dataTypeID, 'text') as (text: string) => unknown }));
    this.columns[this.phase - 1] = columns;
    columnsOf.set(this.reads[this.phase - 1].statement.name, columns);
  }

  handleDataRow(msg: { fields: Array<string | null> }): void {
    if (this.phase === 0) return;
    const columns = this.columns[this.phase - 1]!;
    const row: Row = {};
    for (let i = 0; i < columns.length; i++) {
      const value = msg.fields[i];
      row[columns[i].name] = value === null ? null : columns[i].parse(value);
    }
    this.rows[this.phase - 1].push(row);
  }

  handleCommandComplete(): void {
    this.phase++;
  }

  handleReadyForQuery(connection: Connection): void {
    for (const s of this.parsing) (connection as PgConnection).parsedStatements[s.name] = s.text;
    this.settle(undefined);
  }

  /** Postgres refused (the rest of the pipeline was skipped) or the connection failed. */
  handleError(error: Error): void {
    // A statement may have changed shape since its columns were learnt.
    for (const r of this.reads) columnsOf.delete(r.statement.name);
    this.settle(error);
  }

  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
  handleCopyInResponse(): void {}
  handleCopyData(): void {}
}

/**
 * The rows each read gives, in order, under `authority`, on a connection of `pool` taken for these reads
 * alone; if one fails, all do. Each statement is planned once per connection, so its best plan must not
 * depend on the values (a keyed read's does not). A connection whose reads failed is closed, not pooled:
 * which of its statements Postgres had prepared before the failure is not known. If the connection turns
 * out to have been lost, the reads go again on another (`onLiveConnection`): they change nothing, so sending
 * them again is safe, and a caller should not see an error for a connection Postgres closed while it sat in
 * the pool.
 */
export function authorisedReads(pool: Pool, authority: string, reads: Read[]): Promise<Row[][]> {
  return onLiveConnection(pool, () => readOnce(pool, authority, reads));
}

async function readOnce(pool: Pool, authority: string, reads: Read[]): Promise<Row[][]> {
  const client = await pool.connect();
  const pipeline = new AuthorisedReads(client, authority, reads);
  client.query(pipeline);
  try {
    const rows = await pipeline.done;
    client.release();
    return rows;
  } catch (err) {
    client.release(err as Error);
    throw err;
  }
}
