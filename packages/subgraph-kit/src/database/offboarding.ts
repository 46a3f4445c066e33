import { mkdir, open, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { Client, type ClientBase } from 'pg';
import { AuthorityCode } from '@careplan/domain';

/** The columns that say which council a row belongs to: its own, or the two councils of a row they share. */
export const COUNCIL_COLUMNS = ['authority_code', 'from_authority_code', 'to_authority_code'] as const;

export interface CouncilTable {
  table: string;
  columns: string[];
}

/** Every table of a schema that holds rows of a council, with the council columns it has. */
export async function councilTables(client: ClientBase, schema: string): Promise<CouncilTable[]> {
  const { rows } = await client.query<{ table: string; columns: string[] }>(
    `SELECT c.table_name AS table, array_agg(c.column_name::text ORDER BY c.column_name) AS columns
     FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
     WHERE c.table_schema = $1 AND t.table_type = 'BASE TABLE' AND c.column_name = ANY($2)
     GROUP BY c.table_name ORDER BY c.table_name`,
    [schema, COUNCIL_COLUMNS],
  );
  return rows;
}

/** The same tables, each after every table that references it, so deleting in this order breaks no foreign key. */
async function referencingFirst(client: ClientBase, schema: string, tables: CouncilTable[]): Promise<CouncilTable[]> {
  const { rows } = await client.query<{ child: string; parent: string }>(
    `SELECT cc.relname AS child, pc.relname AS parent
     FROM pg_constraint k JOIN pg_class cc ON cc.oid = k.conrelid JOIN pg_class pc ON pc.oid = k.confrelid
     JOIN pg_namespace n ON n.oid = cc.relnamespace
     WHERE k.contype = 'f' AND n.nspname = $1 AND k.conrelid <> k.confrelid`,
    [schema],
  );
  const ordered: CouncilTable[] = [];
  const placed = new Set<string>();
  const visiting = new Set<string>();
  const byName = new Map(tables.map((t) => [t.table, t]));
  const visit = (name: string) => {
    if (placed.has(name)) return;
    if (visiting.has(name)) throw new Error(`${schema}.${name}: foreign keys form a cycle; erase by hand`);
    visiting.add(name);
    for (const r of rows) if (r.parent === name) visit(r.child);
    visiting.delete(name);
    placed.add(name);
    const t = byName.get(name);
    if (t) ordered.push(t);
  };
  for (const t of tables) visit(t.table);
  return ordered;
}

/** Bytes go into the export as base64 rather than as arrays of numbers. */
function exportable(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Buffer.isBuffer(v) ? { base64: v.toString('base64') } : v]));
}

/** Written to a temporary name, flushed to disk, then renamed: a file under the final name is always whole. */
async function writeDurably(file: string, content: string): Promise<void> {
  const partial = `${file}.partial`;
  const handle = await open(partial, 'w', 0o600);
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(partial, file);
}

export interface OffboardingOptions {
  /** The council's GSS code. */
  authority: string;
  /** The export goes to `<exportDir>/<code>/<schema>.json`. */
  exportDir: string;
  /** Without it, only the export is written (a dry run); with it, the rows exported are then deleted in the same transaction. */
  erase: boolean;
  /**
   * The subgraph's own rule for rows it shares with another council (from/to codes), run before the
   * council's own rows are deleted. Rows with only `authority_code` need none.
   */
  shared?: (client: ClientBase, authority: string) => Promise<void>;
}

export interface OffboardingReport {
  file: string;
  /** Rows exported per table. */
  exported: Record<string, number>;
  /** Rows deleted per table (authority_code only; shared rows are the subgraph's rule). */
  erased: Record<string, number>;
}

/**
 * A council's rows in one subgraph schema, exported to a file and (with `erase`) deleted, in one
 * transaction as the schema owner: the export is exactly what was deleted. Row-level security binds the
 * owner too, so the transaction sets the council as its authority.
 */
export async function offboardSchema(ownerUrl: string, schema: string, options: OffboardingOptions): Promise<OffboardingReport> {
  const code = AuthorityCode.parse(options.authority, 'authority').toString();
  const client = new Client({ connectionString: ownerUrl, application_name: `careplan-${schema}-offboard` });
  await client.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
    await client.query(`SELECT set_config('app.authority', $1, true)`, [code]);
    const tables = await councilTables(client, schema);
    const content: Record<string, Record<string, unknown>[]> = {};
    const exported: Record<string, number> = {};
    for (const t of tables) {
      const where = t.columns.map((c) => `${c} = $1`).join(' OR ');
      const { rows } = await client.query(`SELECT * FROM "${schema}"."${t.table}" WHERE ${where}`, [code]);
      content[t.table] = rows.map(exportable);
      exported[t.table] = rows.length;
    }
    const dir = join(options.exportDir, code);
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const file = join(dir, `${schema}.json`);
    await writeDurably(file, JSON.stringify({ schema, authority: code, exportedAt: new Date().toISOString(), tables: content }, null, 1));
    const erased: Record<string, number> = {};
    if (options.erase) {
      await options.shared?.(client, code);
      for (const t of await referencingFirst(client, schema, tables)) {
        if (!t.columns.includes('authority_code')) continue;
        erased[t.table] = (await client.query(`DELETE FROM "${schema}"."${t.table}" WHERE authority_code = $1`, [code])).rowCount ?? 0;
      }
    }
    await client.query('COMMIT');
    return { file, exported, erased };
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    await client.end();
  }
}
