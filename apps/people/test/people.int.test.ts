import { randomUUID } from 'node:crypto';
import { connect, createServer, type AddressInfo, type Socket } from 'node:net';
import { Client } from 'pg';
import { Role } from '@careplan/domain';
import {
  AUTHORITY_A,
  AUTHORITY_B,
  errorCode,
  graphql,
  suiteSubgraph,
  tokenFor,
} from '@careplan/testing';
import { createLogger } from '@careplan/runtime';
import { AccessAudit, AuditWriter, RequestDb, authorisedReads, createDataSource } from '@careplan/subgraph-kit';
import { onboardAuthorities, peopleSubgraph } from '../src';

const people = suiteSubgraph(peopleSubgraph, (owner) => onboardAuthorities(owner));
let tokenA: string;
let tokenB: string;

const CREATE = `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id authorityCode givenName familyName dateOfBirth nhsNumber version authority { code nation } } }`;
const READ = `query($id: ID!) { person(id: $id) { id givenName } }`;
const ENTITIES = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { id familyName } ... on Authority { code name } } }`;

/** The people subgraph's own pool of connections. */
const peoplePool = () => (people.dataSource.driver as unknown as { master: import('pg').Pool }).master;

/**
 * A TCP proxy in front of Postgres that can drop its connections as a failover does: `cut()` closes each one
 * towards Postgres without a word to the client, which learns of it (a reset) only when it next sends.
 */
async function failoverProxy(to: URL) {
  const open: Array<{ client: Socket; server: Socket }> = [];
  let made = 0;
  const proxy = createServer((client) => {
    made++;
    const server = connect(Number(to.port || 5432), to.hostname);
    client.pipe(server).pipe(client);
    open.push({ client, server });
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const url = new URL(to);
  url.host = `127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  return {
    url: url.toString(),
    connections: () => made,
    cut() {
      for (const { client, server } of open.splice(0)) {
        client.unpipe(server);
        server.unpipe(client);
        server.destroy();
        // Unpiped, the client side is paused: read again, to answer whatever it sends next with a reset.
        client.once('data', () => client.resetAndDestroy()).resume();
      }
    },
    close: () => new Promise<void>((resolve) => proxy.close(() => resolve())),
  };
}

async function createPerson(token: string, input: Record<string, unknown> = {}) {
  return graphql(people.url, CREATE, { input: { givenName: 'Ada', familyName: 'Lovelace', dateOfBirth: '1950-12-10', ...input } }, token);
}

beforeAll(async () => {
  tokenA = await tokenFor({ authority: AUTHORITY_A });
  tokenB = await tokenFor({ authority: AUTHORITY_B });
});

describe('people subgraph', () => {
  it('creates a person in the caller’s authority and reads them back', async () => {
    const created = await createPerson(tokenA, { nhsNumber: '943 476 5919' });
    expect(created.errors).toBeUndefined();
    const p = created.data!.createPerson;
    expect(p).toMatchObject({ authorityCode: AUTHORITY_A, givenName: 'Ada', dateOfBirth: '1950-12-10', nhsNumber: '9434765919', version: 1 });
    expect(p.authority).toEqual({ code: AUTHORITY_A, nation: 'ENGLAND' });
    const read = await graphql(people.url, READ, { id: p.id }, tokenA);
    expect(read.data!.person).toEqual({ id: p.id, givenName: 'Ada' });
  });

  it.each([
    [{ nhsNumber: '9434765918' }, 'nhsNumber'],
    [{ givenName: '  ' }, 'givenName'],
    [{ authorityCode: 'E09000099' }, 'authorityCode'],
    [{ authorityCode: 'Z123' }, 'authorityCode'],
    [{ dateOfBirth: '1950-02-30' }, 'dateOfBirth'],
  ])('refuses bad input %o with BAD_USER_INPUT naming %s, and writes nothing', async (input, field) => {
    const [{ n: before }] = await people.db.asAdmin<{ n: number }>('SELECT count(*)::int AS n FROM people.person');
    const res = await createPerson(tokenA, input);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions!.field).toBe(field);
    // Refused by a resolver (data null) or, for a malformed value, before execution (no data at all).
    expect(res.data ?? null).toBeNull();
    const [{ n: after }] = await people.db.asAdmin<{ n: number }>('SELECT count(*)::int AS n FROM people.person');
    expect(after).toBe(before);
  });

  it('refuses a duplicate NHS number in one authority as a CONFLICT, but allows it in another', async () => {
    expect((await createPerson(tokenA, { nhsNumber: '401 023 2137' })).errors).toBeUndefined();
    expect(errorCode(await createPerson(tokenA, { nhsNumber: '4010232137' }))).toBe('CONFLICT');
    expect((await createPerson(tokenB, { nhsNumber: '4010232137' })).errors).toBeUndefined();
  });

  it('forbids recording a person in another authority', async () => {
    expect(errorCode(await createPerson(tokenA, { authorityCode: AUTHORITY_B }))).toBe('FORBIDDEN');
  });

  it('resolves Person and Authority through _entities', async () => {
    const { id } = (await createPerson(tokenA, { familyName: 'Entity' })).data!.createPerson;
    const res = await graphql(people.url, ENTITIES, { reps: [{ __typename: 'Person', id }, { __typename: 'Authority', code: AUTHORITY_B }] }, tokenA);
    expect(res.errors).toBeUndefined();
    expect(res.data!._entities).toEqual([{ id, familyName: 'Entity' }, { code: AUTHORITY_B, name: 'Cardiff Council' }]);
  });

  it('resolves a Practitioner through _entities (for node(id)) in its own council only', async () => {
    const manager = await tokenFor({ authority: AUTHORITY_A, userId: 'tm-entities', roles: [Role.TEAM_MANAGER] });
    const created = await graphql(people.url, `mutation($input: PractitionerInput!) { createPractitioner(input: $input) { id } }`, {
      input: { userId: 'sw-entity', givenName: 'Ento', familyName: 'Worker', roles: ['PRACTITIONER'] },
    }, manager);
    const { id } = created.data!.createPractitioner;
    const reps = { reps: [{ __typename: 'Practitioner', id }] };
    const query = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Practitioner { id familyName } } }`;
    expect((await graphql(people.url, query, reps, tokenA)).data!._entities).toEqual([{ id, familyName: 'Worker' }]);
    expect((await graphql(people.url, query, reps, tokenB)).data!._entities).toEqual([null]);
  });

  it('reads of a query go alone, prepared once per connection, and leave no council’s authority on any pooled connection', async () => {
    const { id } = (await createPerson(tokenA, { familyName: 'Alone' })).data!.createPerson;
    const pool = peoplePool();
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => graphql(people.url, READ, { id }, i % 2 ? tokenA : tokenB)));
    expect(answers.map((a) => a.data!.person?.id ?? null)).toEqual(answers.map((_, i) => (i % 2 ? id : null)));
    // Every connection the pool holds, at once: none carries an authority past the read that set it.
    const clients = await Promise.all(Array.from({ length: pool.totalCount }, () => pool.connect()));
    try {
      const settings = await Promise.all(clients.map(async (c) => (await c.query(`SELECT coalesce(current_setting('app.authority', true), '') AS a`)).rows[0].a));
      expect(settings).toEqual(clients.map(() => ''));
      // Each connection that has read prepared the statements once and keeps them.
      const prepared = await Promise.all(clients.map(async (c) => (await c.query(`SELECT name, generic_plans, custom_plans FROM pg_prepared_statements`)).rows));
      const authority = prepared.map((rows) => rows.filter((r) => r.name === 'careplan_authority').length);
      expect(authority.every((n) => n <= 1) && authority.some((n) => n === 1)).toBe(true);
      const keyed = prepared.flat().filter((r) => r.name.startsWith('keyed_'));
      expect(keyed.length).toBeGreaterThan(0);
      // The twelve reads alone each ran a keyed statement's generic plan (a custom plan is made per read).
      expect(keyed.reduce((n, r) => n + Number(r.generic_plans), 0)).toBeGreaterThanOrEqual(12);
    } finally {
      clients.forEach((c) => c.release());
    }
  });

  it('the reads a query’s resolvers ask for in one turn go as one pipeline on one connection, a person’s beside the person', async () => {
    const { id } = (await createPerson(tokenA, { familyName: 'Together' })).data!.createPerson;
    const pool = peoplePool();
    let taken = 0;
    const count = () => taken++;
    pool.on('acquire', count);
    try {
      const answer = await graphql(people.url, `query($id: ID!) { person(id: $id) { id relationships { kind } advocacy { required } communicationNeeds { formats } } }`, { id }, tokenA);
      expect(answer.data!.person).toEqual({ id, relationships: [], advocacy: expect.objectContaining({ required: false }), communicationNeeds: null });
    } finally {
      pool.off('acquire', count);
    }
    // The person, and beside it their relationships, advocacy and communication needs (read by the person's id).
    expect(taken).toBe(1);
  });

  it('reads Postgres refuses fail together: their connection is closed, not pooled, and the same statements are served next', async () => {
    const pool = peoplePool();
    const divide = { name: 'careplan_test_divide', text: 'SELECT 12 / $1::int AS n' };
    const authority = { name: 'careplan_test_authority', text: `SELECT current_setting('app.authority') AS a, $1::int AS n` };
    await expect(authorisedReads(pool, AUTHORITY_A, [{ statement: authority, values: [1] }, { statement: divide, values: [0] }])).rejects.toThrow(/division by zero/);
    // Prepared before they failed, on a connection the pool no longer has: preparing them again succeeds.
    expect(await authorisedReads(pool, AUTHORITY_B, [{ statement: divide, values: [4] }, { statement: authority, values: [2] }])).toEqual([[{ n: 3 }], [{ a: AUTHORITY_B, n: 2 }]]);
  });

  it('pooled connections lost unseen (a failover) fail no read and no transaction: each goes again until a connection answers', async () => {
    const proxy = await failoverProxy(new URL(people.db.appUrl));
    const dataSource = createDataSource({ url: proxy.url, schema: 'people', entities: [], applicationName: 'careplan-test-failover', poolSize: 3, logger: createLogger('test') });
    const statement = { name: 'careplan_test_failover', text: `SELECT current_setting('app.authority') AS a` };
    const authorityRead = async (authority: string, by: 'read' | 'transaction') => {
      const db = new RequestDb(dataSource, authority);
      if (by === 'read') {
        db.readOnly = true;
        return (await db.read(statement, []))[0].a;
      }
      const [row] = await (await db.manager()).query(statement.text);
      await db.finish(true);
      return row.a;
    };
    try {
      await dataSource.initialize();
      // Three transactions at once: the pool holds three connections, then idle.
      const held = [AUTHORITY_A, AUTHORITY_B, AUTHORITY_A].map((authority) => new RequestDb(dataSource, authority));
      await Promise.all(held.map((db) => db.manager()));
      await Promise.all(held.map((db) => db.finish(true)));
      expect(proxy.connections()).toBe(3);
      // All three die at once, as in a failover: the read is tried on each in turn, then on a new one.
      proxy.cut();
      expect(await authorityRead(AUTHORITY_B, 'read')).toBe(AUTHORITY_B);
      expect(proxy.connections()).toBe(4);
      proxy.cut();
      expect(await authorityRead(AUTHORITY_A, 'transaction')).toBe(AUTHORITY_A);
      expect(proxy.connections()).toBe(5);
    } finally {
      await dataSource.destroy();
      await proxy.close();
    }
  });

  it('the audit rows of reads survive a connection lost unseen: the batch goes again at once on a new one', async () => {
    const proxy = await failoverProxy(new URL(people.db.appUrl));
    const logger = createLogger('test');
    const errors = jest.spyOn(logger, 'error');
    const writer = new AuditWriter({ databaseUrl: proxy.url, applicationName: 'careplan-test-audit' }, 'people', logger, 60_000);
    const read = (requestId: string) => {
      const audit = new AccessAudit();
      audit.read(randomUUID());
      return audit.row({ identity: { authority: AUTHORITY_A, userId: 'audit-test', roles: [Role.PRACTITIONER], issuer: 'test' }, requestId, operation: 'query' });
    };
    const [before, after] = [randomUUID(), randomUUID()];
    try {
      writer.add(read(before));
      await writer.flush();
      proxy.cut();
      writer.add(read(after));
      await writer.flush();
      expect(await people.db.asAdmin(`SELECT request_id FROM people.access_audit WHERE request_id = ANY($1)`, [[before, after]])).toHaveLength(2);
      expect(writer.backlog).toBe(0);
      expect(proxy.connections()).toBe(2);
      expect(errors).not.toHaveBeenCalled();
    } finally {
      await writer.close();
      await proxy.close();
    }
  });

  it('keeps authority B out of authority A’s person, by query and by _entities', async () => {
    const { id } = (await createPerson(tokenA, { familyName: 'Private' })).data!.createPerson;
    expect((await graphql(people.url, READ, { id }, tokenB)).data!.person).toBeNull();
    const ents = await graphql(people.url, ENTITIES, { reps: [{ __typename: 'Person', id }] }, tokenB);
    expect(ents.data!._entities).toEqual([null]);
    const list = await graphql(people.url, `{ people(first: 100) { edges { node { id authorityCode } } } }`, {}, tokenB);
    expect(list.data!.people.edges.every((e: any) => e.node.authorityCode === AUTHORITY_B)).toBe(true);
  });

  it('RLS alone keeps authorities apart when the app’s own filter is bypassed', async () => {
    const { id } = (await createPerson(tokenA, { familyName: 'Rls' })).data!.createPerson;
    const app = new Client({ connectionString: people.db.appUrl });
    await app.connect();
    try {
      // No authority in the transaction: nothing at all is visible.
      expect((await app.query('SELECT id FROM people.person')).rowCount).toBe(0);
      await app.query('BEGIN');
      await app.query(`SELECT set_config('app.authority', $1, true)`, [AUTHORITY_B]);
      expect((await app.query('SELECT id FROM people.person WHERE id = $1', [id])).rowCount).toBe(0);
      expect((await app.query(`UPDATE people.person SET family_name = 'X' WHERE id = $1`, [id])).rowCount).toBe(0);
      await expect(
        app.query(`INSERT INTO people.person (authority_code, given_name, family_name, date_of_birth) VALUES ($1, 'a', 'b', '1950-01-01')`, [AUTHORITY_A]),
      ).rejects.toThrow(/row-level security/);
      await app.query('ROLLBACK');
      const role = await app.query(`SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user`);
      expect(role.rows[0]).toEqual({ rolsuper: false, rolbypassrls: false });
      const owner = await app.query(`SELECT tableowner FROM pg_tables WHERE schemaname = 'people' AND tablename = 'person'`);
      expect(owner.rows[0].tableowner).toBe('careplan_owner');
    } finally {
      await app.end();
    }
  });

  it('audits reads and writes of a person in one append-only row per request', async () => {
    const created = await createPerson(tokenA, { familyName: 'Audited' });
    const { id } = created.data!.createPerson;
    await graphql(people.url, READ, { id }, tokenA);
    await people.audit.flush();
    const rows = await people.db.asAdmin<{ changed: boolean; operation: string; roles: string[] }>(
      'SELECT changed, operation, roles FROM people.access_audit WHERE $1 = ANY(person_ids) ORDER BY at, id',
      [id],
    );
    expect(rows).toEqual([
      { changed: true, operation: 'mutation', roles: [Role.PRACTITIONER] },
      { changed: false, operation: 'query', roles: [Role.PRACTITIONER] },
    ]);
    const app = new Client({ connectionString: people.db.appUrl });
    await app.connect();
    try {
      await expect(app.query('DELETE FROM people.access_audit')).rejects.toThrow(/permission denied/);
    } finally {
      await app.end();
    }
  });

  it('writes a batch of reads’ audit rows for several councils each under its own authority, and keeps only the rows the database refuses', async () => {
    const [a, b, refused] = [randomUUID(), randomUUID(), randomUUID()];
    const row = (authority: string, personId: string) => ({
      authority_code: authority,
      user_id: 'auditor',
      roles: [Role.PRACTITIONER],
      request_id: randomUUID(),
      operation: 'query',
      operation_name: "O'Brien's overview", // quoted as a literal in the batch's one round trip
      person_ids: [personId],
      changed: false,
      at: new Date().toISOString(),
    });
    people.audit.add(row(AUTHORITY_A, a));
    people.audit.add(row(AUTHORITY_B, b));
    await people.audit.flush();
    const stored = await people.db.asAdmin<{ authority_code: string; operation_name: string }>(
      'SELECT authority_code, operation_name FROM people.access_audit WHERE person_ids && $1::uuid[] ORDER BY authority_code',
      [[a, b]],
    );
    expect(stored).toEqual([AUTHORITY_A, AUTHORITY_B].sort().map((authority_code) => ({ authority_code, operation_name: "O'Brien's overview" })));

    // The database refuses one council's row for a while: the other council's is written, the refused one kept and written later.
    await people.db.asAdmin(`ALTER TABLE people.access_audit ADD CONSTRAINT refuse_for_test CHECK (NOT ($1 = ANY(person_ids))) NOT VALID`.replace('$1', `'${refused}'::uuid`));
    try {
      people.audit.add(row(AUTHORITY_A, refused));
      people.audit.add(row(AUTHORITY_B, b));
      await people.audit.flush();
      const count = async (ids: string[]) =>
        Number((await people.db.asAdmin<{ count: string }>('SELECT count(*) FROM people.access_audit WHERE person_ids && $1::uuid[]', [ids]))[0].count);
      expect(await count([b])).toBe(2);
      expect(await count([refused])).toBe(0);
      expect(people.audit.backlog).toBe(1);
      await people.db.asAdmin('ALTER TABLE people.access_audit DROP CONSTRAINT refuse_for_test');
      await people.audit.flush();
      expect(await count([refused])).toBe(1);
      expect(people.audit.backlog).toBe(0);
    } finally {
      await people.db.asAdmin('ALTER TABLE people.access_audit DROP CONSTRAINT IF EXISTS refuse_for_test');
    }
  });

  it('writes a PersonRegistered event to the outbox in the same transaction, with ids only', async () => {
    const { id } = (await createPerson(tokenA, { familyName: 'Evented' })).data!.createPerson;
    const rows = await people.db.asAdmin<{ type: string; data: unknown }>(`SELECT type, data FROM people.outbox WHERE data->>'personId' = $1`, [id]);
    expect(rows).toEqual([{ type: 'PersonRegistered', data: { personId: id } }]);
  });

  it('prunes published outbox rows past retention, never unpublished or recent ones', async () => {
    const rows = ['45 days', '5 days'].map((age) => ({ id: randomUUID(), age }));
    for (const r of rows) {
      await people.db.asAdmin(
        `INSERT INTO people.outbox (id, authority_code, type, data, occurred_at, published_at) VALUES ($1, $2, 'Old', '{}', now() - $3::interval, now() - $3::interval)`,
        [r.id, AUTHORITY_A, r.age],
      );
    }
    const unpublished = randomUUID();
    await people.db.asAdmin(`INSERT INTO people.outbox (id, authority_code, type, data, occurred_at) VALUES ($1, $2, 'Pending', '{}', now() - interval '90 days')`, [unpublished, AUTHORITY_A]);
    expect(await people.relay.prune()).toBe(1);
    const left = await people.db.asAdmin<{ id: string }>(`SELECT id FROM people.outbox WHERE id = ANY($1)`, [[...rows.map((r) => r.id), unpublished]]);
    expect(left.map((r) => r.id).sort()).toEqual([rows[1].id, unpublished].sort());
    await people.db.asAdmin(`DELETE FROM people.outbox WHERE id = $1`, [unpublished]);
  });

  it('lets a PERSON see only their own record', async () => {
    const mine = (await createPerson(tokenA, { familyName: 'Mine' })).data!.createPerson.id;
    const other = (await createPerson(tokenA, { familyName: 'Other' })).data!.createPerson.id;
    const citizen = await tokenFor({ authority: AUTHORITY_A, roles: [Role.PERSON], personId: mine });
    expect((await graphql(people.url, READ, { id: mine }, citizen)).data!.person.id).toBe(mine);
    expect(errorCode(await graphql(people.url, READ, { id: other }, citizen))).toBe('FORBIDDEN');
    expect(errorCode(await graphql(people.url, `{ people { edges { node { id } } } }`, {}, citizen))).toBe('FORBIDDEN');
  });

  it('pages people with Relay cursors', async () => {
    const list = async (after?: string) =>
      (await graphql(people.url, `query($after: String) { people(first: 2, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`, { after }, tokenB)).data!.people;
    await createPerson(tokenB, { familyName: 'P1' });
    await createPerson(tokenB, { familyName: 'P2' });
    const first = await list();
    expect(first.edges).toHaveLength(2);
    const second = await list(first.pageInfo.endCursor);
    const ids = [...first.edges, ...second.edges].map((e: any) => e.node.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(errorCode(await graphql(people.url, `{ people(first: 101) { edges { cursor } } }`, {}, tokenB))).toBe('BAD_USER_INPUT');
    expect(errorCode(await graphql(people.url, `{ people(after: "nonsense") { edges { cursor } } }`, {}, tokenB))).toBe('BAD_USER_INPUT');
  });

  it('answers /ready once the database answers', async () => {
    const res = await fetch(people.url.replace('/graphql', '/ready'));
    expect(res.status).toBe(200);
  });
});
