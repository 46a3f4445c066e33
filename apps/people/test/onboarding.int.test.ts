import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Role } from '@careplan/domain';
import type { RunningSubgraph } from '@careplan/subgraph-kit';
import { createTestDatabase, graphql, removePrefix, startTestSubgraph, tokenFor, uniquePrefix, type TestDatabase } from '@careplan/testing';
import { councilEnvironment } from '../src/council-binding';
import { peopleSubgraph } from '../src/definition';
import { onboardCouncil } from '../src/onboarding';

const POWYS = 'W06000023';
const MANAGER = { userId: 'powys-first-tm', givenName: 'Gwen', familyName: 'Prys', email: 'Gwen.Prys@example.org' };

let db: TestDatabase;
let people: RunningSubgraph;
let prefix: string;

beforeAll(async () => {
  db = await createTestDatabase([peopleSubgraph]);
  prefix = uniquePrefix();
  people = await startTestSubgraph(peopleSubgraph, db, { queuePrefix: prefix });
});
afterAll(async () => {
  await people?.close();
  await db?.drop();
  await removePrefix(prefix);
});

describe('onboarding a council without code', () => {
  it('refuses a code that is not a council’s GSS code, naming the field, and writes nothing', async () => {
    for (const code of ['X09000012', 'E0900001', 'S12000033', '']) {
      await expect(onboardCouncil(db.ownerUrl, { code, name: 'Nowhere' })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'code' } });
    }
    await expect(onboardCouncil(db.ownerUrl, { code: POWYS, name: 'Powys\u202E' })).rejects.toMatchObject({ details: { field: 'name' } });
    await expect(onboardCouncil(db.ownerUrl, { code: POWYS, name: 'Powys', planConsiderationDays: 91 })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await db.asAdmin('SELECT code FROM people.authority')).toEqual([]);
  });

  it('R8 takes the nation from the code, applies the settings, and gives the first team manager no approval limit; running it again changes nothing but what it is given', async () => {
    const first = await onboardCouncil(db.ownerUrl, { code: 'w06000023 ', name: 'Powys County Council', planConsiderationDays: 21, manager: MANAGER });
    expect(first).toMatchObject({ code: POWYS, nation: 'WALES', planConsiderationDays: 21, manager: { created: true } });
    const again = await onboardCouncil(db.ownerUrl, { code: POWYS, name: 'Cyngor Sir Powys', manager: { ...MANAGER, givenName: 'Someone' } });
    expect(again).toEqual({ ...first, manager: { id: first.manager!.id, created: false } });
    expect(await db.asAdmin('SELECT code, name, nation, plan_consideration_days AS days FROM people.authority')).toEqual([{ code: POWYS, name: 'Cyngor Sir Powys', nation: 'WALES', days: 21 }]);
    expect(await db.asAdmin('SELECT user_id, given_name, email, roles, approval_limit_pence::int AS limit FROM people.practitioner')).toEqual([
      { user_id: MANAGER.userId, given_name: 'Gwen', email: 'gwen.prys@example.org', roles: [Role.TEAM_MANAGER], limit: 0 },
    ]);
    expect(await db.asAdmin('SELECT * FROM people.approval_limit_grant')).toEqual([]);
  });

  it('R8 the first team manager signs in, adds staff, and cannot grant themselves a limit; a second manager grants it and the grant is kept', async () => {
    const first = await tokenFor({ authority: POWYS, userId: MANAGER.userId, roles: [Role.TEAM_MANAGER] });
    const me = await graphql(people.url, `{ me { id version roles approvalLimitPence } }`, {}, first);
    expect(me.data?.me).toMatchObject({ roles: [Role.TEAM_MANAGER], approvalLimitPence: 0 });
    const own = await graphql(
      people.url,
      `mutation($input: UpdatePractitionerInput!) { updatePractitioner(input: $input) { id } }`,
      { input: { id: me.data!.me.id, version: me.data!.me.version, givenName: 'Gwen', familyName: 'Prys', roles: [Role.TEAM_MANAGER], approvalLimitPence: 1_000_000, active: true } },
      first,
    );
    expect(own.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R8' });

    const second = await graphql(
      people.url,
      `mutation($input: PractitionerInput!) { createPractitioner(input: $input) { id approvalLimitPence approvalLimitGrants { toPence grantedBy } } }`,
      { input: { userId: 'powys-second-tm', givenName: 'Ifan', familyName: 'Rhys', roles: [Role.TEAM_MANAGER], approvalLimitPence: 1_000_000 } },
      first,
    );
    expect(second.data?.createPractitioner).toMatchObject({ approvalLimitPence: 1_000_000, approvalLimitGrants: [{ toPence: 1_000_000, grantedBy: MANAGER.userId }] });
  });

  it('the command onboards from flags and prints the issuer binding and sweep coverage the operator sets', async () => {
    const script = join(__dirname, '../dist/onboard.js');
    const { stdout } = await promisify(execFile)(process.execPath, [script, '--code', 'E06000001', '--name', 'Hartlepool Borough Council', '--issuer', 'https://login.hartlepool.example', '--jwks-url', 'https://login.hartlepool.example/jwks'], {
      env: { ...process.env, DATABASE_URL: db.appUrl, SERVICE_AUTHORITIES: POWYS, LOG_LEVEL: 'warn' },
    });
    expect(stdout).toContain('E06000001 (ENGLAND) onboarded');
    expect(stdout).toContain(`AUTH_ISSUERS='[{"issuer":"https://login.hartlepool.example","authorities":["E06000001"],"jwksUrl":"https://login.hartlepool.example/jwks"}]'`);
    expect(stdout).toContain(`SERVICE_AUTHORITIES=${POWYS},E06000001`);
    expect(await db.asAdmin(`SELECT nation FROM people.authority WHERE code = 'E06000001'`)).toEqual([{ nation: 'ENGLAND' }]);
  });
});

describe('the environment an onboarded council needs', () => {
  const env = {
    AUTH_ISSUERS: JSON.stringify([
      { issuer: 'https://login.shared.example', authorities: ['E09000012'], jwksUrl: 'https://login.shared.example/jwks' },
      { issuer: 'careplan-service', authorities: ['E09000012'], publicKeyJwk: { kty: 'OKP' } },
    ]),
    SERVICE_ISSUER: 'careplan-service',
    SERVICE_AUTHORITIES: 'E09000012',
  };

  it('adds the council to an issuer already listed and to the service issuer, and to the sweep once', () => {
    const out = councilEnvironment(env, 'E09000019', { issuer: 'https://login.shared.example' });
    expect(JSON.parse(out.AUTH_ISSUERS).map((i: { authorities: string[] }) => i.authorities)).toEqual([
      ['E09000012', 'E09000019'],
      ['E09000012', 'E09000019'],
    ]);
    expect(out.SERVICE_AUTHORITIES).toBe('E09000012,E09000019');
    expect(councilEnvironment({ ...env, SERVICE_AUTHORITIES: 'E09000012,E09000019' }, 'E09000019', {}).SERVICE_AUTHORITIES).toBe('E09000012,E09000019');
  });

  it('refuses a new issuer without its keys', () => {
    expect(() => councilEnvironment(env, 'E09000019', { issuer: 'https://login.new.example' })).toThrow(/JWKS URL/);
  });
});
