import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { Role } from '@careplan/domain';
import type { RunningSubgraph, SubgraphDefinition } from '@careplan/subgraph-kit';
import { createTestDatabase, type TestDatabase } from './database';
import { errorCode, graphql, type GraphQLResult } from './http';
import { removePrefix, uniquePrefix } from './redis';
import { startTestSubgraph } from './subgraph';
import { AUTHORITY_A, AUTHORITY_B, tokenFor } from './tokens';

/**
 * Every staff role: a role check never hides a row, so what council B cannot see is kept from it by
 * tenancy alone.
 */
const STAFF = [Role.PRACTITIONER, Role.TEAM_MANAGER, Role.PANEL_MEMBER, Role.FINANCE_OFFICER, Role.ANALYST];

/** One subgraph on its own throwaway database, with staff tokens of council A and of council B. */
export interface SubgraphAlone {
  db: TestDatabase;
  subgraph: RunningSubgraph;
  url: string;
  tokenA: string;
  tokenB: string;
  close(): Promise<void>;
}

/**
 * Starts only this subgraph: the graph is unreachable, so tests arrange what another subgraph would
 * have done as rows written with `db.asAdmin`.
 */
export async function startAlone(def: SubgraphDefinition): Promise<SubgraphAlone> {
  const db = await createTestDatabase([def]);
  const prefix = uniquePrefix();
  const subgraph = await startTestSubgraph(def, db, { queuePrefix: prefix });
  return {
    db,
    subgraph,
    url: subgraph.url,
    tokenA: await tokenFor({ authority: AUTHORITY_A, roles: STAFF }),
    tokenB: await tokenFor({ authority: AUTHORITY_B, roles: STAFF }),
    async close() {
      await subgraph.close();
      await db.drop();
      await removePrefix(prefix);
    },
  };
}

/** `_entities` for one key, as the gateway asks: the same answer for another council's key and an unknown one. */
export async function entityByKey(alone: SubgraphAlone, typename: string, id: string, token: string): Promise<Pick<GraphQLResult, 'data' | 'errors'>> {
  const query = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on ${typename} { id } } }`;
  const { data, errors } = await graphql(alone.url, query, { reps: [{ __typename: typename, id }] }, token);
  return { data, errors };
}

/** The names of the subgraph's root queries, so a test can prove it probed every one. */
export async function rootQueries(alone: SubgraphAlone): Promise<string[]> {
  const res = await graphql<{ __schema: { queryType: { fields: { name: string }[] } } }>(alone.url, `{ __schema { queryType { fields { name } } } }`, {}, alone.tokenA);
  return res.data!.__schema.queryType.fields.map((f) => f.name).filter((name) => !name.startsWith('_')).sort();
}

/** A root query to probe, with the variables that would reveal the record to its own council. */
export interface Probe {
  root: string;
  query: string;
  variables?: Record<string, unknown>;
}

/** Whether each root query mentions the record, for council A and for council B, and B's error codes if any. */
export async function whoSees(alone: SubgraphAlone, id: string, probes: Probe[]) {
  return Promise.all(
    probes.map(async ({ root, query, variables }) => {
      const [a, b] = await Promise.all([graphql(alone.url, query, variables, alone.tokenA), graphql(alone.url, query, variables, alone.tokenB)]);
      return { root, a: JSON.stringify(a.data ?? null).includes(id), b: JSON.stringify(b.data ?? null).includes(id), errorsB: b.errors?.map((e) => e.extensions?.code) };
    }),
  );
}

/**
 * A write naming a record, tried by council B with the record's id and with an unknown id, then by
 * council A: each attempt's error code and the record (read as the superuser) after it.
 */
export async function writeAttempts(alone: SubgraphAlone, mutation: string, input: (id: string) => Record<string, unknown>, id: string, readBack: string) {
  const read = async () => (await alone.db.asAdmin(readBack, [id]))[0];
  const attempt = async (target: string, token: string) => {
    const res = await graphql(alone.url, mutation, { input: input(target) }, token);
    return { code: res.errors ? errorCode(res) : null, row: await read() };
  };
  const before = await read();
  const byB = await attempt(id, alone.tokenB);
  const unknown = await attempt(randomUUID(), alone.tokenB);
  const byA = await attempt(id, alone.tokenA);
  return { before, byB, unknown, byA };
}

/**
 * Council A's rows in each of the schema's tenant tables, counted as the superuser and as `careplan_app`
 * with `app.authority` set to A, to B, and to nothing: row-level security alone, past every app filter.
 */
export async function rowsOfAAtDatabase(db: TestDatabase, schema: string) {
  const tables = await db.asAdmin<{ name: string }>(
    `SELECT c.table_name AS name FROM information_schema.columns c
      WHERE c.table_schema = $1 AND c.column_name = 'authority_code' AND has_table_privilege('careplan_app', format('%I.%I', c.table_schema, c.table_name), 'SELECT')
      ORDER BY 1`,
    [schema],
  );
  const app = new Client({ connectionString: db.appUrl });
  await app.connect();
  const count = async (table: string, authority: string | null) => {
    await app.query('BEGIN');
    try {
      if (authority) await app.query(`SELECT set_config('app.authority', $1, true)`, [authority]);
      return (await app.query(`SELECT count(*)::int AS n FROM ${schema}.${table} WHERE authority_code = $1`, [AUTHORITY_A])).rows[0].n as number;
    } finally {
      await app.query('ROLLBACK');
    }
  };
  try {
    const counts = [];
    for (const { name } of tables) {
      const [{ n: admin }] = await db.asAdmin<{ n: number }>(`SELECT count(*)::int AS n FROM ${schema}.${name} WHERE authority_code = $1`, [AUTHORITY_A]);
      counts.push({ table: name, admin, asA: await count(name, AUTHORITY_A), asB: await count(name, AUTHORITY_B), asNone: await count(name, null) });
    }
    return counts;
  } finally {
    await app.end();
  }
}
