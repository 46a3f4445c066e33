import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { seedDemo } from '@careplan/devstack';
import { Role } from '@careplan/domain';
import { repoRoot } from '@careplan/identity';
import { SUBGRAPH_NAMES, createLogger } from '@careplan/runtime';
import { Frontend, redisUrl, tokenFor, until } from '@careplan/testing';
import { handlers, startWorker } from '@careplan/worker';
import { suiteStack } from './support/stack';

const HACKNEY = 'E09000012';
const ISLINGTON = 'E09000019';
const CARDIFF = 'W06000015';
jest.setTimeout(240_000);

const stack = suiteStack();
const frontend = new Frontend(() => stack.url);

interface Table {
  schema: string;
  table: string;
  columns: string[];
}

/** Every table of every subgraph schema with a council column, read from the catalogue rather than listed by hand. */
async function councilTables(): Promise<Table[]> {
  return stack.db.asAdmin<Table>(
    `SELECT table_schema AS schema, table_name AS table, array_agg(column_name::text) AS columns FROM information_schema.columns
     WHERE table_schema = ANY($1) AND column_name IN ('authority_code', 'from_authority_code', 'to_authority_code')
     GROUP BY 1, 2 ORDER BY 1, 2`,
    [SUBGRAPH_NAMES],
  );
}

const naming = (t: Table, code: string) => t.columns.map((c) => `${c} = '${code}'`).join(' OR ');

/** Rows of a council per table (as the superuser, past row-level security). */
async function rowsOf(code: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const t of await councilTables()) {
    const [{ n }] = await stack.db.asAdmin<{ n: number }>(`SELECT count(*)::int AS n FROM "${t.schema}"."${t.table}" WHERE ${naming(t, code)}`);
    if (n > 0) counts[`${t.schema}.${t.table}`] = n;
  }
  return counts;
}

/** A fingerprint of every row that names none of the given councils: what offboarding them must not touch. */
async function othersFingerprint(leaving: string[]): Promise<Record<string, string>> {
  const prints: Record<string, string> = {};
  for (const t of await councilTables()) {
    const none = leaving.map((code) => `NOT (${naming(t, code)})`).join(' AND ');
    const [{ print, n }] = await stack.db.asAdmin<{ print: string; n: number }>(
      `SELECT md5(coalesce(string_agg(r::text, '|' ORDER BY r::text), '')) AS print, count(*)::int AS n FROM "${t.schema}"."${t.table}" r WHERE ${none}`,
    );
    prints[`${t.schema}.${t.table}`] = `${n}:${print}`;
  }
  return prints;
}

function careplanDev(args: string[]) {
  return promisify(execFile)(process.execPath, [join(repoRoot(), 'packages/devstack/bin/careplan-dev.js'), ...args], {
    env: { ...process.env, DATABASE_URL: stack.db.appUrl, LOG_LEVEL: 'warn' },
  });
}

describe('offboarding a council: exported, then erased from every subgraph', () => {
  let exportDir: string;
  let handoverId: string;

  beforeAll(async () => {
    exportDir = await mkdtemp(join(tmpdir(), 'careplan-offboard-'));
    await seedDemo(stack.url);
    await stack.settle();
    // The worker projects the seed's events into analytics, so the council has rows in every subgraph.
    const worker = await startWorker({ redisUrl: redisUrl(), queuePrefix: stack.queuePrefix, graphUrl: stack.url, handlers, authorities: [], port: 0, logger: createLogger('offboarding-e2e') });
    try {
      await until(async () => (await stack.db.asAdmin<{ n: number }>(`SELECT count(*)::int AS n FROM analytics.fact_event WHERE authority_code = $1`, [HACKNEY]))[0].n > 0, 60_000);
    } finally {
      await worker.close();
    }
    [{ id: handoverId }] = await stack.db.asAdmin<{ id: string }>(`SELECT id FROM people.handover WHERE from_authority_code = $1 AND to_authority_code = $2`, [HACKNEY, ISLINGTON]);
  });
  afterAll(() => rm(exportDir, { recursive: true, force: true }));

  it('without --erase, writes an export per subgraph schema holding every row of the council, and changes nothing', async () => {
    const before = await rowsOf(HACKNEY);
    // The seed reaches every subgraph: the walk below proves something in each.
    expect(new Set(Object.keys(before).map((t) => t.split('.')[0]))).toEqual(new Set(SUBGRAPH_NAMES));
    await careplanDev(['offboard', '--authority', HACKNEY, '--export-dir', exportDir]);
    expect(await rowsOf(HACKNEY)).toEqual(before);
    expect((await readdir(join(exportDir, HACKNEY))).sort()).toEqual(SUBGRAPH_NAMES.map((s) => `${s}.json`).sort());
    const exported: Record<string, number> = {};
    for (const schema of SUBGRAPH_NAMES) {
      const file = JSON.parse(await readFile(join(exportDir, HACKNEY, `${schema}.json`), 'utf8'));
      expect(file).toMatchObject({ schema, authority: HACKNEY });
      for (const [table, rows] of Object.entries(file.tables as Record<string, unknown[]>)) if (rows.length) exported[`${schema}.${table}`] = rows.length;
    }
    expect(exported).toEqual(before);
  });

  it('with --erase, leaves no row of the council in any table, the other councils’ rows untouched, and the move kept for the council it was shared with', async () => {
    const others = await othersFingerprint([HACKNEY]);
    await careplanDev(['offboard', '--authority', HACKNEY, '--export-dir', exportDir, '--erase']);

    // Only the move Islington shares with Hackney still names Hackney, without Hackney's side.
    expect(await rowsOf(HACKNEY)).toEqual({ 'people.handover': 1 });
    const [move] = await stack.db.asAdmin(`SELECT id, from_person_id, from_contact, to_contact FROM people.handover WHERE from_authority_code = $1`, [HACKNEY]);
    expect(move).toMatchObject({ id: handoverId, from_person_id: null, from_contact: null });
    expect(move.to_contact.userId).not.toBe('');
    expect(await othersFingerprint([HACKNEY])).toEqual(others);
    expect(await stack.db.asAdmin(`SELECT name, offboarded_at IS NOT NULL AS gone FROM people.authority WHERE code = $1`, [HACKNEY])).toEqual([{ name: 'London Borough of Hackney', gone: true }]);

    // Islington still reads its record of the move, naming where the person came from.
    const seen = await frontend.ok(await tokenFor({ authority: ISLINGTON, roles: [Role.PRACTITIONER] }), `query($id: ID!) { handover(id: $id) { id fromAuthority { name } contacts { from { name } to { name } } } }`, { id: handoverId });
    expect(seen.handover).toMatchObject({ id: handoverId, fromAuthority: { name: 'London Borough of Hackney' }, contacts: { from: null } });
    // Hackney can build nothing again until it is onboarded again.
    const team = await frontend.call(await tokenFor({ authority: HACKNEY, roles: [Role.TEAM_MANAGER] }), `mutation { createTeam(input: { name: "Back again" }) { id } }`);
    expect(team.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('offboarding the other council too deletes the move whole, and Cardiff’s rows stay as they were', async () => {
    const cardiff = await othersFingerprint([HACKNEY, ISLINGTON]);
    expect(Object.keys(await rowsOf(ISLINGTON)).length).toBeGreaterThan(1);
    await careplanDev(['offboard', '--authority', ISLINGTON, '--export-dir', exportDir, '--erase']);
    expect(await rowsOf(ISLINGTON)).toEqual({});
    expect(await rowsOf(HACKNEY)).toEqual({});
    expect(await othersFingerprint([HACKNEY, ISLINGTON])).toEqual(cardiff);
    expect(Object.keys(await rowsOf(CARDIFF)).length).toBeGreaterThan(5);
  });
});
