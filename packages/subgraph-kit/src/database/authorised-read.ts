import type { Connection, Pool, PoolClient, Submittable } from 'pg';
// pg's own conversion of parameter values (arrays to Postgres's array form), as its queries use it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { prepareValue } = require('pg/lib/utils') as { prepareValue: (value: unknown) => unknown };

/** A named statement: Postgres parses and plans it once per connection. */
export interface NamedStatement {
  name: string;
  text: string;
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

/**
 * One read under the caller's authority, sent as one pipeline of the extended protocol: bind and execute
 * the prepared `set_config`, bind and execute the prepared statement, then one Sync. Postgres runs
 * everything before a Sync as one implicit transaction, so the authority is transaction-local and ends
 * with the read — as with BEGIN … COMMIT, in one round trip instead of three — and both statements are
 * parsed and planned once per connection, not on every read. Their answer's row description is asked for
 * only until this process has learnt it.
 */
class AuthorisedRead implements Submittable {
  private phase = 0;
  private columns: Column[] | undefined;
  private readonly rows: Row[] = [];
  private readonly parsing: NamedStatement[] = [];
  readonly done: Promise<Row[]>;
  private settle!: (error: Error | undefined) => void;

  constructor(
    private readonly client: PoolClient,
    private readonly authority: string,
    private readonly statement: NamedStatement,
    private readonly values: unknown[],
  ) {
    this.columns = columnsOf.get(statement.name);
    this.done = new Promise((resolve, reject) => {
      this.settle = (error) => (error ? reject(error) : resolve(this.rows));
    });
  }

  submit(connection: Connection): void {
    const c = connection as PgConnection;
    c.stream.cork();
    try {
      for (const s of [AUTHORITY, this.statement]) {
        if (c.parsedStatements[s.name] === undefined) {
          c.parse({ name: s.name, text: s.text, types: [] }, true);
          this.parsing.push(s);
        }
      }
      c.bind({ statement: AUTHORITY.name, values: [this.authority] }, true);
      c.execute({}, true);
      c.bind({ statement: this.statement.name, values: this.values, valueMapper: prepareValue } as never, true);
      if (!this.columns) c.describe({ type: 'P' }, true);
      c.execute({}, true);
      c.sync();
    } finally {
      c.stream.uncork();
    }
  }

  handleRowDescription(msg: { fields: Array<{ name: string; dataTypeID: number }> }): void {
    this.columns = msg.fields.map((f) => ({ name: f.name, parse: this.client.getTypeParser(f.dataTypeID, 'text') as (text: string) => unknown }));
    columnsOf.set(this.statement.name, this.columns);
  }

  handleDataRow(msg: { fields: Array<string | null> }): void {
    // The first statement's row is set_config's answer.
    if (this.phase === 0) return;
    const row: Row = {};
    const columns = this.columns!;
    for (let i = 0; i < columns.length; i++) {
      const value = msg.fields[i];
      row[columns[i].name] = value === null ? null : columns[i].parse(value);
    }
    this.rows.push(row);
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
    columnsOf.delete(this.statement.name);
    this.settle(error);
  }

  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
  handleCopyInResponse(): void {}
  handleCopyData(): void {}
}

/**
 * The rows `statement` reads with `values`, under `authority`, on a connection of `pool` taken for this
 * read alone. The statement is planned once per connection, so its best plan must not depend on the values
 * (a keyed read's does not). A connection whose read failed is closed, not pooled: which of its statements Postgres had
 * prepared before the failure is not known.
 */
export async function authorisedRead(pool: Pool, authority: string, statement: NamedStatement, values: unknown[]): Promise<Row[]> {
  const client = await pool.connect();
  const read = new AuthorisedRead(client, authority, statement, values);
  client.query(read);
  try {
    const rows = await read.done;
    client.release();
    return rows;
  } catch (err) {
    client.release(err as Error);
    throw err;
  }
}
