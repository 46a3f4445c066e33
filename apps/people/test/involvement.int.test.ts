import { Role, reminderRecipients } from '@careplan/domain';
import {
  AUTHORITY_A,
  errorCode,
  graphql,
  suiteSubgraph,
  tokenFor,
  type GraphQLResult,
} from '@careplan/testing';
import { onboardAuthorities, peopleSubgraph } from '../src';
import { personSearchStatement, type PersonSearch } from '../src/services/person-search';

const people = suiteSubgraph(peopleSubgraph, (owner) => onboardAuthorities(owner));
let practitioner: string;
let manager: string;

async function call(token: string, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResult> {
  return graphql(people.url, query, variables, token);
}

async function ok<T = any>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await call(token, query, variables);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data as T;
}

async function newPerson(familyName: string, extra: Record<string, unknown> = {}): Promise<{ id: string; version: number }> {
  const { createPerson } = await ok(practitioner, `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id version } }`, {
    input: { givenName: 'Ada', familyName, dateOfBirth: '1950-12-10', ...extra },
  });
  return createPerson;
}

const UPDATE = `mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { id version preferredName postcode gender primarySupportReason dateOfDeath } }`;

beforeAll(async () => {
  practitioner = await tokenFor({ authority: AUTHORITY_A, userId: 'sw-amara', roles: [Role.PRACTITIONER] });
  manager = await tokenFor({ authority: AUTHORITY_A, userId: 'tm-joe', roles: [Role.TEAM_MANAGER] });
});

describe('the person record', () => {
  it('updates details at the version read, validating codes, postcode and dates', async () => {
    const p = await newPerson('Updated');
    const { updatePerson } = await ok(practitioner, UPDATE, {
      input: { id: p.id, version: p.version, preferredName: 'Addy', postcode: 'e8 1dy', gender: 'FEMALE', primarySupportReason: 'SENSORY_DUAL' },
    });
    expect(updatePerson).toMatchObject({ preferredName: 'Addy', postcode: 'E8 1DY', gender: 'FEMALE', primarySupportReason: 'SENSORY_DUAL', version: p.version + 1 });
    const bad = await call(practitioner, UPDATE, { input: { id: p.id, version: updatePerson.version, postcode: 'NOT A POSTCODE' } });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'postcode' });
    const died = await call(practitioner, UPDATE, { input: { id: p.id, version: updatePerson.version, dateOfDeath: '1949-01-01' } });
    expect(died.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dateOfDeath' });
    const cleared = await call(practitioner, UPDATE, { input: { id: p.id, version: updatePerson.version, familyName: null } });
    expect(cleared.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'familyName' });
  });

  it('concurrent edits of one version: exactly one wins, the other is a CONFLICT, nothing half-written', async () => {
    const p = await newPerson('Raced');
    const results = await Promise.all(
      ['Ace', 'Bea', 'Cat', 'Dot'].map((preferredName) => call(practitioner, UPDATE, { input: { id: p.id, version: p.version, preferredName } })),
    );
    const winners = results.filter((r) => !r.errors);
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => errorCode(r) === 'CONFLICT')).toHaveLength(3);
    const [row] = await people.db.asAdmin<{ preferred_name: string; version: number }>('SELECT preferred_name, version FROM people.person WHERE id = $1', [p.id]);
    expect(row).toEqual({ preferred_name: (winners[0].data as any).updatePerson.preferredName, version: p.version + 1 });
  });

  it('searches one authority by name words, date of birth and postcode, and pages the results', async () => {
    const a = await newPerson('Zebedee', { givenName: 'Margaret', dateOfBirth: '1941-06-14' });
    await ok(practitioner, UPDATE, { input: { id: a.id, version: a.version, postcode: 'N16 7AA', preferredName: 'Peggy' } });
    await newPerson('Zebedee-Smith', { givenName: 'Tom', dateOfBirth: '1960-01-01' });
    const search = async (filter: Record<string, unknown>) =>
      (await ok(practitioner, `query($f: PeopleFilterInput) { people(first: 10, filter: $f) { edges { node { id familyName } } } }`, { f: filter })).people.edges.map(
        (e: { node: { familyName: string } }) => e.node.familyName,
      );
    expect(await search({ name: 'zeb' })).toEqual(['Zebedee', 'Zebedee-Smith']);
    expect(await search({ name: 'marg ZEB' })).toEqual(['Zebedee']);
    expect(await search({ name: 'peggy' })).toEqual(['Zebedee']);
    expect(await search({ name: 'zeb', dateOfBirth: '1960-01-01' })).toEqual(['Zebedee-Smith']);
    expect(await search({ postcode: 'n167aa' })).toEqual(['Zebedee']);
    // Services look people up by a page of ids at once (reminder recipients).
    expect(await search({ ids: [a.id] })).toEqual(['Zebedee']);
    expect(errorCode(await call(practitioner, `{ people(filter: { ids: ["not-an-id"] }) { edges { node { id } } } }`))).toBe('BAD_USER_INPUT');
    expect(await search({ name: '%' })).toEqual([]);
  });

  it('search over 100,000 people in one authority answers from an index, whatever the condition', async () => {
    await people.db.asAdmin(
      `INSERT INTO people.person (authority_code, given_name, family_name, date_of_birth, postcode)
       SELECT $1, 'Given' || n, 'Family' || lpad(n::text, 6, '0'), date '1930-01-01' + (n % 25000), 'E' || (n % 20 + 1) || ' ' || (n % 9) || 'AB'
         FROM generate_series(1, 100000) AS n`,
      [AUTHORITY_A],
    );
    await people.db.asAdmin('ANALYZE people.person');
    const searches: PersonSearch[] = [{}, { name: 'family0421' }, { name: 'given42 family' }, { dateOfBirth: '1950-06-01' }, { postcode: 'E7 6AB' }, { nhsNumber: '9434765919' }];
    for (const search of searches) {
      const plan = await people.dataSource.transaction(async (m) => {
        await m.query(`SELECT set_config('app.authority', $1, true)`, [AUTHORITY_A]);
        const [sql, params] = personSearchStatement(m, AUTHORITY_A, search, null, 21);
        return (await m.query(`EXPLAIN ${sql}`, params)).map((r: { 'QUERY PLAN': string }) => r['QUERY PLAN']).join('\n');
      });
      const indexed = /Index.*person_(search|authority_nhs|authority_created)/.test(plan) && !/Seq Scan/.test(plan);
      // The plan is shown only when the check fails.
      expect({ search, indexed, plan: indexed ? 'indexed' : plan }).toEqual({ search, indexed: true, plan: 'indexed' });
    }
  });

  it('myCaseload lists the people allocated to the signed-in practitioner', async () => {
    const { createTeam } = await ok(manager, `mutation { createTeam(input: { name: "North Hackney Adults" }) { id } }`);
    const { createPractitioner } = await ok(
      manager,
      `mutation($input: PractitionerInput!) { createPractitioner(input: $input) { id specialisms approvalLimitPence } }`,
      { input: { userId: 'sw-amara', givenName: 'Amara', familyName: 'Osei', teamId: createTeam.id, roles: ['PRACTITIONER'], specialisms: ['DEAFBLIND_ASSESSOR'], approvalLimitPence: 500_000 } },
    );
    expect(createPractitioner).toMatchObject({ specialisms: ['DEAFBLIND_ASSESSOR'], approvalLimitPence: 500_000 });
    const mine = await newPerson('Allocated');
    await newPerson('Unallocated');
    const { allocatePerson } = await ok(manager, `mutation($input: AllocatePersonInput!) { allocatePerson(input: $input) { allocatedPractitioner { id } team { name } } }`, {
      input: { personId: mine.id, version: mine.version, practitionerId: createPractitioner.id },
    });
    expect(allocatePerson).toEqual({ allocatedPractitioner: { id: createPractitioner.id }, team: { name: 'North Hackney Adults' } });
    const { myCaseload } = await ok(practitioner, `{ myCaseload { edges { node { id } } } }`);
    expect(myCaseload.edges).toEqual([{ node: { id: mine.id } }]);
    const denied = await call(practitioner, `mutation { createTeam(input: { name: "Rogue" }) { id } }`);
    expect(errorCode(denied)).toBe('FORBIDDEN');
  });
});

describe('who is involved', () => {
  const ADVOCACY = `query($id: ID!) { person(id: $id) { advocacy { required reasons appropriateIndividual advocate { name organisation } } } }`;
  const GUARD = `query($id: ID!) { advocacyGuard(personId: $id, action: SIGN_OFF_PLAN) }`;
  const REL = `mutation($input: RecordRelationshipInput!) { recordRelationship(input: $input) { id kind paid current willingAndAble } }`;

  it('R2a a paid carer can never be recorded as the appropriate individual', async () => {
    const p = await newPerson('PaidCarer');
    const res = await call(practitioner, REL, { input: { personId: p.id, kind: 'APPROPRIATE_INDIVIDUAL', name: 'Agency Worker', paid: true } });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R2a' });
    expect(await people.db.asAdmin('SELECT 1 FROM people.relationship WHERE person_id = $1', [p.id])).toHaveLength(0);
  });

  it('R2a advocacy is derived from recorded facts, and the guard refuses until an advocate is recorded', async () => {
    const p = await newPerson('Advocacy');
    expect((await ok(practitioner, ADVOCACY, { id: p.id })).person.advocacy).toMatchObject({ required: false, reasons: [] });
    expect((await ok(practitioner, GUARD, { id: p.id })).advocacyGuard).toBe(true);

    await ok(practitioner, `mutation($input: RecordAdvocacyFactsInput!) { recordAdvocacyFacts(input: $input) { required } }`, {
      input: { personId: p.id, difficulties: ['RETAINING'], likelyHospitalStay28Days: false, likelyCareHomeStay8Weeks: false, disagreementAdvocateWouldHelp: false },
    });
    expect((await ok(practitioner, ADVOCACY, { id: p.id })).person.advocacy).toMatchObject({ required: true, reasons: ['NO_APPROPRIATE_INDIVIDUAL'], advocate: null });
    const refused = await call(practitioner, GUARD, { id: p.id });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R2a' });

    await ok(practitioner, REL, { input: { personId: p.id, kind: 'INDEPENDENT_ADVOCATE', name: 'Sam Idowu', organisation: 'VoiceAbility', startedOn: '2026-01-05' } });
    expect((await ok(practitioner, ADVOCACY, { id: p.id })).person.advocacy).toMatchObject({ required: true, advocate: { name: 'Sam Idowu', organisation: 'VoiceAbility' } });
    expect((await ok(practitioner, GUARD, { id: p.id })).advocacyGuard).toBe(true);
  });

  it('R1 records an unpaid carer’s willingness, dated, and corrects it at the version read', async () => {
    const p = await newPerson('Carer');
    const { recordRelationship: carer } = await ok(practitioner, REL, {
      input: { personId: p.id, kind: 'UNPAID_CARER', name: 'Tom', relationshipToPerson: 'son', willingAndAble: true, willingAndAbleRecordedOn: '2026-01-02' },
    });
    expect(carer).toMatchObject({ kind: 'UNPAID_CARER', paid: false, current: true, willingAndAble: true });
    const UPD = `mutation($input: UpdateRelationshipInput!) { updateRelationship(input: $input) { willingAndAble willingAndAbleRecordedOn version } }`;
    const input = { id: carer.id, version: 1, name: 'Tom', relationshipToPerson: 'son', willingAndAble: false, willingAndAbleRecordedOn: '2026-02-01' };
    expect((await ok(practitioner, UPD, { input })).updateRelationship).toEqual({ willingAndAble: false, willingAndAbleRecordedOn: '2026-02-01', version: 2 });
    expect(errorCode(await call(practitioner, UPD, { input }))).toBe('CONFLICT');
  });

  it('R2 capacity is asked per decision, presumed where none is recorded', async () => {
    const p = await newPerson('Capacity');
    const Q = `query($id: ID!) { person(id: $id) {
      dp: capacityFor(decision: MANAGING_DIRECT_PAYMENT) { hasCapacity presumed assessment { assessorName } }
      plan: capacityFor(decision: CARE_AND_SUPPORT_PLANNING) { hasCapacity presumed } } }`;
    expect((await ok(practitioner, Q, { id: p.id })).person).toEqual({ dp: { hasCapacity: true, presumed: true, assessment: null }, plan: { hasCapacity: true, presumed: true } });
    const REC = `mutation($input: RecordCapacityAssessmentInput!) { recordCapacityAssessment(input: $input) { id } }`;
    await ok(practitioner, REC, { input: { personId: p.id, decision: 'MANAGING_DIRECT_PAYMENT', assessedOn: '2026-03-01', outcome: 'LACKS_CAPACITY', assessorName: 'Amara Osei' } });
    expect((await ok(practitioner, Q, { id: p.id })).person).toEqual({
      dp: { hasCapacity: false, presumed: false, assessment: { assessorName: 'Amara Osei' } },
      plan: { hasCapacity: true, presumed: true },
    });
    const future = await call(practitioner, REC, { input: { personId: p.id, decision: 'WHERE_TO_LIVE', assessedOn: '2099-01-01', outcome: 'HAS_CAPACITY', assessorName: 'X' } });
    expect(future.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'assessedOn' });
  });

  it('R2b communication needs are recorded and read back, replacing the previous set', async () => {
    const p = await newPerson('Communication');
    const SET = `mutation($input: SetCommunicationNeedsInput!) { setCommunicationNeeds(input: $input) { formats interpreterRequired language postOnly reviewOn reviewDue } }`;
    await ok(practitioner, SET, { input: { personId: p.id, formats: ['EASY_READ'], interpreterRequired: false, postOnly: true, reviewOn: '2027-06-01' } });
    await ok(practitioner, SET, { input: { personId: p.id, formats: ['LARGE_PRINT', 'AUDIO'], interpreterRequired: true, language: 'Turkish', postOnly: true, reviewOn: '2027-06-01' } });
    const { person } = await ok(practitioner, `query($id: ID!) { person(id: $id) { deafblind communicationNeeds { formats interpreterRequired language postOnly reviewOn reviewDue } } }`, { id: p.id });
    expect(person.communicationNeeds).toEqual({ formats: ['LARGE_PRINT', 'AUDIO'], interpreterRequired: true, language: 'Turkish', postOnly: true, reviewOn: '2027-06-01', reviewDue: false });
    expect(person.deafblind).toBe(false);
    await ok(practitioner, SET, { input: { personId: p.id, formats: ['DEAFBLIND_MANUAL'], interpreterRequired: false, postOnly: true, reviewOn: '2027-06-01' } });
    expect((await ok(practitioner, `query($id: ID!) { person(id: $id) { deafblind } }`, { id: p.id })).person.deafblind).toBe(true);
  });

  it('R7 consents record who gave them and when, and can be withdrawn once', async () => {
    const p = await newPerson('Consent');
    const { recordRelationship: attorney } = await ok(practitioner, REL, { input: { personId: p.id, kind: 'ATTORNEY', name: 'Ruth', powerScope: 'HEALTH_AND_WELFARE' } });
    const { recordConsent } = await ok(practitioner, `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id stands version recipients } }`, {
      input: { personId: p.id, purpose: 'SHARE_PLAN_COPY', givenByRelationshipId: attorney.id, givenOn: '2026-11-01', recipients: ['Dr Patel, Well Street Surgery'] },
    });
    expect(recordConsent).toMatchObject({ stands: true, recipients: ['Dr Patel, Well Street Surgery'] });
    const W = `mutation($id: ID!, $v: Int!) { withdrawConsent(input: { id: $id, version: $v, reason: "changed mind" }) { stands withdrawnReason } }`;
    expect((await ok(practitioner, W, { id: recordConsent.id, v: recordConsent.version })).withdrawConsent).toEqual({ stands: false, withdrawnReason: 'changed mind' });
    expect(errorCode(await call(practitioner, W, { id: recordConsent.id, v: recordConsent.version + 1 }))).toBe('BAD_USER_INPUT');
  });
});

describe('the person’s own view and access history', () => {
  it('a PERSON sees their own record and relationships, never another’s', async () => {
    const mine = await newPerson('OwnView');
    const other = await newPerson('NotMine');
    await ok(practitioner, `mutation($input: RecordRelationshipInput!) { recordRelationship(input: $input) { id } }`, {
      input: { personId: other.id, kind: 'HOUSEHOLD_MEMBER', name: 'Private Person' },
    });
    const me = await tokenFor({ authority: AUTHORITY_A, userId: 'citizen-1', roles: [Role.PERSON], personId: mine.id });
    const Q = `query($id: ID!) { person(id: $id) { id relationships { name } } }`;
    expect((await ok(me, Q, { id: mine.id })).person).toEqual({ id: mine.id, relationships: [] });
    expect(errorCode(await call(me, Q, { id: other.id }))).toBe('FORBIDDEN');
    expect(errorCode(await call(me, `{ people { edges { node { id } } } }`))).toBe('FORBIDDEN');
    const entities = await call(me, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { relationships { name } } } }`, {
      r: [{ __typename: 'Person', id: other.id }],
    });
    expect(JSON.stringify(entities)).not.toContain('Private Person');
  });

  it('lists who read or changed a record to a team manager and to the person, never to others', async () => {
    const p = await newPerson('History');
    await ok(practitioner, `query($id: ID!) { person(id: $id) { id } }`, { id: p.id });
    const H = `query($id: ID!) { person(id: $id) { accessHistory(first: 10) { edges { node { userId operation changed } } } } }`;
    const { person } = await ok(manager, H, { id: p.id });
    // Newest first: the practitioner's read, then the creation.
    expect(person.accessHistory.edges.map((e: { node: unknown }) => e.node)).toEqual([
      { userId: 'sw-amara', operation: 'QUERY', changed: false },
      { userId: 'sw-amara', operation: 'MUTATION', changed: true },
    ]);
    const self = await tokenFor({ authority: AUTHORITY_A, userId: 'citizen-2', roles: [Role.PERSON], personId: p.id });
    expect((await ok(self, H, { id: p.id })).person.accessHistory.edges.length).toBeGreaterThanOrEqual(3);
    expect(errorCode(await call(practitioner, H, { id: p.id }))).toBe('FORBIDDEN');
    // Pages follow on without gaps or repeats.
    const P = `query($id: ID!, $after: String) { person(id: $id) { accessHistory(first: 1, after: $after) { edges { node { requestId } } pageInfo { hasNextPage endCursor } } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const { person: { accessHistory } }: any = await ok(manager, P, { id: p.id, after });
      seen.push(...accessHistory.edges.map((e: { node: { requestId: string } }) => e.node.requestId));
      if (!accessHistory.pageInfo.hasNextPage) break;
      after = accessHistory.pageInfo.endCursor;
    }
    await people.audit.flush();
    const all = await people.db.asAdmin<{ request_id: string }>(`SELECT request_id FROM people.access_audit WHERE person_ids @> ARRAY[$1]::uuid[] ORDER BY at DESC, id DESC`, [p.id]);
    expect(seen).toEqual(all.map((r) => r.request_id).slice(-seen.length));
    expect(seen.length).toBeGreaterThanOrEqual(4);
  });
});

describe('whom reminders go to', () => {
  it('R18 the staff the reminders about some people may go to give the domain the same recipients as the whole staff, for allocated, team-only and unallocated people', async () => {
    const staff = async (userId: string, teamId: string | null, roles: Role[]) =>
      (await ok(manager, `mutation($input: PractitionerInput!) { createPractitioner(input: $input) { id } }`, { input: { userId, givenName: 'Rem', familyName: userId, teamId, roles } })).createPractitioner.id as string;
    const team = async (name: string) => (await ok(manager, `mutation($name: String!) { createTeam(input: { name: $name }) { id } }`, { name })).createTeam.id as string;
    const [managed, unmanaged, other] = [await team('Reminders managed'), await team('Reminders unmanaged'), await team('Reminders other')];
    await staff('rem-tm-managed', managed, [Role.TEAM_MANAGER]);
    await staff('rem-tm-other', other, [Role.TEAM_MANAGER, Role.PRACTITIONER]);
    const worker = await staff('rem-sw-managed', managed, [Role.PRACTITIONER]);
    const lone = await staff('rem-sw-unmanaged', unmanaged, [Role.PRACTITIONER]);
    const allocate = async (input: Record<string, string>) => {
      const p = await newPerson('Reminded');
      await ok(manager, `mutation($input: AllocatePersonInput!) { allocatePerson(input: $input) { id } }`, { input: { personId: p.id, version: p.version, ...input } });
      return p.id;
    };
    const ids = [await allocate({ practitionerId: worker }), await allocate({ practitionerId: lone }), await allocate({ teamId: managed }), (await newPerson('Unallocated')).id];

    const STAFF = `{ id userId active roles team { id } }`;
    const service = await tokenFor({ authority: AUTHORITY_A, userId: 'reminder-sweep', roles: [Role.SERVICE] });
    const found = await ok(service, `query($ids: [ID!]!) { people(filter: { ids: $ids }, first: 100) { edges { node { id allocatedPractitioner { id } team { id } } } } reminderStaff(personIds: $ids) ${STAFF} }`, { ids });
    const whole = (await ok(service, `{ practitioners(first: 100) { edges { node ${STAFF} } } }`)).practitioners.edges.map((e: { node: unknown }) => e.node);
    const asStaff = (list: any[]) => list.map((p) => ({ id: p.id, userId: p.userId, active: p.active, roles: p.roles, teamId: p.team?.id ?? null }));
    expect(found.reminderStaff.length).toBeLessThan(whole.length);
    for (const { node } of found.people.edges) {
      const person = { allocatedPractitionerId: node.allocatedPractitioner?.id ?? null, teamId: node.team?.id ?? null };
      for (const escalation of [false, true]) {
        const recipients = reminderRecipients(person, asStaff(found.reminderStaff), escalation);
        expect(recipients).toEqual(reminderRecipients(person, asStaff(whole), escalation));
        expect(recipients.length).toBeGreaterThan(0);
      }
    }
    expect(errorCode(await call(service, `query($ids: [ID!]!) { reminderStaff(personIds: $ids) { id } }`, { ids: Array.from({ length: 101 }, () => ids[0]) }))).toBe('BAD_USER_INPUT');
  });
});
