import { Role } from '@careplan/domain';
import { AUTHORITY_A, AUTHORITY_B, errorCode, Frontend, graphql, tokenFor } from '@careplan/testing';
import { seedDemo } from '@careplan/devstack';
import { startStack, type Stack } from './support/stack';

let stack: Stack;
let practitionerA: string;
let managerA: string;
let practitionerB: string;

const frontend = new Frontend(() => stack.url);
const { ok } = frontend;

async function personWithCarer(familyName: string) {
  const personId = await frontend.person(practitionerA, { givenName: 'Iris', familyName, dateOfBirth: '1938-02-11' });
  await frontend.relate(practitionerA, personId, { kind: 'UNPAID_CARER', name: `${familyName} Carer`, willingAndAble: true, willingAndAbleRecordedOn: '2026-11-01' });
  return personId;
}

const RECORD = `query($id: ID!) { person(id: $id) { id familyName relationships { name } advocacy { required } plans { id } } }`;

beforeAll(async () => {
  stack = await startStack();
  practitionerA = await tokenFor({ authority: AUTHORITY_A, userId: 'e2e-sw', roles: [Role.PRACTITIONER] });
  managerA = await tokenFor({ authority: AUTHORITY_A, userId: 'e2e-tm', roles: [Role.TEAM_MANAGER] });
  practitionerB = await tokenFor({ authority: AUTHORITY_B, userId: 'e2e-sw-b', roles: [Role.PRACTITIONER] });
});

afterAll(async () => {
  await stack?.close();
});

describe('people and involvement through the gateway', () => {
  it('seeds realistic demo people for the councils, one of them moving between two (R20), and seeding again changes nothing', async () => {
    const count = () =>
      stack.db.asAdmin<{ authority_code: string; people: number; relationships: number; needs: number }>(
        `SELECT p.authority_code, count(DISTINCT p.id)::int AS people, count(DISTINCT r.id)::int AS relationships, count(DISTINCT c.id)::int AS needs
           FROM people.person p LEFT JOIN people.relationship r ON r.person_id = p.id LEFT JOIN people.communication_needs c ON c.person_id = p.id
          WHERE p.nhs_number LIKE '999%' GROUP BY 1 ORDER BY 1`,
      );
    expect(await seedDemo(stack.url)).toBe(6);
    const first = await count();
    expect(first).toEqual([
      { authority_code: AUTHORITY_A, people: 3, relationships: 6, needs: 3 },
      // Islington's record of Daniel Reyes, arriving from Hackney.
      { authority_code: 'E09000019', people: 1, relationships: 0, needs: 0 },
      { authority_code: AUTHORITY_B, people: 3, relationships: 2, needs: 2 },
    ]);
    const moves = () => stack.db.asAdmin(`SELECT from_authority_code, to_authority_code, status, nhs_number FROM people.handover WHERE nhs_number LIKE '999%'`);
    expect(await moves()).toEqual([{ from_authority_code: AUTHORITY_A, to_authority_code: 'E09000019', status: 'MATCHED', nhs_number: '9990000026' }]);
    await seedDemo(stack.url);
    expect(await count()).toEqual(first);
    expect(await moves()).toHaveLength(1);
    const me = await tokenFor({ authority: AUTHORITY_B, userId: 'dev-practitioner', roles: [Role.PRACTITIONER] });
    const CASELOAD = `{ myCaseload { edges { node { preferredName advocacy { required reasons advocate { name } } communicationNeeds { formats language }
      assessments { status eligibility { framework eligible } } } } } }`;
    const { myCaseload } = await ok(me, CASELOAD);
    // Gwen needs an advocate and has none yet, so her assessment cannot be completed (R2a).
    expect(myCaseload.edges.map((e: { node: unknown }) => e.node)).toContainEqual({
      preferredName: 'Gwen',
      advocacy: { required: true, reasons: ['NO_APPROPRIATE_INDIVIDUAL', 'LIKELY_CARE_HOME_STAY_8_WEEKS'], advocate: null },
      communicationNeeds: { formats: ['AUDIO'], language: 'Welsh' },
      assessments: [{ status: 'IN_PROGRESS', eligibility: null }],
    });
    const hackney = await ok(await tokenFor({ authority: AUTHORITY_A, userId: 'dev-practitioner', roles: [Role.PRACTITIONER] }), CASELOAD);
    expect(hackney.myCaseload.edges.map((e: { node: { preferredName: string; assessments: unknown } }) => [e.node.preferredName, e.node.assessments])).toContainEqual([
      'Maggie',
      [{ status: 'COMPLETED', eligibility: { framework: 'ENGLAND_ADULT', eligible: true } }],
    ]);
  });


  it('a PERSON token sees that person’s record and relationships across subgraphs, their worker’s name but not staff details, and nobody else’s', async () => {
    const mine = await personWithCarer('Ownview');
    const other = await personWithCarer('Someoneelse');
    const me = await tokenFor({ authority: AUTHORITY_A, userId: 'citizen', roles: [Role.PERSON], personId: mine });
    expect((await ok(me, RECORD, { id: mine })).person).toEqual({
      id: mine,
      familyName: 'Ownview',
      relationships: [{ name: 'Ownview Carer' }],
      advocacy: { required: false },
      plans: [],
    });
    // Their worker: a name to ask for, not the council's sign-ins, e-mails, roles or approval limits.
    const { createPractitioner: worker } = await ok(managerA, `mutation($input: PractitionerInput!) { createPractitioner(input: $input) { id } }`, {
      input: { userId: 'sw-ownview', givenName: 'Nia', familyName: 'Worker', email: 'nia.worker@hackney.gov.uk', roles: ['PRACTITIONER'] },
    });
    const { person: allocating } = await ok(managerA, `query($id: ID!) { person(id: $id) { version } }`, { id: mine });
    await ok(managerA, `mutation($input: AllocatePersonInput!) { allocatePerson(input: $input) { id } }`, { input: { personId: mine, version: allocating.version, practitionerId: worker.id } });
    expect((await ok(me, `query($id: ID!) { person(id: $id) { allocatedPractitioner { givenName familyName } } }`, { id: mine })).person.allocatedPractitioner).toEqual({ givenName: 'Nia', familyName: 'Worker' });
    for (const field of ['userId', 'email', 'roles', 'approvalLimitPence']) {
      const staffOnly = await graphql(stack.url, `query($id: ID!) { person(id: $id) { allocatedPractitioner { ${field} } } }`, { id: mine }, me);
      expect(errorCode(staffOnly)).toBe('FORBIDDEN');
      expect(staffOnly.data?.person.allocatedPractitioner?.[field] ?? null).toBeNull();
      expect(JSON.stringify(staffOnly)).not.toMatch(/sw-ownview|nia\.worker/);
    }
    const theirs = await graphql(stack.url, RECORD, { id: other }, me);
    expect(errorCode(theirs)).toBe('FORBIDDEN');
    expect(JSON.stringify(theirs)).not.toContain('Someoneelse');
    expect(errorCode(await graphql(stack.url, `{ people { edges { node { id } } } }`, {}, me))).toBe('FORBIDDEN');
  });

  it('another authority cannot read or change the person, their relationships or their advocacy facts', async () => {
    const id = await personWithCarer('Guarded');
    expect((await ok(practitionerB, RECORD, { id })).person).toBeNull();
    const write = await graphql(stack.url, `mutation($input: RecordRelationshipInput!) { recordRelationship(input: $input) { id } }`, {
      input: { personId: id, kind: 'HOUSEHOLD_MEMBER', name: 'Intruder' },
    }, practitionerB);
    expect(write.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'personId' });
    const facts = await graphql(stack.url, `mutation($input: RecordAdvocacyFactsInput!) { recordAdvocacyFacts(input: $input) { required } }`, {
      input: { personId: id, difficulties: ['COMMUNICATING'], likelyHospitalStay28Days: false, likelyCareHomeStay8Weeks: false, disagreementAdvocateWouldHelp: false },
    }, practitionerB);
    expect(errorCode(facts)).toBe('BAD_USER_INPUT');
    expect((await ok(practitionerA, RECORD, { id })).person).toMatchObject({ relationships: [{ name: 'Guarded Carer' }], advocacy: { required: false } });
  });

  it('audits reads and writes made through the gateway, and shows them to the team manager as access history', async () => {
    const id = await personWithCarer('Audited');
    await ok(practitionerA, RECORD, { id });
    await stack.settle();
    const rows = await stack.db.asAdmin<{ user_id: string; changed: boolean }>(
      `SELECT user_id, changed FROM people.access_audit WHERE person_ids @> ARRAY[$1]::uuid[] ORDER BY at, id`,
      [id],
    );
    expect(rows).toEqual([
      { user_id: 'e2e-sw', changed: true },
      { user_id: 'e2e-sw', changed: true },
      { user_id: 'e2e-sw', changed: false },
    ]);
    const { person } = await ok(managerA, `query($id: ID!) { person(id: $id) { accessHistory { edges { node { userId operation changed } } } } }`, { id });
    expect(person.accessHistory.edges.slice(0, 3).map((e: { node: unknown }) => e.node)).toEqual([
      { userId: 'e2e-sw', operation: 'QUERY', changed: false },
      { userId: 'e2e-sw', operation: 'MUTATION', changed: true },
      { userId: 'e2e-sw', operation: 'MUTATION', changed: true },
    ]);
  });
});

describe('R8 who may approve: approval limits granted by someone who does not use them', () => {
  const CREATE = `mutation($input: PractitionerInput!) { createPractitioner(input: $input) { id version approvalLimitPence } }`;
  const UPDATE = `mutation($input: UpdatePractitionerInput!) { updatePractitioner(input: $input) { version approvalLimitPence } }`;
  const staff = (userId: string, approvalLimitPence?: number) => ({ userId, givenName: 'Tamsin', familyName: 'Grant', roles: ['TEAM_MANAGER'], approvalLimitPence });
  const change = (p: { id: string; version: number }, approvalLimitPence: number) => ({ id: p.id, version: p.version, givenName: 'Tamsin', familyName: 'Grant', roles: ['TEAM_MANAGER'], approvalLimitPence, active: true });

  it('R8 a team manager cannot give themselves a limit or raise their own; another can, lowering is anyone’s, and every change is kept with who made it', async () => {
    const self = await tokenFor({ authority: AUTHORITY_A, userId: 'tm-self', roles: [Role.TEAM_MANAGER] });
    const refused = await graphql(stack.url, CREATE, { input: staff('tm-self', 5_000_000) }, self);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R8' });
    expect(await stack.db.asAdmin(`SELECT count(*)::int AS n FROM people.practitioner WHERE user_id = 'tm-self'`)).toEqual([{ n: 0 }]);

    const { createPractitioner: own } = await ok(self, CREATE, { input: staff('tm-self') });
    const { updatePractitioner: raised } = await ok(managerA, UPDATE, { input: change(own, 5_000_000) });
    expect(raised.approvalLimitPence).toBe(5_000_000);
    const raiseOwn = await graphql(stack.url, UPDATE, { input: change({ id: own.id, version: raised.version }, 9_000_000) }, self);
    expect(raiseOwn.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R8' });
    const { updatePractitioner: lowered } = await ok(self, UPDATE, { input: change({ id: own.id, version: raised.version }, 1_000_000) });
    expect(lowered.approvalLimitPence).toBe(1_000_000);

    const { practitioner } = await ok(managerA, `query($id: ID!) { practitioner(id: $id) { approvalLimitGrants { fromPence toPence grantedBy } } }`, { id: own.id });
    expect(practitioner.approvalLimitGrants).toEqual([
      { fromPence: 0, toPence: 5_000_000, grantedBy: 'e2e-tm' },
      { fromPence: 5_000_000, toPence: 1_000_000, grantedBy: 'tm-self' },
    ]);
    const asPractitioner = await graphql(stack.url, `query($id: ID!) { practitioner(id: $id) { approvalLimitGrants { toPence } } }`, { id: own.id }, practitionerA);
    expect(errorCode(asPractitioner)).toBe('FORBIDDEN');
  });

  it('R8 a team for a council that is not onboarded is refused', async () => {
    const stranger = await tokenFor({ authority: 'E09000001', userId: 'tm-nowhere', roles: [Role.TEAM_MANAGER] });
    const res = await graphql(stack.url, `mutation { createTeam(input: { name: "Ghost team" }) { id } }`, {}, stranger);
    expect(errorCode(res)).toBe('FORBIDDEN');
    expect(await stack.db.asAdmin(`SELECT count(*)::int AS n FROM people.team WHERE authority_code = 'E09000001'`)).toEqual([{ n: 0 }]);
  });
});
