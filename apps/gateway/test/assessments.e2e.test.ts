import { InformationFormat, Role } from '@careplan/domain';
import { AUTHORITY_A, AUTHORITY_B, errorCode, tokenFor, Frontend, type CommunicationSpec, type CompletionSpec, type NeedSpec } from '@careplan/testing';
import { startStack, type Stack } from './support/stack';

let stack: Stack;
const tokens: Record<string, string> = {};
let generalist: Record<string, string>;
let specialist: string;

const frontend = new Frontend(() => stack.url);
const { call, ok } = frontend;
const complete = (authority: string, a: { id: string; version: number }, over: CompletionSpec = {}) => frontend.completeAssessment(tokens[authority], a, over);
/** One need is not enough in England (R3a(b)): such an assessment ends with signposting, not planning. */
const SIGNPOSTED: CompletionSpec = { eventOutcome: 'NO_SERVICES_UNIVERSAL_OR_SIGNPOSTED' };
const readyToComplete = (authority: string, needs: NeedSpec[], setup?: (personId: string) => Promise<unknown>, assessor?: string) =>
  frontend.assessmentReadyToComplete(tokens[authority], assessor ?? generalist[authority], needs, { setup });
const status = async (id: string) => (await stack.db.asAdmin<{ status: string }>('SELECT status FROM assessments.needs_assessment WHERE id = $1', [id]))[0].status;

beforeAll(async () => {
  stack = await startStack();
  tokens[AUTHORITY_A] = await tokenFor({ authority: AUTHORITY_A, userId: 'e2e-assessor', roles: [Role.PRACTITIONER] });
  tokens[AUTHORITY_B] = await tokenFor({ authority: AUTHORITY_B, userId: 'e2e-aseswr', roles: [Role.PRACTITIONER] });
  generalist = { [AUTHORITY_A]: await frontend.practitioner(AUTHORITY_A, 'generalist-a'), [AUTHORITY_B]: await frontend.practitioner(AUTHORITY_B, 'generalist-b') };
  specialist = await frontend.practitioner(AUTHORITY_A, 'deafblind-a', { specialisms: ['DEAFBLIND_ASSESSOR'] });
});

afterAll(async () => {
  await stack?.close();
});

/** A person's not-eligible assessment, completed with signposting, and a decision letter issued for it (R4). */
async function notEligibleLetter(authority: string, need: NeedSpec, communication: CommunicationSpec, completion: CompletionSpec = {}) {
  const token = tokens[authority];
  const a = await readyToComplete(authority, [need], (personId) => frontend.communicationNeeds(token, personId, communication));
  expect((await complete(authority, a, { ...SIGNPOSTED, ...completion })).data!.completeAssessment.eligibility?.eligible).toBe(false);
  const { issueDecisionLetter } = await ok(token, `mutation($input: IssueDecisionLetterInput!) { issueDecisionLetter(input: $input) { id notYetAvailable languageNotYetAvailable html } }`, {
    input: {
      assessmentId: a.id,
      kind: 'NOT_ELIGIBLE',
      reasons: 'You manage your daily routines with the help of friends and neighbours.',
      advice: [{ need: need.outcome, advice: 'The Tuesday lunch club at the community centre also runs a friendly visiting service; call 029 2000 0000.' }],
    },
  });
  return issueDecisionLetter;
}

describe('assessments and eligibility through the gateway', () => {
  it('R3a completes an English assessment with a stored determination, its rule path, rationale and decider', async () => {
    const a = await readyToComplete(AUTHORITY_A, [
      { outcome: 'NUTRITION', unableReasons: ['NEEDS_HELP'] },
      { outcome: 'TOILET_NEEDS', unableReasons: ['SIGNIFICANT_PAIN_DISTRESS_OR_ANXIETY'], metByCarer: true },
    ]);
    const res = await complete(AUTHORITY_A, a);
    expect(res.errors).toBeUndefined();
    expect(res.data!.completeAssessment).toMatchObject({
      status: 'COMPLETED',
      eligibleNeedsIdentified: true,
      eligibility: { framework: 'ENGLAND_ADULT', eligible: true, failedCondition: null, decidedBy: 'e2e-assessor' },
    });
    expect(res.data!.completeAssessment.eligibility?.path.map((p) => p.condition)).toEqual(['R3a(a)', 'R3a(b)', 'R3a(c)']);
    expect(res.data!.completeAssessment.eligibility?.rationale).toContain('A carer meets toilet needs');
    const events = await stack.db.asAdmin(`SELECT data FROM assessments.outbox WHERE type = 'AssessmentCompleted' AND data->>'assessmentId' = $1`, [a.id]);
    expect(events).toEqual([{ data: { assessmentId: a.id, personId: a.personId, eligible: true, framework: 'ENGLAND_ADULT' } }]);
  });

  it('R3c applies the Welsh criteria to a Welsh council’s person, and refuses an English need code there (naming the field) and a code of no nation', async () => {
    const a = await readyToComplete(AUTHORITY_B, [{ outcome: 'SELF_CARE_OR_DOMESTIC_ROUTINES', cannotMeetAlone: true, onlyWithCouncilHelp: true }]);
    const english = await call(tokens[AUTHORITY_B], `mutation($input: RecordNeedInput!) { recordNeed(input: $input) { id } }`, {
      input: { assessmentId: a.id, outcome: 'TOILET_NEEDS', unableReasons: ['NEEDS_HELP'], inOwnWords: 'x' },
    });
    expect(english.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'outcome' });
    expect(english.errors?.[0].message).toMatch(/SELF_CARE_OR_DOMESTIC_ROUTINES/);
    const noNation = await call(tokens[AUTHORITY_B], `mutation($input: RecordNeedInput!) { recordNeed(input: $input) { id } }`, {
      input: { assessmentId: a.id, outcome: 'FLYING', inOwnWords: 'x' },
    });
    expect(noNation.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await stack.db.asAdmin('SELECT outcome FROM assessments.need WHERE assessment_id = $1', [a.id])).toEqual([{ outcome: 'SELF_CARE_OR_DOMESTIC_ROUTINES' }]);
    const res = await complete(AUTHORITY_B, a, { significantImpact: null });
    expect(res.data!.completeAssessment.eligibility).toMatchObject({ framework: 'WALES_ADULT', eligible: true });
  });

  it('R3a an unanswered significant impact is BAD_USER_INPUT, and a person not eligible does not progress to planning; nothing changes', async () => {
    const a = await readyToComplete(AUTHORITY_A, [{ outcome: 'NUTRITION', unableReasons: ['NEEDS_HELP'] }]);
    const unanswered = await complete(AUTHORITY_A, a, { ...SIGNPOSTED, significantImpact: null });
    expect(unanswered.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'significantImpact' });
    const planning = await complete(AUTHORITY_A, a);
    expect(planning.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R3a' });
    expect(await status(a.id)).toBe('IN_PROGRESS');
    expect(await stack.db.asAdmin('SELECT 1 FROM assessments.eligibility_determination WHERE assessment_id = $1', [a.id])).toHaveLength(0);
    expect((await complete(AUTHORITY_A, a, SIGNPOSTED)).data!.completeAssessment.status).toBe('COMPLETED');
  });

  it('R2a refuses to complete while an advocate is required and none is recorded, then completes once one is', async () => {
    const token = tokens[AUTHORITY_A];
    const a = await readyToComplete(AUTHORITY_A, [{ outcome: 'NUTRITION', unableReasons: ['NEEDS_HELP'] }], (personId) =>
      ok(token, `mutation($input: RecordAdvocacyFactsInput!) { recordAdvocacyFacts(input: $input) { required } }`, {
        input: { personId, difficulties: ['UNDERSTANDING'], likelyHospitalStay28Days: false, likelyCareHomeStay8Weeks: false, disagreementAdvocateWouldHelp: false },
      }).then(() => undefined),
    );
    const refused = await complete(AUTHORITY_A, a, SIGNPOSTED);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R2a' });
    expect(await status(a.id)).toBe('IN_PROGRESS');
    expect(await stack.db.asAdmin('SELECT 1 FROM assessments.eligibility_determination WHERE assessment_id = $1', [a.id])).toHaveLength(0);
    await ok(token, `mutation($input: RecordRelationshipInput!) { recordRelationship(input: $input) { id } }`, {
      input: { personId: a.personId, kind: 'INDEPENDENT_ADVOCATE', name: 'Sam Idowu', organisation: 'POhWER', startedOn: '2026-11-01' },
    });
    expect((await complete(AUTHORITY_A, a, SIGNPOSTED)).data!.completeAssessment.status).toBe('COMPLETED');
  });

  it('R2c refuses to complete a deafblind person’s assessment by an assessor who is not a qualified specialist, until it is handed to one', async () => {
    const deafblind = async (personId: string) => {
      await frontend.communicationNeeds(tokens[AUTHORITY_A], personId, { formats: ['DEAFBLIND_MANUAL'], postOnly: true });
    };
    const needs: NeedSpec[] = [{ outcome: 'NUTRITION', unableReasons: ['NEEDS_HELP'] }];
    const byGeneralist = await readyToComplete(AUTHORITY_A, needs, deafblind);
    const refused = await complete(AUTHORITY_A, byGeneralist, SIGNPOSTED);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R2c' });
    expect(await status(byGeneralist.id)).toBe('IN_PROGRESS');
    const bySpecialist = await readyToComplete(AUTHORITY_A, needs, deafblind, specialist);
    expect((await complete(AUTHORITY_A, bySpecialist, SIGNPOSTED)).data!.completeAssessment.status).toBe('COMPLETED');

    // Handed to a qualified assessor without withdrawing it: the needs recorded so far stay.
    const REASSIGN = `mutation($input: ReassignAssessmentInput!) { reassignAssessment(input: $input) { version status needs { outcome } } }`;
    const handOver = { id: byGeneralist.id, version: byGeneralist.version, assessorPractitionerId: specialist, reason: 'She is deafblind: a qualified assessor takes over.' };
    expect((await call(tokens[AUTHORITY_A], REASSIGN, { input: { ...handOver, reason: 'x' } })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect((await call(tokens[AUTHORITY_A], REASSIGN, { input: { ...handOver, assessorPractitionerId: byGeneralist.personId } })).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'assessorPractitionerId',
    });
    const { reassignAssessment } = await ok(tokens[AUTHORITY_A], REASSIGN, { input: handOver });
    expect(reassignAssessment).toMatchObject({ status: 'IN_PROGRESS', needs: [{ outcome: 'NUTRITION' }] });
    expect((await complete(AUTHORITY_A, { id: byGeneralist.id, version: reassignAssessment.version }, SIGNPOSTED)).data!.completeAssessment.status).toBe('COMPLETED');
  });

  it('refuses completing twice and editing a completed assessment until it is reopened', async () => {
    const token = tokens[AUTHORITY_A];
    const a = await readyToComplete(AUTHORITY_A, [{ outcome: 'NUTRITION', unableReasons: ['NEEDS_HELP'] }]);
    const done = (await complete(AUTHORITY_A, a, SIGNPOSTED)).data!.completeAssessment;
    expect(errorCode(await complete(AUTHORITY_A, { id: a.id, version: done.version }, SIGNPOSTED))).toBe('CONFLICT');
    const edit = await call(token, `mutation($input: RecordNeedInput!) { recordNeed(input: $input) { id } }`, {
      input: { assessmentId: a.id, outcome: 'TOILET_NEEDS', unableReasons: ['NEEDS_HELP'], inOwnWords: 'x' },
    });
    expect(edit.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringContaining('reopen') });
    expect(await stack.db.asAdmin('SELECT 1 FROM assessments.need WHERE assessment_id = $1', [a.id])).toHaveLength(1);

    const { reopenAssessment } = await ok(token, `mutation($id: ID!, $v: Int!) { reopenAssessment(input: { id: $id, version: $v, reason: "new information from the GP" }) { status version } }`, {
      id: a.id,
      v: done.version,
    });
    expect(reopenAssessment.status).toBe('IN_PROGRESS');
    await ok(token, `mutation($input: RecordNeedInput!) { recordNeed(input: $input) { id } }`, {
      input: { assessmentId: a.id, outcome: 'TOILET_NEEDS', unableReasons: ['NEEDS_HELP'], inOwnWords: 'x' },
    });
    const again = (await complete(AUTHORITY_A, { id: a.id, version: reopenAssessment.version })).data!.completeAssessment;
    expect(again.eligibility?.eligible).toBe(true);
    expect(await stack.db.asAdmin('SELECT eligible FROM assessments.eligibility_determination WHERE assessment_id = $1 ORDER BY created_at', [a.id])).toEqual([
      { eligible: false },
      { eligible: true },
    ]);
  });

  it('a joint assessment needs the other person and both people’s consent, from its request until it is completed', async () => {
    const token = tokens[AUTHORITY_A];
    const person = async (familyName: string) =>
      (await ok(token, `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`, { input: { givenName: 'Jo', familyName, dateOfBirth: '1950-01-01' } })).createPerson.id as string;
    const [cared, carer] = [await person('Cared'), await person('Carer')];
    const JOINT = `mutation($input: CreateAssessmentInput!) { createAssessment(input: $input) { id jointPerson { id } } }`;
    const consent = async (personId: string): Promise<{ id: string; version: number }> =>
      (await ok(token, `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id version } }`, { input: { personId, purpose: 'JOINT_ASSESSMENT', givenOn: '2026-11-01' } })).recordConsent;
    expect((await call(token, JOINT, { input: { personId: cared, kind: 'JOINT' } })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'jointPersonId' });
    await consent(cared);
    const oneConsent = await call(token, JOINT, { input: { personId: cared, kind: 'JOINT', jointPersonId: carer } });
    expect(oneConsent.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'jointPersonId' });
    expect(await stack.db.asAdmin('SELECT 1 FROM assessments.needs_assessment WHERE person_id = $1', [cared])).toHaveLength(0);
    const carerConsent = await consent(carer);
    const { createAssessment: joint } = await ok(token, JOINT, { input: { personId: cared, kind: 'JOINT', jointPersonId: carer } });
    expect(joint.jointPerson).toEqual({ id: carer });

    // The carer withdraws their consent while it is carried out: it is not completed on it until given again.
    const START = `mutation($input: StartAssessmentInput!) { startAssessment(input: $input) { id version } }`;
    const involved = [{ name: 'Jo Cared', role: 'PERSON', how: 'in person', on: '2026-11-20' }];
    await ok(token, START, { input: { id: joint.id, version: 1, assessorPractitionerId: generalist[AUTHORITY_A], method: 'FACE_TO_FACE', involved } });
    await ok(token, `mutation($input: RecordNeedInput!) { recordNeed(input: $input) { id } }`, { input: { assessmentId: joint.id, outcome: 'NUTRITION', unableReasons: ['NEEDS_HELP'], inOwnWords: 'Cannot cook safely.' } });
    await ok(token, `mutation($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { id } }`, { input: { id: carerConsent.id, version: carerConsent.version, reason: 'Wants to be assessed alone.' } });
    const version = async () => (await ok(token, `query($id: ID!) { assessment(id: $id) { version } }`, { id: joint.id })).assessment.version as number;
    const refused = await complete(AUTHORITY_A, { id: joint.id, version: await version() }, SIGNPOSTED);
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringContaining('the other person no longer consents to a joint assessment') });
    expect(await status(joint.id)).toBe('IN_PROGRESS');
    await consent(carer);
    expect((await complete(AUTHORITY_A, { id: joint.id, version: await version() }, SIGNPOSTED)).data!.completeAssessment.status).toBe('COMPLETED');
  });

  it.each([
    ['EASY_READ', 'easy-read', 'What we decided'],
    ['LARGE_PRINT', 'large-print', 'Our decision'],
  ])('R4 R2b issues a not-eligible letter in %s, with advice per need, copied to the advocate, and reads it back', async (format, cssClass, heading) => {
    const token = tokens[AUTHORITY_A];
    const a = await readyToComplete(AUTHORITY_A, [{ outcome: 'NUTRITION', unableReasons: ['TAKES_SIGNIFICANTLY_LONGER'] }], async (personId) => {
      await frontend.communicationNeeds(token, personId, { formats: [format as InformationFormat], postOnly: true });
      await ok(token, `mutation($input: RecordRelationshipInput!) { recordRelationship(input: $input) { id } }`, {
        input: { personId, kind: 'INDEPENDENT_ADVOCATE', name: 'Dee Advocate', organisation: 'VoiceAbility', startedOn: '2026-10-01' },
      });
    });
    expect((await complete(AUTHORITY_A, a, SIGNPOSTED)).data!.completeAssessment.eligibility?.eligible).toBe(false);
    const ISSUE = `mutation($input: IssueDecisionLetterInput!) { issueDecisionLetter(input: $input) { id format copiesTo } }`;
    const generic = await call(token, ISSUE, { input: { assessmentId: a.id, kind: 'NOT_ELIGIBLE', reasons: 'You can prepare your meals, though slowly.', advice: [{ need: 'NUTRITION', advice: 'See our website for more.' }] } });
    expect(generic.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'advice.0.advice' });
    // The person cannot use the internet (post only): a web address, even beside real advice, is refused.
    const web = await call(token, ISSUE, {
      input: { assessmentId: a.id, kind: 'NOT_ELIGIBLE', reasons: 'You can prepare your meals, though slowly.', advice: [{ need: 'NUTRITION', advice: 'The lunch club at St John’s hall serves a hot meal for £3 on Tuesdays; see hackney.gov.uk/lunch.' }] },
    });
    expect(web.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'advice.0.advice' });
    expect(await stack.db.asAdmin('SELECT 1 FROM assessments.decision_letter WHERE assessment_id = $1', [a.id])).toHaveLength(0);
    const { issueDecisionLetter } = await ok(token, ISSUE, {
      input: {
        assessmentId: a.id,
        kind: 'NOT_ELIGIBLE',
        reasons: 'You can prepare your meals, though slowly. You told us you manage with a microwave.',
        advice: [{ need: 'NUTRITION', advice: 'A perching stool and lightweight pans from the community equipment service can make cooking easier; we have referred you.' }],
        copyToAdvocate: true,
      },
    });
    expect(issueDecisionLetter).toEqual({ id: expect.any(String), format, copiesTo: ['Dee Advocate (independent advocate)'] });
    const { assessment } = await ok(token, `query($id: ID!) { assessment(id: $id) { decisionLetters { format html } } }`, { id: a.id });
    expect(assessment.decisionLetters).toHaveLength(1);
    expect(assessment.decisionLetters[0].html).toContain(`<main class="${cssClass}">`);
    expect(assessment.decisionLetters[0].html).toContain(heading);
    expect(assessment.decisionLetters[0].html).toContain('perching stool');
    expect(assessment.decisionLetters[0].html).toContain('Copy to: Dee Advocate (independent advocate)');
  });
});

describe('R2b decision letters in the person’s language', () => {
  it('R2b a Welsh council’s decision letter is offered in Welsh first, then English, as its plan copies are', async () => {
    const letter = await notEligibleLetter(
      AUTHORITY_B,
      { outcome: 'SELF_CARE_OR_DOMESTIC_ROUTINES', cannotMeetAlone: false, onlyWithCouncilHelp: false },
      { language: 'Welsh' },
      { significantImpact: null },
    );
    expect(letter.languageNotYetAvailable).toBeNull();
    expect(letter.html).toContain('<html lang="cy">');
    expect(letter.html).toContain('<h1>Penderfyniad ar asesiad o’ch anghenion / Decision on your assessment of needs</h1>');
    expect(letter.html).toContain('<h2>Ein rhesymau / Our reasons</h2>');
    expect(letter.html.indexOf('Rydym wedi asesu eich anghenion')).toBeLessThan(letter.html.indexOf('We have assessed your needs'));
  });

  it('R2b a spoken language the letter is not written in is flagged beside the formats and recorded on the letter', async () => {
    const letter = await notEligibleLetter(AUTHORITY_A, { outcome: 'NUTRITION', unableReasons: ['TAKES_SIGNIFICANTLY_LONGER'] }, { formats: ['BSL'], interpreterRequired: true, language: 'Polish' });
    expect(letter).toMatchObject({ notYetAvailable: ['BSL'], languageNotYetAvailable: 'Polish' });
    expect(letter.html).toContain('<html lang="en">');
    expect(await stack.db.asAdmin('SELECT language_not_yet_available FROM assessments.decision_letter WHERE id = $1', [letter.id])).toEqual([{ language_not_yet_available: 'Polish' }]);
  });
});
