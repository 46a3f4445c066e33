import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DEFAULTS, createLogger } from '@careplan/runtime';
import {
  dropDatabase,
  migrateSubgraph,
  provisionDatabase,
  withDatabase,
  withUser,
  type SubgraphDefinition,
} from '@careplan/subgraph-kit';

export interface TestDatabase {
  name: string;
  /** careplan_app: what the services use; RLS applies. */
  appUrl: string;
  /** careplan_owner: migrations and reference data. */
  ownerUrl: string;
  /** Superuser: only for creating and dropping. */
  adminUrl: string;
  /** Runs SQL in this database as the superuser, past RLS: for arranging and inspecting what tests need. */
  asAdmin<T = Record<string, any>>(sql: string, params?: unknown[]): Promise<T[]>;
  drop(): Promise<void>;
}

/**
 * A throwaway database with the given subgraphs migrated, so tests never depend on leftover state and
 * can share one Postgres with a running demo stack.
 */
export async function createTestDatabase(
  subgraphs: SubgraphDefinition[],
  setup?: (ownerUrl: string) => Promise<void>,
): Promise<TestDatabase> {
  const adminUrl = process.env.DATABASE_ADMIN_URL ?? DEFAULTS.adminUrl;
  const name = `careplan_test_${randomBytes(6).toString('hex')}`;
  await provisionDatabase(adminUrl, name);
  const dbUrl = withDatabase(adminUrl, name);
  const ownerUrl = withUser(dbUrl, 'careplan_owner');
  const logger = createLogger('test-migrate');
  for (const def of subgraphs) await migrateSubgraph(def, ownerUrl, logger);
  if (setup) await setup(ownerUrl);
  return {
    name,
    appUrl: withUser(dbUrl, 'careplan_app'),
    ownerUrl,
    adminUrl,
    async asAdmin<T>(sql: string, params: unknown[] = []) {
      const client = new Client({ connectionString: dbUrl });
      await client.connect();
      try {
        return (await client.query(sql, params)).rows as T[];
      } finally {
        await client.end();
      }
    },
    drop: () => dropDatabase(adminUrl, name),
  };
}
