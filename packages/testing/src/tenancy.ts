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
 * Every role but PERSON, and one sign-in id in both councils: neither a role check nor "yours" hides a
 * row, so what council B cannot see is kept from it by tenancy alone.
 */
const STAFF = [Role.PRACTITIONER, Role.TEAM_MANAGER, Role.PANEL_MEMBER, Role.FINANCE_OFFICER, Role.ANALYST, Role.RETURNS_OFFICER, Role.SERVICE];
export const STAFF_USER = 'test-staff';

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
    tokenA: await tokenFor({ authority: AUTHORITY_A, userId: STAFF_USER, roles: STAFF }),
    tokenB: await tokenFor({ authority: AUTHORITY_B, userId: STAFF_USER, roles: STAFF }),
    async close() {
      await subgraph.close();
      await db.drop();
      await removePrefix(prefix);
    },
  };
}

/**
 * `_entities` for one key of council A's record, as the gateway asks it: by council A, by council B, and
 * by council B for an unknown id of the type (which must answer the same: no existence oracle).
 */
export async function entityAnswers(alone: SubgraphAlone, typename: string, id: string) {
  const query = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on ${typename} { id } } }`;
  const ask = async (key: string, token: string) => {
    const { data, errors } = await graphql(alone.url, query, { reps: [{ __typename: typename, id: key }] }, token);
    return { data, errors };
  };
  return { own: await ask(id, alone.tokenA), otherCouncil: await ask(id, alone.tokenB), unknown: await ask(randomUUID(), alone.tokenB) };
}

/** What `entityAnswers` must be: the record for its own council, and one null answer for both of council B's. */
export function resolvedOnlyForOwnCouncil(id: string) {
  const none = { data: { _entities: [null] } };
  return { own: { data: { _entities: [{ id }] } }, otherCouncil: none, unknown: none };
}

/** A root query to probe, with the variables that reveal a record of council A's to council A. */
export interface Probe {
  root: string;
  query: string;
  variables?: Record<string, unknown>;
  /** The id of the record the answer mentions for council A, and must not for council B. */
  reveals: string;
}

/**
 * Whether each root query's answer mentions its record, for council A and for council B (with B's error
 * codes if any), and which of the subgraph's root queries neither a probe nor `provedElsewhere` covers.
 */
export async function whoSees(alone: SubgraphAlone, probes: Probe[], provedElsewhere: string[] = []) {
  const schema = await graphql<{ __schema: { queryType: { fields: { name: string }[] } } }>(alone.url, `{ __schema { queryType { fields { name } } } }`, {}, alone.tokenA);
  // Federation's `_service` answers the schema, never a record.
  const covered = new Set(['_service', ...probes.map((p) => p.root), ...provedElsewhere]);
  const answers = await Promise.all(
    probes.map(async ({ root, query, variables, reveals }) => {
      const [a, b] = await Promise.all([graphql(alone.url, query, variables, alone.tokenA), graphql(alone.url, query, variables, alone.tokenB)]);
      return { root, a: JSON.stringify(a.data ?? null).includes(reveals), b: JSON.stringify(b.data ?? null).includes(reveals), errorsB: b.errors?.map((e) => e.extensions?.code) };
    }),
  );
  return { unprobed: schema.data!.__schema.queryType.fields.map((f) => f.name).filter((name) => !covered.has(name)), answers };
}

/** What `whoSees` must be: every root query probed, each showing its record to council A and nothing to B. */
export function seenOnlyByOwnCouncil(probes: Probe[]) {
  return { unprobed: [], answers: probes.map(({ root }) => ({ root, a: true, b: false, errorsB: undefined })) };
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
export async function rowsOfAAtDatabase({ db, subgraph }: SubgraphAlone, schema: string) {
  // The access audit is written after each request: let it land so the counts compare one state.
  await subgraph.audit.flush();
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
