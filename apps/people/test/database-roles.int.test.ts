import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '@careplan/testing';
import { peopleSubgraph } from '../src/definition';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase([peopleSubgraph]);
});
afterAll(() => db?.drop());

/** Runs SQL as the services' own login (careplan_app) and answers the Postgres error code, or 'ok'. */
async function asApp(sql: string): Promise<string> {
  const client = new Client({ connectionString: db.appUrl });
  await client.connect();
  try {
    await client.query(sql);
    return 'ok';
  } catch (err) {
    return (err as { code: string }).code;
  } finally {
    await client.end();
  }
}

describe('the services’ login can become no role that reads past row-level security', () => {
  it('cannot become the relay, which sees every council’s outbox', async () => {
    expect(await asApp('SET ROLE careplan_relay')).toBe('42501');
    expect(await asApp('SELECT * FROM people.outbox')).toBe('ok');
  });

  it('cannot write the record of which migrations ran', async () => {
    expect(await asApp(`INSERT INTO people.migrations (timestamp, name) VALUES (1, 'Forged1')`)).toBe('42501');
    expect(await asApp(`DELETE FROM people.migrations`)).toBe('42501');
  });
});
