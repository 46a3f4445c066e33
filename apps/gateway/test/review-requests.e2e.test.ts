import { InformationFormat, LocalDate, NO_REVIEW_CONTENT, Nation, Role, UNPLANNED_REVIEW_DAYS, missingReviewContent, requestedReviewDue } from '@careplan/domain';
import { AUTHORITY_A, AUTHORITY_B, errorCode, tokenFor, Frontend, REVIEW_CONTENT } from '@careplan/testing';
import { suiteStack } from './support/stack';

const stack = suiteStack();
let practitioner: string;
let approver: string;
let finance: string;
let assessor: string;
const frontend = new Frontend(() => stack.url);
const { call, ok } = frontend;
const today = LocalDate.today();

const REVIEW = `id version kind dueDate status trigger details method startedOn
  request { requestedBy requesterName requestedOn decision decidedOn reasons }
  involved { name role how on } content { personInvolved whatChanged whatWorks budgetEnough } contentMissing { id label }
  letters { kind format notYetAvailable copiesTo html issuedOn }`;
const UNPLANNED = `mutation($input: RequestUnplannedReviewInput!) { requestUnplannedReview(input: $input) { ${REVIEW} } }`;
const REQUEST = `mutation($input: RecordReviewRequestInput!) { recordReviewRequest(input: $input) { ${REVIEW} } }`;
const DECIDE = `mutation($input: DecideReviewRequestInput!) { decideReviewRequest(input: $input) { ${REVIEW} } }`;
const START = `mutation($input: StartReviewInput!) { startReview(input: $input) { ${REVIEW} } }`;
const RECORD = `mutation($input: RecordReviewContentInput!) { recordReviewContent(input: $input) { ${REVIEW} } }`;
const COMPLETE = `mutation($input: CompleteReviewInput!) { completeReview(input: $input) { ${REVIEW} completedOn outcome } }`;

/** A person with an agreed plan, and no reviews yet (no worker runs here to schedule the planned one). */
async function agreedPlan(): Promise<{ personId: string; planId: string }> {
  const p = await frontend.completePlan(practitioner, assessor);
  await frontend.signOff(practitioner, p, approver, finance);
  return { personId: p.personId, planId: p.planId };
}

/** The stored row, read past the API, to show a refused change left it as it was. */
async function row(id: string) {
  const [r] = await stack.db.asAdmin(`SELECT state, version, request_decision, method, completed_on, content FROM reviews.review WHERE id = $1`, [id]);
  return r;
}

beforeAll(async () => {
  ({ practitioner, finance, assessor, approver } = await frontend.planningTeam(AUTHORITY_A, 'request'));
});

describe('reviews after a change, on request, and how they are carried out', () => {
  it('R14 an unplanned review per trigger, due in 14 days by default; the same trigger while one is open returns it, even at the same instant', async () => {
    const { planId } = await agreedPlan();
    const { requestUnplannedReview: admitted } = await ok(practitioner, UNPLANNED, { input: { planId, trigger: 'HOSPITAL_ADMISSION', details: 'Admitted after a fall.' } });
    expect(admitted).toMatchObject({
      kind: 'UNPLANNED',
      trigger: 'HOSPITAL_ADMISSION',
      details: 'Admitted after a fall.',
      dueDate: today.plusDays(UNPLANNED_REVIEW_DAYS).toString(),
      status: 'DUE_SOON',
      request: null,
    });
    const again = (await ok(practitioner, UNPLANNED, { input: { planId, trigger: 'HOSPITAL_ADMISSION', details: 'Reported again by the ward.' } })).requestUnplannedReview;
    expect(again).toMatchObject({ id: admitted.id, version: admitted.version, details: 'Admitted after a fall.' });

    // Two identical reports at the same instant: the same open review for both, never an error.
    const raced = await Promise.all([0, 1, 2].map(() => call(practitioner, UNPLANNED, { input: { planId, trigger: 'SAFEGUARDING_CONCERN', details: 'Bruising seen by the carer.' } })));
    expect(raced.flatMap((r) => r.errors ?? [])).toEqual([]);
    expect(new Set(raced.map((r) => r.data!.requestUnplannedReview.id)).size).toBe(1);

    const due = today.plusDays(3).toString();
    const { requestUnplannedReview: carer } = await ok(practitioner, UNPLANNED, { input: { planId, trigger: 'CARER_CHANGE', dueDate: due } });
    expect(carer).toMatchObject({ trigger: 'CARER_CHANGE', dueDate: due, details: null });
    expect(carer.id).not.toBe(admitted.id);

    const other = await call(practitioner, UNPLANNED, { input: { planId, trigger: 'OTHER' } });
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'details' });
    const late = await call(practitioner, UNPLANNED, { input: { planId, trigger: 'PROVIDER_FAILURE', dueDate: today.plusMonths(4).toString() } });
    expect(late.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dueDate' });
    expect(await stack.db.asAdmin(`SELECT trigger FROM reviews.review WHERE plan_id = $1 ORDER BY trigger`, [planId])).toEqual([
      { trigger: 'CARER_CHANGE' },
      { trigger: 'HOSPITAL_ADMISSION' },
      { trigger: 'SAFEGUARDING_CONCERN' },
    ]);
  });

  it('R15 a request awaits a decision; accepted, it is due 28 days after the request by default, or on the date set', async () => {
    const { planId } = await agreedPlan();
    const requestedOn = today.plusDays(-3);
    const { recordReviewRequest: asked } = await ok(practitioner, REQUEST, {
      input: { planId, requestedBy: 'PERSON', requestedOn: requestedOn.toString(), details: 'My knee is worse and I cannot manage the stairs.' },
    });
    expect(asked).toMatchObject({
      kind: 'REQUESTED',
      dueDate: requestedReviewDue(requestedOn).toString(),
      details: 'My knee is worse and I cannot manage the stairs.',
      request: { requestedBy: 'PERSON', requesterName: null, requestedOn: requestedOn.toString(), decision: 'PENDING', decidedOn: null },
    });
    expect(errorCode(await call(practitioner, START, { input: { id: asked.id, version: asked.version, method: 'PHONE', methodAgreedWithPerson: true } }))).toBe('CONFLICT');

    const { decideReviewRequest: accepted } = await ok(practitioner, DECIDE, { input: { id: asked.id, version: asked.version, accept: true } });
    expect(accepted).toMatchObject({ dueDate: requestedReviewDue(requestedOn).toString(), status: 'DUE_SOON', request: { decision: 'ACCEPTED', decidedOn: today.toString() }, letters: [] });

    const { recordReviewRequest: second } = await ok(practitioner, REQUEST, { input: { planId, requestedBy: 'PERSON', requestedOn: today.toString(), details: 'I would like to try a direct payment.' } });
    const on = today.plusDays(10).toString();
    const { decideReviewRequest: dated } = await ok(practitioner, DECIDE, { input: { id: second.id, version: second.version, accept: true, dueDate: on, reasons: 'Sooner, to fit the next panel.' } });
    expect(dated).toMatchObject({ dueDate: on, request: { decision: 'ACCEPTED', reasons: 'Sooner, to fit the next panel.' } });
    expect(errorCode(await call(practitioner, DECIDE, { input: { id: second.id, version: dated.version, accept: true } }))).toBe('CONFLICT');
  });

  it('R15 refusing without written reasons is RULE_VIOLATION R15 and changes nothing', async () => {
    const { planId, personId } = await agreedPlan();
    await frontend.relate(practitioner, personId, { kind: 'UNPAID_CARER', name: 'Chris Carer', willingAndAble: true, willingAndAbleRecordedOn: today.toString() });
    const { recordReviewRequest: asked } = await ok(practitioner, REQUEST, { input: { planId, requestedBy: 'CARER', requestedOn: today.toString(), details: 'I cannot keep doing the nights.' } });
    expect(asked.request).toMatchObject({ requestedBy: 'CARER', requesterName: 'Chris Carer' });
    const before = await row(asked.id);

    const bare = await call(practitioner, DECIDE, { input: { id: asked.id, version: asked.version, accept: false, reasons: 'No.' } });
    expect(bare.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R15' });
    const noAdvocate = await call(practitioner, DECIDE, { input: { id: asked.id, version: asked.version, accept: false, reasons: 'Your plan was reviewed last week.', copyToAdvocate: true } });
    expect(noAdvocate.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'copyToAdvocate' });
    expect(await row(asked.id)).toEqual(before);
    expect(before).toMatchObject({ state: 'OPEN', request_decision: 'PENDING' });
    expect(await stack.db.asAdmin(`SELECT 1 FROM reviews.review_letter WHERE review_id = $1`, [asked.id])).toHaveLength(0);

    const stranger = await call(practitioner, REQUEST, { input: { planId, requestedBy: 'ADVOCATE', requestedOn: today.toString(), details: 'Please review.' } });
    expect(stranger.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'requestedBy' });
  });

  it.each([
    ['EASY_READ', 'easy-read', 'What we decided'],
    ['LARGE_PRINT', 'large-print', 'Our decision'],
  ])('R15 R2b refused with reasons, the review is REFUSED and the letter is in %s, to the carer who asked and the advocate', async (format, cssClass, heading) => {
    const { planId, personId } = await agreedPlan();
    await frontend.communicationNeeds(practitioner, personId, { formats: [format as InformationFormat, 'BRAILLE'], postOnly: true, reviewOn: today.plusMonths(12).toString() });
    await frontend.relate(practitioner, personId, { kind: 'UNPAID_CARER', name: 'Chris Carer' });
    await frontend.relate(practitioner, personId, { kind: 'INDEPENDENT_ADVOCATE', name: 'Dee Advocate', organisation: 'VoiceAbility', startedOn: today.plusDays(-30).toString() });
    const { recordReviewRequest: asked } = await ok(practitioner, REQUEST, { input: { planId, requestedBy: 'CARER', requestedOn: today.toString(), details: 'Mum needs more help.' } });
    const reasons = 'Your plan was reviewed on 10 November. Nothing has changed since then. Your carer’s assessment is booked.';

    const { decideReviewRequest: refused } = await ok(practitioner, DECIDE, { input: { id: asked.id, version: asked.version, accept: false, reasons, copyToAdvocate: true } });
    expect(refused).toMatchObject({ status: 'REFUSED', request: { decision: 'REFUSED', reasons, decidedOn: today.toString() } });
    expect(refused.letters).toHaveLength(1);
    const [letter] = refused.letters;
    expect(letter).toMatchObject({ kind: 'REQUEST_REFUSED', format, notYetAvailable: ['BRAILLE'], copiesTo: ['Chris Carer (carer)', 'Dee Advocate (independent advocate)'], issuedOn: today.toString() });
    expect(letter.html).toContain(`<main class="${cssClass}">`);
    expect(letter.html).toContain(heading);
    expect(letter.html).toContain('Nothing has changed since then.');
    expect(letter.html).toContain('your carer, Chris Carer,');
    expect(letter.html).toContain('Copy to: Chris Carer (carer), Dee Advocate (independent advocate)');

    const { plan } = await ok(practitioner, `query($id: ID!) { plan(id: $id) { nextReview { id } reviews { id status letters { kind } } } }`, { id: planId });
    expect(plan).toEqual({ nextReview: null, reviews: [{ id: asked.id, status: 'REFUSED', letters: [{ kind: 'REQUEST_REFUSED' }] }] });
    expect(errorCode(await call(practitioner, DECIDE, { input: { id: asked.id, version: refused.version, accept: true } }))).toBe('CONFLICT');
  });

  it('R15 R2b a Welsh council’s refusal is in Welsh first, then English, and flags no language for a Welsh speaker', async () => {
    const cardiff = await frontend.planningTeam(AUTHORITY_B, 'request-cy');
    const p = await frontend.completePlan(cardiff.practitioner, cardiff.assessor, Nation.WALES);
    await frontend.signOff(cardiff.practitioner, p, cardiff.approver, cardiff.finance);
    await frontend.communicationNeeds(cardiff.practitioner, p.personId, { formats: [], language: 'Welsh', reviewOn: today.plusMonths(12).toString() });
    const { recordReviewRequest: asked } = await ok(cardiff.practitioner, REQUEST, { input: { planId: p.planId, requestedBy: 'PERSON', requestedOn: today.toString(), details: 'Hoffwn adolygiad.' } });
    const reasons = 'Adolygwyd eich cynllun fis diwethaf.';
    const { decideReviewRequest: refused } = await ok(cardiff.practitioner, DECIDE, { input: { id: asked.id, version: asked.version, accept: false, reasons } });
    const [letter] = refused.letters;
    expect(letter).toMatchObject({ kind: 'REQUEST_REFUSED', format: null, notYetAvailable: [] });
    expect(letter.html).toContain('<html lang="cy">');
    const welsh = letter.html.indexOf(`Ar ${today} gofynnoch chi i ni adolygu eich cynllun gofal a chymorth.`);
    expect(welsh).toBeGreaterThan(0);
    expect(letter.html.indexOf(`On ${today} you asked us to review your care and support plan.`)).toBeGreaterThan(welsh);
    expect(letter.html).toContain('<h2>Ein rhesymau / Our reasons</h2>');
    expect(letter.html).toContain(reasons);
    expect(letter.html).not.toContain('not yet available');
  });

  it('R16 R1 a review starts only with the method agreed with the person', async () => {
    const { planId } = await agreedPlan();
    const { requestUnplannedReview: review } = await ok(practitioner, UNPLANNED, { input: { planId, trigger: 'CHANGE_IN_NEED_REPORTED', details: 'Daughter reports more falls.' } });
    const unagreed = await call(practitioner, START, { input: { id: review.id, version: review.version, method: 'VIDEO', methodAgreedWithPerson: false } });
    expect(unagreed.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R16' });
    expect(await row(review.id)).toMatchObject({ state: 'OPEN', version: review.version, method: null });
    expect(errorCode(await call(practitioner, COMPLETE, { input: { id: review.id, version: review.version, outcome: 'NO_CHANGE' } }))).toBe('CONFLICT');

    const { startReview } = await ok(practitioner, START, { input: { id: review.id, version: review.version, method: 'VIDEO', methodAgreedWithPerson: true } });
    expect(startReview).toMatchObject({ status: 'IN_PROGRESS', method: 'VIDEO', startedOn: today.toString() });
  });

  it('R16 R1 completing without what R16 asks is RULE_VIOLATION R16 naming each item missing; recorded, the review completes', async () => {
    const { planId } = await agreedPlan();
    const { requestUnplannedReview: review } = await ok(practitioner, UNPLANNED, { input: { planId, trigger: 'SAFEGUARDING_CONCERN', details: 'Neighbour borrowing money.' } });
    const { startReview: started } = await ok(practitioner, START, { input: { id: review.id, version: review.version, method: 'FACE_TO_FACE', methodAgreedWithPerson: true } });
    const { recordReviewContent: partial } = await ok(practitioner, RECORD, {
      input: { id: review.id, version: started.version, whatChanged: 'A neighbour has been borrowing money.', involved: [{ name: 'Olu Assessed', role: 'PERSON', how: 'in person', on: today.toString() }] },
    });
    expect(partial.content).toMatchObject({ whatChanged: 'A neighbour has been borrowing money.', whatWorks: null });
    // What the domain's R16 rule says is missing for exactly what was recorded (its unit test lists the items).
    const expected = missingReviewContent({ content: { ...NO_REVIEW_CONTENT, whatChanged: 'A neighbour has been borrowing money.' }, involved: 1 });
    expect(partial.contentMissing.map((m: { id: string }) => m.id)).toEqual(expected.map((m) => m.id));
    expect(expected.map((m) => m.id)).toContain('R1 the person');

    const incomplete = await call(practitioner, COMPLETE, { input: { id: review.id, version: partial.version, outcome: 'NO_CHANGE' } });
    expect(incomplete.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R16' });
    for (const label of ['whether the person took part', 'what is working', 'whether the personal budget is enough', 'risk of abuse or neglect', 'whether everyone is content with the plan']) {
      expect(incomplete.errors?.[0].message).toContain(label);
    }
    const overlong = await call(practitioner, RECORD, { input: { id: review.id, version: partial.version, whatWorks: 'x'.repeat(4001) } });
    expect(overlong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'whatWorks' });
    expect(await row(review.id)).toMatchObject({ state: 'IN_PROGRESS', version: partial.version, completed_on: null });

    const { recordReviewContent: recorded } = await ok(practitioner, RECORD, {
      // whatChanged is left out, so it stays as recorded.
      input: { id: review.id, version: partial.version, ...REVIEW_CONTENT, whatChanged: undefined, riskOfAbuseOrNeglect: true, riskNotes: 'Safeguarding concern raised with the adult safeguarding team.' },
    });
    expect(recorded.contentMissing).toEqual([]);
    expect(recorded.content).toMatchObject({ personInvolved: true, whatChanged: 'A neighbour has been borrowing money.', budgetEnough: true });
    const { completeReview } = await ok(practitioner, COMPLETE, { input: { id: review.id, version: recorded.version, outcome: 'NO_CHANGE' } });
    expect(completeReview).toMatchObject({ status: 'COMPLETED', outcome: 'NO_CHANGE', completedOn: today.toString(), involved: [{ name: 'Olu Assessed', role: 'PERSON' }] });
  });

  it('R11 R17 a review that found the personal budget not enough cannot conclude that nothing changes; it revises or closes the plan', async () => {
    const { planId } = await agreedPlan();
    const { requestUnplannedReview: review } = await ok(practitioner, UNPLANNED, { input: { planId, trigger: 'CHANGE_IN_NEED_REPORTED', details: 'Needs a second carer at each call now.' } });
    const { startReview: started } = await ok(practitioner, START, { input: { id: review.id, version: review.version, method: 'FACE_TO_FACE', methodAgreedWithPerson: true } });
    const { recordReviewContent: recorded } = await ok(practitioner, RECORD, {
      input: {
        id: review.id,
        version: started.version,
        ...REVIEW_CONTENT,
        budgetEnough: false,
        budgetNotes: 'Two carers at each call cost twice what the budget allows.',
        involved: [{ name: 'Olu Assessed', role: 'PERSON', how: 'in person', on: today.toString() }],
      },
    });
    expect(recorded.contentMissing).toEqual([]);
    const unchanged = await call(practitioner, COMPLETE, { input: { id: review.id, version: recorded.version, outcome: 'NO_CHANGE' } });
    expect(unchanged.errors?.[0]).toMatchObject({ extensions: { code: 'RULE_VIOLATION', rule: 'R11' }, message: expect.stringContaining('revise the plan') });
    expect(await row(review.id)).toMatchObject({ state: 'IN_PROGRESS', version: recorded.version, completed_on: null });

    const close = { closureReasons: 'Her needs are now met by NHS continuing healthcare.', otherHelp: 'The carers centre and the Age UK advice line remain open to you.' };
    const { completeReview } = await ok(practitioner, COMPLETE, { input: { id: review.id, version: recorded.version, outcome: 'CLOSE', ...close } });
    expect(completeReview).toMatchObject({ status: 'COMPLETED', outcome: 'CLOSE' });
  });

  it('another council can neither see nor request, decide, start or record a review of this one’s plan', async () => {
    const { planId } = await agreedPlan();
    const { recordReviewRequest: asked } = await ok(practitioner, REQUEST, { input: { planId, requestedBy: 'PERSON', requestedOn: today.toString(), details: 'Please review my plan.' } });
    const before = await row(asked.id);
    const other = await tokenFor({ authority: AUTHORITY_B, userId: 'e2e-request-other', roles: [Role.PRACTITIONER] });

    expect((await call(other, UNPLANNED, { input: { planId, trigger: 'PROVIDER_FAILURE' } })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'planId' });
    expect((await call(other, REQUEST, { input: { planId, requestedBy: 'PERSON', requestedOn: today.toString(), details: 'x' } })).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'planId',
    });
    const refuse = await call(other, DECIDE, { input: { id: asked.id, version: asked.version, accept: false, reasons: 'Refused by the wrong council entirely.' } });
    expect(refuse.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect((await call(other, START, { input: { id: asked.id, version: asked.version, method: 'PHONE', methodAgreedWithPerson: true } })).errors?.[0].extensions).toMatchObject({ field: 'id' });
    expect((await call(other, RECORD, { input: { id: asked.id, version: asked.version, whatChanged: 'x' } })).errors?.[0].extensions).toMatchObject({ field: 'id' });
    expect((await ok(other, `query($id: ID!) { review(id: $id) { id } }`, { id: asked.id })).review).toBeNull();

    expect(await row(asked.id)).toEqual(before);
    expect(await stack.db.asAdmin(`SELECT count(*)::int AS n FROM reviews.review WHERE plan_id = $1`, [planId])).toEqual([{ n: 1 }]);
  });
});
