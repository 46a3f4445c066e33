import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { repoRoot } from '@careplan/identity';

function sql(file: string): string {
  return readFileSync(join(repoRoot(), 'infra', 'postgres', file), 'utf8');
}

async function withClient<T>(url: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** `postgres://u@h:p/db` with another database name. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** `postgres://u@h:p/db` with another user (passwords come from the environment in production). */
export function withUser(url: string, user: string, password?: string): string {
  const u = new URL(url);
  u.username = user;
  u.password = password ?? '';
  return u.toString();
}

/**
 * Creates the roles (cluster-wide), the database if missing, and the subgraph schemas with their
 * grants, from the SQL in infra/postgres. Needs a superuser connection; safe to run again.
 */
export async function provisionDatabase(adminUrl: string, database: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(database)) throw new Error(`unsafe database name ${database}`);
  await withClient(adminUrl, async (c) => {
    await c.query(sql('01-roles.sql'));
    const { rowCount } = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) {
      try {
        await c.query(`CREATE DATABASE ${database}`);
      } catch (e) {
        if ((e as { code?: string }).code !== '42P04') throw e; // created meanwhile by another process
      }
    }
  });
  await withClient(withDatabase(adminUrl, database), (c) => c.query(sql('02-schemas.sql')));
}

export async function dropDatabase(adminUrl: string, database: string): Promise<void> {
  await withClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
}
