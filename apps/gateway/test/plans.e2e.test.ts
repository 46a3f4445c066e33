import { LocalDate, Nation, Role } from '@careplan/domain';
import { AUTHORITY_A, AUTHORITY_B, errorCode, tokenFor, Frontend, type CompletionSpec, type NeedSpec } from '@careplan/testing';
import { readPdf } from './support/pdf';
import { startStack, type Stack } from './support/stack';

let stack: Stack;
const tokens: Record<string, string> = {};
const assessors: Record<string, string> = {};
const frontend = new Frontend(() => stack.url);
const { call, ok } = frontend;

const CHECK = `query($id: ID!) { planContentCheck(planId: $id) { rule missing { id } } }`;
const missing = async (token: string, planId: string) => (await ok(token, CHECK, { id: planId })).planContentCheck;

const carer = (token: string, personId: string, willingAndAble: boolean) =>
  frontend.relate(token, personId, { kind: 'UNPAID_CARER', name: 'Ama Assessed', relationshipToPerson: 'granddaughter', willingAndAble, willingAndAbleRecordedOn: LocalDate.today().toString() });

/** An eligible person's completed assessment and a draft plan drawn from it. */
async function draftPlan(authority: string, needs: NeedSpec[], completion: CompletionSpec = {}) {
  const p = await frontend.draftPlan(tokens[authority], assessors[authority], needs, completion);
  expect(p.eligible).toBe(true);
  return p;
}

beforeAll(async () => {
  stack = await startStack();
  tokens[AUTHORITY_A] = await tokenFor({ authority: AUTHORITY_A, userId: 'e2e-planner', roles: [Role.PRACTITIONER] });
  tokens[AUTHORITY_B] = await tokenFor({ authority: AUTHORITY_B, userId: 'e2e-planner-b', roles: [Role.PRACTITIONER] });
  assessors[AUTHORITY_A] = await frontend.practitioner(AUTHORITY_A, 'planner-assessor-a');
  assessors[AUTHORITY_B] = await frontend.practitioner(AUTHORITY_B, 'planner-assessor-b');
});

afterAll(async () => {
  await stack?.close();
});

describe('writing a care and support plan through the gateway', () => {
  it('R5 R6 R1 a draft plan lists what it lacks, who took part included, and filling it in clears the list', async () => {
    const token = tokens[AUTHORITY_A];
    const p = await draftPlan(AUTHORITY_A, [
      { outcome: 'NUTRITION', unableReasons: ['NEEDS_HELP'] },
      { outcome: 'USING_HOME_SAFELY', unableReasons: ['ENDANGERS_SELF_OR_OTHERS'] },
      { outcome: 'FAMILY_AND_PERSONAL_RELATIONSHIPS', unableReasons: ['NEEDS_HELP'], metByCarer: true },
    ]);
    await carer(token, p.personId, true);
    expect(await missing(token, p.planId)).toEqual({
      rule: 'R5',
      missing: ['R5(c)', 'R5(d)', 'R5(e)', 'R5(f)', 'R5 strengths', 'R5 carers', 'R5 contingency', 'R5 coordinator', 'R5 review', 'R1', 'R1'].map((id) => ({ id })),
    });

    const outcome = (await ok(token, `mutation($id: ID!) { addPlanOutcome(input: { planId: $id, inOwnWords: "To stay in my own flat and cook for my grandchildren again" }) { id } }`, { id: p.planId })).addPlanOutcome.id;
    const ADD = `mutation($input: AddSupportItemInput!) { addSupportItem(input: $input) { id need kind } }`;
    const notEligible = await call(token, ADD, { input: { planId: p.planId, need: 'TOILET_NEEDS', kind: 'COMMISSIONED_PROVIDER', description: 'x', provider: 'y' } });
    expect(notEligible.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'need' });
    await ok(token, ADD, {
      input: {
        planId: p.planId,
        need: 'NUTRITION',
        kind: 'COMMISSIONED_PROVIDER',
        description: 'Help to cook a hot meal each lunchtime',
        provider: 'Hackney Homecare',
        schedule: '12–1pm',
        frequency: 'every day',
        plannedUnitsPerWeek: 7,
        serviceType: 'LONG_TERM_COMMUNITY',
        serviceComponent: 'HOME_CARE',
        deliveryMechanism: 'COUNCIL_COMMISSIONED_SUPPORT_ONLY',
        outcomeIds: [outcome],
      },
    });
    await ok(token, ADD, { input: { planId: p.planId, need: 'USING_HOME_SAFELY', kind: 'EQUIPMENT_OR_ADAPTATION', description: 'Automatic gas shut-off valve and smoke alarm linked to the careline', outcomeIds: [outcome] } });
    await ok(token, `mutation($input: CreatePersonalBudgetInput!) { createPersonalBudget(input: $input) { id } }`, { input: { planId: p.planId, indicativeWeeklyPence: 32_500, indicativeExplanation: 'From the council’s resource allocation system for the needs assessed.' } });
    const { updatePlanSections } = await ok(token, `mutation($input: PlanSectionsInput!) { updatePlanSections(input: $input) { version strengthsAndAssets reviewEveryMonths } }`, {
      input: {
        id: p.planId,
        version: p.version,
        strengthsAndAssets: 'Her granddaughter visits on Sundays; a good neighbour; she still enjoys the lunch club.',
        adviceAndInformation: 'Falls prevention classes at the leisure centre; Hackney Carers Centre for her granddaughter.',
        contingencyPlan: 'If the homecare visit is missed, the neighbour checks in and calls the duty team.',
        namedCoordinator: 'Amara Osei, Adults North',
        reviewArrangements: 'First review 8 weeks after the plan starts, then every 6 months, at home with her granddaughter.',
        reviewEveryMonths: 6,
        needsMetByCarer: 'Her granddaughter keeps her in touch with family and takes her to church.',
      },
    });
    expect(updatePlanSections).toMatchObject({ version: p.version + 1, reviewEveryMonths: 6 });
    expect(await missing(token, p.planId)).toEqual({ rule: 'R5', missing: [{ id: 'R1' }, { id: 'R1' }] });

    await frontend.recordPlanInvolvement(token, { planId: p.planId, version: updatePlanSections.version }, [
      { name: 'Olu Assessed', role: 'PERSON' },
      { name: 'Ama Assessed', role: 'CARER', relationship: 'granddaughter' },
    ]);
    expect(await missing(token, p.planId)).toEqual({ rule: 'R5', missing: [] });
    const { plan } = await ok(token, `query($id: ID!) { plan(id: $id) { involved { name role relationship } supportItems { need kind outcomeIds plannedUnitsPerWeek frequency serviceComponent deliveryMechanism } } }`, { id: p.planId });
    expect(plan.involved).toEqual([{ name: 'Olu Assessed', role: 'PERSON', relationship: null }, { name: 'Ama Assessed', role: 'CARER', relationship: 'granddaughter' }]);
    expect(plan.supportItems).toEqual([
      { need: 'NUTRITION', kind: 'COMMISSIONED_PROVIDER', outcomeIds: [outcome], plannedUnitsPerWeek: 7, frequency: 'every day', serviceComponent: 'HOME_CARE', deliveryMechanism: 'COUNCIL_COMMISSIONED_SUPPORT_ONLY' },
      { need: 'USING_HOME_SAFELY', kind: 'EQUIPMENT_OR_ADAPTATION', outcomeIds: [outcome], plannedUnitsPerWeek: null, frequency: null, serviceComponent: null, deliveryMechanism: null },
    ]);
  });

  it('R5 R6 removing an outcome or a support item from a draft answers the plan without it; removing one again is refused', async () => {
    const token = tokens[AUTHORITY_A];
    const p = await draftPlan(AUTHORITY_A, [
      { outcome: 'NUTRITION', unableReasons: ['NEEDS_HELP'] },
      { outcome: 'PERSONAL_HYGIENE', unableReasons: ['NEEDS_HELP'] },
    ]);
    const ADD_OUTCOME = `mutation($id: ID!, $words: String!) { addPlanOutcome(input: { planId: $id, inOwnWords: $words }) { id } }`;
    const keep = (await ok(token, ADD_OUTCOME, { id: p.planId, words: 'To cook for myself again' })).addPlanOutcome.id;
    const drop = (await ok(token, ADD_OUTCOME, { id: p.planId, words: 'To go to the lunch club' })).addPlanOutcome.id;
    const { addSupportItem: item } = await ok(token, `mutation($input: AddSupportItemInput!) { addSupportItem(input: $input) { id } }`, {
      input: { planId: p.planId, need: 'NUTRITION', kind: 'COMMISSIONED_PROVIDER', description: 'Help to cook lunch', provider: 'Hackney Homecare', outcomeIds: [keep] },
    });

    const REMOVE_OUTCOME = `mutation($id: ID!) { removePlanOutcome(input: { id: $id }) { id outcomes { id } supportItems { id } } }`;
    expect((await ok(token, REMOVE_OUTCOME, { id: drop })).removePlanOutcome).toEqual({ id: p.planId, outcomes: [{ id: keep }], supportItems: [{ id: item.id }] });
    const { removeSupportItem } = await ok(token, `mutation($id: ID!) { removeSupportItem(input: { id: $id }) { id supportItems { id } } }`, { id: item.id });
    expect(removeSupportItem).toEqual({ id: p.planId, supportItems: [] });

    const again = await call(token, REMOVE_OUTCOME, { id: drop });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect((await ok(token, `query($id: ID!) { plan(id: $id) { outcomes { id } } }`, { id: p.planId })).plan.outcomes).toEqual([{ id: keep }]);
  });

  it('R3d a need met by the NHS is not the council’s to meet; one met by a carer is only while the carer is recorded willing and able', async () => {
    const token = tokens[AUTHORITY_A];
    const p = await draftPlan(AUTHORITY_A, [
      { outcome: 'NUTRITION', unableReasons: ['NEEDS_HELP'] },
      { outcome: 'PERSONAL_HYGIENE', unableReasons: ['NEEDS_HELP'], metByOtherService: true, otherService: 'District nurses (NHS)' },
      { outcome: 'FAMILY_AND_PERSONAL_RELATIONSHIPS', unableReasons: ['NEEDS_HELP'], metByCarer: true },
    ]);
    await ok(token, `mutation($input: AddSupportItemInput!) { addSupportItem(input: $input) { id } }`, {
      input: { planId: p.planId, need: 'NUTRITION', kind: 'COMMISSIONED_PROVIDER', description: 'Help to cook a hot meal each lunchtime', provider: 'Hackney Homecare' },
    });
    const missingIds = async () => (await missing(token, p.planId)).missing.map((m: { id: string }) => m.id);
    // No carer recorded as willing and able: the need the carer met is the council's to meet (R5(c) still
    // wants support for it), and no "needs met by a carer" section is asked for.
    expect(await missingIds()).toContain('R5(c)');
    expect(await missingIds()).not.toContain('R5 carers');
    // With a willing carer, every need the council meets has support: the NHS's need was never asked for.
    await carer(token, p.personId, true);
    expect(await missingIds()).not.toContain('R5(c)');
    expect(await missingIds()).toContain('R5 carers');
  });

  it('plans by id answer in the order asked with their content checks, null for another council’s, and at most 100 at once', async () => {
    const a = await draftPlan(AUTHORITY_A, [{ outcome: 'NUTRITION', unableReasons: ['NEEDS_HELP'] }, { outcome: 'PERSONAL_HYGIENE', unableReasons: ['NEEDS_HELP'] }]);
    const b = await draftPlan(AUTHORITY_B, [{ outcome: 'SELF_CARE_OR_DOMESTIC_ROUTINES', cannotMeetAlone: true, onlyWithCouncilHelp: true }], { significantImpact: null });
    const PLANS = `query($ids: [ID!]!) { plans(ids: $ids) { id contentCheck { rule } } }`;
    expect((await ok(tokens[AUTHORITY_A], PLANS, { ids: [b.planId, a.planId] })).plans).toEqual([null, { id: a.planId, contentCheck: { rule: 'R5' } }]);
    const tooMany = await call(tokens[AUTHORITY_A], PLANS, { ids: Array.from({ length: 101 }, () => a.planId) });
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids' });
  });

  it('R5w a Welsh council’s plan is held to the Welsh content rules', async () => {
    const p = await draftPlan(AUTHORITY_B, [{ outcome: 'SELF_CARE_OR_DOMESTIC_ROUTINES', cannotMeetAlone: true, onlyWithCouncilHelp: true }], { significantImpact: null });
    expect(await missing(tokens[AUTHORITY_B], p.planId)).toEqual({
      rule: 'R5w',
      missing: ['R5w outcomes', 'R5w actions', 'R5w monitoring', 'R5w review', 'R1'].map((id) => ({ id })),
    });
  });
});

describe('R7 joint and combined plans through the gateway', () => {
  it('R7 a joint plan needs both people’s consent; a combined plan names the other plan and its lead', async () => {
    const token = tokens[AUTHORITY_A];
    const p = await draftPlan(AUTHORITY_A, [
      { outcome: 'NUTRITION', unableReasons: ['NEEDS_HELP'] },
      { outcome: 'TOILET_NEEDS', unableReasons: ['NEEDS_HELP'] },
    ]);
    const { createPerson: carer } = await ok(token, `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`, { input: { givenName: 'Sol', familyName: 'Carer', dateOfBirth: '1960-02-02' } });
    const consent = (personId: string, purpose: string) => ok(token, `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`, { input: { personId, purpose, givenOn: '2026-11-01' } });
    const JOINT = `mutation($input: CreatePlanInput!) { createPlan(input: $input) { id jointPerson { id } } }`;
    await consent(p.personId, 'JOINT_PLAN');
    const refused = await call(token, JOINT, { input: { personId: p.personId, jointPersonId: carer.id } });
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'RULE_VIOLATION', rule: 'R7' }, message: expect.stringContaining('the other person') });
    await consent(carer.id, 'JOINT_PLAN');
    expect((await ok(token, JOINT, { input: { personId: p.personId, jointPersonId: carer.id } })).createPlan.jointPerson).toEqual({ id: carer.id });

    const COMBINE = `mutation($input: CombinePlanInput!) { combinePlan(input: $input) { combinedWith leadOrganisation leadProfessional version } }`;
    const input = { id: p.planId, version: p.version, otherPlanType: 'CHILDS_PLAN', leadOrganisation: 'Hackney Children’s Services', leadProfessional: 'Jo Bello, social worker' };
    expect((await call(token, COMBINE, { input })).errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R7' });
    expect((await call(token, COMBINE, { input: { ...input, childConsentBasis: 'CHILD_CONSENTED' } })).errors?.[0]).toMatchObject({ extensions: { rule: 'R7' }, message: expect.stringContaining('combined plan needs the consent') });
    await consent(p.personId, 'COMBINED_PLAN');
    expect((await ok(token, COMBINE, { input: { ...input, childConsentBasis: 'CHILD_CONSENTED' } })).combinePlan).toMatchObject({ combinedWith: 'CHILDS_PLAN', leadOrganisation: 'Hackney Children’s Services' });
  });
});

describe('R10 copies of the plan through the gateway', () => {
  it('R10 R2b a large-print copy to the person, the formats and language not yet available flagged, a copy to a consented recipient only, each recorded', async () => {
    const token = tokens[AUTHORITY_A];
    const p = await draftPlan(AUTHORITY_A, [
      { outcome: 'NUTRITION', unableReasons: ['NEEDS_HELP'] },
      { outcome: 'PERSONAL_HYGIENE', unableReasons: ['NEEDS_HELP'] },
    ]);
    await frontend.communicationNeeds(token, p.personId, { formats: ['LARGE_PRINT', 'BRAILLE'], interpreterRequired: true, language: 'Tigrinya', postOnly: true });
    await ok(token, `mutation($id: ID!) { addPlanOutcome(input: { planId: $id, inOwnWords: "To cook Sunday lunch for my family" }) { id } }`, { id: p.planId });
    await ok(token, `mutation($input: PlanSectionsInput!) { updatePlanSections(input: $input) { id } }`, {
      input: { id: p.planId, version: p.version, contingencyPlan: 'Call the duty team if a visit is missed.', reviewArrangements: 'Review in 8 weeks.' },
    });
    const ISSUE = `mutation($id: ID!, $to: String) { issuePlanCopy(input: { planId: $id, recipient: $to }) { recipient format notYetAvailable languageNotYetAvailable html pdfBase64 } }`;
    const { issuePlanCopy: own } = await ok(token, ISSUE, { id: p.planId });
    expect(own).toMatchObject({ recipient: 'the person', format: 'LARGE_PRINT', notYetAvailable: ['BRAILLE'], languageNotYetAvailable: 'Tigrinya' });
    for (const heading of ['Your care and support plan', 'Your needs', 'What matters to you', 'How your needs will be met', 'Your personal budget', 'If things change or go wrong', 'Reviewing your plan']) {
      expect(own.html).toContain(heading);
    }
    expect(own.html).toContain('<main class="large-print">');
    expect(own.html).toContain('To cook Sunday lunch for my family');
    const pdf = await readPdf(own.pdfBase64);
    expect(pdf).toMatchObject({ lang: 'en', title: 'Your care and support plan' });
    expect(pdf.bookmarks).toEqual(['Your needs', 'What matters to you', 'How your needs will be met', 'Your personal budget', 'If things change or go wrong', 'Reviewing your plan']);

    const gp = 'Dr Patel, Well Street Surgery';
    expect((await call(token, ISSUE, { id: p.planId, to: gp })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'recipient' });
    await ok(token, `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`, { input: { personId: p.personId, purpose: 'SHARE_PLAN_COPY', givenOn: '2026-11-01', recipients: [gp] } });
    expect((await ok(token, ISSUE, { id: p.planId, to: gp })).issuePlanCopy.recipient).toBe(gp);
    const { plan } = await ok(token, `query($id: ID!) { plan(id: $id) { copies { recipient issuedBy } } }`, { id: p.planId });
    expect(plan.copies).toEqual([
      { recipient: 'the person', issuedBy: 'e2e-planner' },
      { recipient: gp, issuedBy: 'e2e-planner' },
    ]);
  });

  it('R10 a Welsh council’s copy has Welsh headings first and is marked as Welsh', async () => {
    const token = tokens[AUTHORITY_B];
    const p = await draftPlan(AUTHORITY_B, [{ outcome: 'SELF_CARE_OR_DOMESTIC_ROUTINES', cannotMeetAlone: true, onlyWithCouncilHelp: true }], { significantImpact: null });
    const { issuePlanCopy } = await ok(token, `mutation($id: ID!) { issuePlanCopy(input: { planId: $id }) { format html pdfBase64 } }`, { id: p.planId });
    const pdf = await readPdf(issuePlanCopy.pdfBase64);
    expect(pdf).toMatchObject({ lang: 'cy', title: 'Eich cynllun gofal a chymorth / Your care and support plan' });
    expect(pdf.bookmarks.slice(0, 4)).toEqual(['Eich anghenion / Your needs', 'Beth sy’n bwysig i chi / What matters to you', 'Sut y caiff eich anghenion eu diwallu / How your needs will be met', 'Eich cyllideb bersonol / Your personal budget']);
    expect(issuePlanCopy.format).toBeNull();
    expect(issuePlanCopy.html).toContain('<html lang="cy">');
    expect(issuePlanCopy.html).toContain('Eich cynllun gofal a chymorth / Your care and support plan');
    expect(issuePlanCopy.html).toContain('Eich anghenion / Your needs');
    expect(issuePlanCopy.html).toContain('Self care or domestic routines');
  });
});

describe('R5 R5w what a copy of the plan shows, through the gateway', () => {
  const COPY = `mutation($id: ID!) { issuePlanCopy(input: { planId: $id }) { html pdfBase64 } }`;
  const SECTIONS = `mutation($input: PlanSectionsInput!) { updatePlanSections(input: $input) { version } }`;

  it('R5 an English copy shows every assessed need: one not eligible, one met by the carer, one the council meets', async () => {
    const token = tokens[AUTHORITY_A];
    const p = await draftPlan(AUTHORITY_A, [
      { outcome: 'NUTRITION', unableReasons: ['NEEDS_HELP'] },
      { outcome: 'FAMILY_AND_PERSONAL_RELATIONSHIPS', unableReasons: ['NEEDS_HELP'], metByCarer: true },
      { outcome: 'TOILET_NEEDS', unableReasons: [] },
    ]);
    await carer(token, p.personId, true);
    const { html } = (await ok(token, COPY, { id: p.planId })).issuePlanCopy;
    expect(html).toContain('<p>Nutrition: an eligible need; the council will meet it.</p>');
    expect(html).toContain('<p>Family and personal relationships: an eligible need; your carer meets it.</p>');
    expect(html).toContain('<p>Toilet needs: not an eligible need.</p>');
  });

  it('R5w a Welsh copy shows what others will do and the conclusion of the adult-at-risk enquiry, in the HTML and the PDF', async () => {
    const token = tokens[AUTHORITY_B];
    const p = await draftPlan(AUTHORITY_B, [{ outcome: 'SELF_CARE_OR_DOMESTIC_ROUTINES', cannotMeetAlone: true, onlyWithCouncilHelp: true }], { significantImpact: null });
    await ok(token, SECTIONS, {
      input: {
        id: p.planId,
        version: p.version,
        actionsByOthers: 'Her son will do the weekly shop.',
        adultAtRiskEnquiry: true,
        adultAtRiskConclusion: 'The enquiry found no further action was needed.',
      },
    });
    const { html, pdfBase64 } = (await ok(token, COPY, { id: p.planId })).issuePlanCopy;
    expect(html).toContain('<h2>Beth fydd eraill yn ei wneud / What others will do</h2>\n<p>Her son will do the weekly shop.</p>');
    expect(html).toContain('<h2>Casgliad yr ymholiad am oedolyn sy’n wynebu risg / What the adult at risk enquiry concluded</h2>\n<p>The enquiry found no further action was needed.</p>');
    expect(html).toContain('Self care or domestic routines: angen cymwys / an eligible need; bydd y cyngor yn ei ddiwallu / the council will meet it.');
    expect((await readPdf(pdfBase64)).bookmarks).toEqual(
      expect.arrayContaining(['Beth fydd eraill yn ei wneud / What others will do', 'Casgliad yr ymholiad am oedolyn sy’n wynebu risg / What the adult at risk enquiry concluded']),
    );
  });
});

describe('the plan lifecycle through the gateway', () => {
  const completePlan = () => frontend.completePlan(tokens[AUTHORITY_A], assessors[AUTHORITY_A]);
  const approverWith = (userId: string, limit: number) => frontend.approver(AUTHORITY_A, userId, limit);

  /** Proposed, submitted and approved by someone whose limit covers it. */
  async function approvedPlan(approver: string) {
    const token = tokens[AUTHORITY_A];
    const p = await completePlan();
    const proposed = await frontend.step(token, 'proposePlan', p.planId, p.version);
    const submitted = await frontend.step(token, 'submitPlanForApproval', p.planId, proposed.version);
    const approved = await frontend.step(approver, 'approvePlan', p.planId, submitted.version);
    return { ...p, version: approved.version as number };
  }

  const FINALISE = `mutation($input: FinaliseBudgetInput!) { finalisePersonalBudget(input: $input) { status version finalWeeklyAmount { pence } weeklyCost { pence } } }`;

  it('R9 R8 proposes with a consideration period, and approval needs a limit covering the annual cost', async () => {
    const token = tokens[AUTHORITY_A];
    const junior = await approverWith('approver-junior', 1_000_000);
    const senior = await approverWith('approver-senior', 2_000_000);
    const p = await completePlan();
    expect((await frontend.attemptStep(token, 'agreePlan', p.planId, p.version)).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT' });
    const proposed = await frontend.step(token, 'proposePlan', p.planId, p.version);
    expect(proposed).toMatchObject({ status: 'PROPOSED', considerationEnds: LocalDate.today().plusDays(14).toString() });
    const submitted = await frontend.step(token, 'submitPlanForApproval', p.planId, proposed.version);
    expect(submitted).toMatchObject({ status: 'AWAITING_APPROVAL', annualCostPence: 32_500 * 52 });
    expect((await ok(senior, `{ plansAwaitingApproval { edges { node { id } } } }`)).plansAwaitingApproval.edges).toContainEqual({ node: { id: p.planId } });
    const tooLow = await frontend.attemptStep(junior, 'approvePlan', p.planId, submitted.version);
    expect(tooLow.errors?.[0]).toMatchObject({ extensions: { code: 'RULE_VIOLATION', rule: 'R8' }, message: expect.stringContaining('£10,000.00') });
    // Two approvals of one version race: exactly one wins.
    const raced = await Promise.all([frontend.attemptStep(senior, 'approvePlan', p.planId, submitted.version), frontend.attemptStep(senior, 'approvePlan', p.planId, submitted.version)]);
    expect(raced.filter((r) => !r.errors).map((r) => r.data!.approvePlan.status)).toEqual(['APPROVED']);
    expect(raced.filter((r) => r.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(1);
    const approved = raced.find((r) => !r.errors)!.data!.approvePlan;
    expect(approved.approvedBy).toBe('approver-senior');
    const readBack = (await ok(token, `query($id: ID!) { plan(id: $id) { approvalRoute approverLimitPence } }`, { id: p.planId })).plan;
    expect(readBack).toEqual({ approvalRoute: 'APPROVER', approverLimitPence: 2_000_000 });

    // Sign-off guards: the budget is still indicative (R11).
    const notFinal = await frontend.attemptStep(token, 'agreePlan', p.planId, approved.version);
    expect(notFinal.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R11' });
    expect(await stack.db.asAdmin(`SELECT status FROM plans.care_and_support_plan WHERE id = $1`, [p.planId])).toEqual([{ status: 'APPROVED' }]);
  });

  it('R8 approval is for the real cost: a final budget beyond what was approved and the approver’s limit goes back for approval', async () => {
    const token = tokens[AUTHORITY_A];
    const tight = await approverWith('approver-tight', 1_700_000);
    const wide = await approverWith('approver-wide', 2_500_000);
    const finance = await tokenFor({ authority: AUTHORITY_A, userId: 'finance-r8', roles: [Role.FINANCE_OFFICER] });
    const p = await approvedPlan(tight);
    const budget = await frontend.costPlan(tokens[AUTHORITY_A], p.planId);
    await ok(finance, FINALISE, { input: { id: budget.id, version: budget.version, finalWeeklyPence: 35_250, explanation: 'Costed at framework rates.' } });
    const beyond = await frontend.attemptStep(token, 'agreePlan', p.planId, p.version);
    expect(beyond.errors?.[0]).toMatchObject({ extensions: { code: 'RULE_VIOLATION', rule: 'R8' }, message: expect.stringContaining('£18,330.00') });
    expect(await stack.db.asAdmin(`SELECT status, version FROM plans.care_and_support_plan WHERE id = $1`, [p.planId])).toEqual([{ status: 'APPROVED', version: p.version }]);

    const again = await frontend.step(token, 'submitPlanForApproval', p.planId, p.version);
    expect(again).toMatchObject({ status: 'AWAITING_APPROVAL', annualCostPence: 35_250 * 52 });
    expect((await frontend.attemptStep(tight, 'approvePlan', p.planId, again.version)).errors?.[0].extensions).toMatchObject({ rule: 'R8' });
    const approved = await frontend.step(wide, 'approvePlan', p.planId, again.version);
    expect((await frontend.step(token, 'agreePlan', p.planId, approved.version)).status).toBe('AGREED');
  });

  it('R11 an item added after the budget was finalised is costed before sign-off: costing it re-opens the budget', async () => {
    const token = tokens[AUTHORITY_A];
    const approver = await approverWith('approver-r11', 5_000_000);
    const finance = await tokenFor({ authority: AUTHORITY_A, userId: 'finance-r11', roles: [Role.FINANCE_OFFICER] });
    const p = await approvedPlan(approver);
    const budget = await frontend.costPlan(tokens[AUTHORITY_A], p.planId);
    await ok(finance, FINALISE, { input: { id: budget.id, version: budget.version, finalWeeklyPence: 35_250, explanation: 'Costed at framework rates.' } });
    const returned = (await ok(approver, `mutation($id: ID!, $v: Int!) { returnPlan(input: { id: $id, version: $v, reasons: "She wants a lunch club as well" }) { version } }`, { id: p.planId, v: p.version })).returnPlan;
    const { plan: before } = await ok(token, `query($id: ID!) { plan(id: $id) { outcomes { id } } }`, { id: p.planId });
    const { addSupportItem } = await ok(token, `mutation($input: AddSupportItemInput!) { addSupportItem(input: $input) { id } }`, {
      input: { planId: p.planId, need: 'NUTRITION', kind: 'COMMISSIONED_PROVIDER', description: 'Lunch club on Tuesdays', provider: 'Age UK Hackney', outcomeIds: [before.outcomes[0].id] },
    });
    const proposed = await frontend.step(token, 'proposePlan', p.planId, returned.version);
    const submitted = await frontend.step(token, 'submitPlanForApproval', p.planId, proposed.version);
    const approved = await frontend.step(approver, 'approvePlan', p.planId, submitted.version);
    const uncosted = await frontend.attemptStep(token, 'agreePlan', p.planId, approved.version);
    expect(uncosted.errors?.[0]).toMatchObject({ extensions: { rule: 'R11' }, message: expect.stringContaining('1 have none') });

    await ok(token, `mutation($input: SetCostLineInput!) { setCostLine(input: $input) { id } }`, {
      input: { budgetId: budget.id, supportItemId: addSupportItem.id, unitCostPence: 1_500, unitType: 'VISIT', plannedUnitsPerWeek: 1 },
    });
    const { personalBudget: reopened } = await ok(token, `query($id: ID!) { personalBudget(id: $id) { status version finalWeeklyAmount { pence } } }`, { id: budget.id });
    expect(reopened).toMatchObject({ status: 'INDICATIVE', finalWeeklyAmount: null });
    await ok(finance, FINALISE, { input: { id: budget.id, version: reopened.version, finalWeeklyPence: 36_750, explanation: 'Costed at framework rates, with the lunch club.' } });
    expect((await frontend.step(token, 'agreePlan', p.planId, approved.version)).status).toBe('AGREED');
  });

  it('R2 a person who lacks capacity to agree the plan does not sign it: an attorney for welfare does, or a recorded best-interests decision', async () => {
    const token = tokens[AUTHORITY_A];
    const approver = await approverWith('approver-r2', 5_000_000);
    const finance = await tokenFor({ authority: AUTHORITY_A, userId: 'finance-r2', roles: [Role.FINANCE_OFFICER] });
    const readyToAgree = async () => {
      const p = await approvedPlan(approver);
      const budget = await frontend.costPlan(tokens[AUTHORITY_A], p.planId);
      await ok(finance, FINALISE, { input: { id: budget.id, version: budget.version, finalWeeklyPence: 35_250, explanation: 'Costed at framework rates.' } });
      await ok(token, `mutation($input: RecordCapacityAssessmentInput!) { recordCapacityAssessment(input: $input) { id } }`, {
        input: { personId: p.personId, decision: 'AGREEING_THE_PLAN', assessedOn: LocalDate.today().toString(), outcome: 'LACKS_CAPACITY', assessorName: 'Test Assessor' },
      });
      return p;
    };
    const AGREE = `mutation($id: ID!, $v: Int!, $party: AgreementParty!, $bi: BestInterestsInput) { agreePlan(input: { id: $id, version: $v, party: $party, bestInterests: $bi }) { status agreedBy bestInterests { consulted reasons } } }`;

    const p = await readyToAgree();
    for (const party of ['PERSON', 'REPRESENTATIVE']) {
      expect((await call(token, AGREE, { id: p.planId, v: p.version, party })).errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R2' });
    }
    expect(await stack.db.asAdmin(`SELECT status FROM plans.care_and_support_plan WHERE id = $1`, [p.planId])).toEqual([{ status: 'APPROVED' }]);
    await ok(token, `mutation($input: RecordRelationshipInput!) { recordRelationship(input: $input) { id } }`, {
      input: { personId: p.personId, kind: 'ATTORNEY', name: 'Ruth Okafor', powerScope: 'HEALTH_AND_WELFARE' },
    });
    expect((await ok(token, AGREE, { id: p.planId, v: p.version, party: 'REPRESENTATIVE' })).agreePlan).toEqual({ status: 'AGREED', agreedBy: 'REPRESENTATIVE', bestInterests: null });

    const q = await readyToAgree();
    const bestInterests = { consulted: ['Dee Okafor (niece)', 'Sam Idowu (advocate)'], reasons: 'The plan keeps him at home with the carers he knows, as he has always wished.' };
    expect((await call(token, AGREE, { id: q.planId, v: q.version, party: 'BEST_INTERESTS', bi: { ...bestInterests, consulted: [] } })).errors?.[0].extensions).toMatchObject({ field: 'bestInterests.consulted' });
    expect((await ok(token, AGREE, { id: q.planId, v: q.version, party: 'BEST_INTERESTS', bi: bestInterests })).agreePlan).toEqual({ status: 'AGREED', agreedBy: 'BEST_INTERESTS', bestInterests });
  });

  it('R9 a council sets its own consideration period; only its team managers, only its own', async () => {
    const token = tokens[AUTHORITY_A];
    const SET = `mutation($days: Int!) { setPlanConsiderationDays(input: { days: $days }) { code planConsiderationDays } }`;
    const manager = await tokenFor({ authority: AUTHORITY_A, userId: 'tm-settings', roles: [Role.TEAM_MANAGER] });
    expect(errorCode(await call(token, SET, { days: 21 }))).toBe('FORBIDDEN');
    expect((await call(manager, SET, { days: 91 })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'days' });
    expect((await ok(manager, SET, { days: 21 })).setPlanConsiderationDays).toEqual({ code: AUTHORITY_A, planConsiderationDays: 21 });
    try {
      const p = await completePlan();
      expect((await frontend.step(token, 'proposePlan', p.planId, p.version)).considerationEnds).toBe(LocalDate.today().plusDays(21).toString());
      expect((await ok(token, `query($code: ID!) { authority(code: $code) { planConsiderationDays } }`, { code: AUTHORITY_B })).authority.planConsiderationDays).toBe(14);
    } finally {
      await ok(manager, SET, { days: 14 });
    }
  });

  it('R9 an approved plan the person will not sign goes back for changes: no dead end', async () => {
    const approver = await approverWith('approver-r9', 5_000_000);
    const p = await approvedPlan(approver);
    const { returnPlan } = await ok(approver, `mutation($id: ID!, $v: Int!) { returnPlan(input: { id: $id, version: $v, reasons: "Mrs Okafor wants the evening call earlier" }) { status } }`, { id: p.planId, v: p.version });
    expect(returnPlan.status).toBe('RETURNED');
  });

  it('R9 the whole journey: draft → propose → approve → final budget → agree → active, then a revision prepared beside the plan in force, which it replaces when agreed', async () => {
    const token = tokens[AUTHORITY_A];
    const approver = await approverWith('approver-journey', 5_000_000);
    const finance = await tokenFor({ authority: AUTHORITY_A, userId: 'finance-1', roles: [Role.FINANCE_OFFICER] });
    const p = await approvedPlan(approver);
    const approved = { version: p.version };

    // R11 end to end: the plan cannot be signed off before its budget is final and sufficient.
    expect((await frontend.attemptStep(token, 'agreePlan', p.planId, approved.version)).errors?.[0].extensions).toMatchObject({ rule: 'R11' });
    const budget = await frontend.costPlan(tokens[AUTHORITY_A], p.planId);
    const short = await call(finance, FINALISE, { input: { id: budget.id, version: budget.version, finalWeeklyPence: 35_000, explanation: 'Costed at framework rates.' } });
    expect(short.errors?.[0]).toMatchObject({ extensions: { code: 'RULE_VIOLATION', rule: 'R11' }, message: expect.stringContaining('£352.50') });
    const { finalisePersonalBudget } = await ok(finance, FINALISE, { input: { id: budget.id, version: budget.version, finalWeeklyPence: 35_250, explanation: 'Costed at framework rates: 15 hours of homecare.' } });
    expect(finalisePersonalBudget).toMatchObject({ status: 'FINAL', finalWeeklyAmount: { pence: 35_250 }, weeklyCost: { pence: 35_250 } });

    // Concurrent sign-off: exactly one succeeds.
    const signOffs = await Promise.all([0, 1].map(() => frontend.attemptStep(token, 'agreePlan', p.planId, approved.version)));
    expect(signOffs.filter((r) => !r.errors).map((r) => r.data!.agreePlan.status)).toEqual(['AGREED']);
    expect(signOffs.filter((r) => r.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(1);
    const agreed = signOffs.find((r) => !r.errors)!.data!.agreePlan;
    expect(await stack.db.asAdmin(`SELECT count(*)::int AS n FROM plans.outbox WHERE type = 'PlanSignedOff' AND data->>'planId' = $1`, [p.planId])).toEqual([{ n: 1 }]);

    const active = await frontend.step(token, 'activatePlan', p.planId, agreed.version);
    expect(active.status).toBe('ACTIVE');
    expect((await ok(token, `{ activePlans { edges { node { id } } } }`)).activePlans.edges).toContainEqual({ node: { id: p.planId } });

    const { revisePlan } = await ok(token, `mutation($id: ID!, $v: Int!) { revisePlan(input: { id: $id, version: $v }) { id status planVersion previousVersionId outcomes { inOwnWords } supportItems { need } } }`, { id: p.planId, v: active.version });
    expect(revisePlan).toMatchObject({ status: 'DRAFT', planVersion: 2, previousVersionId: p.planId, outcomes: [{ inOwnWords: 'To wash and eat well at home' }] });
    expect(revisePlan.supportItems).toHaveLength(2);
    // R9: the agreed plan stays in force while its revision is prepared, and the revision is shown beside it.
    const PLANS = `query($id: ID!) { person(id: $id) { plans { id status planVersion } currentPlan { id revision { id } } } }`;
    const during = (await ok(token, PLANS, { id: p.personId })).person;
    expect(during.plans).toEqual([
      { id: p.planId, status: 'ACTIVE', planVersion: 1 },
      { id: revisePlan.id, status: 'DRAFT', planVersion: 2 },
    ]);
    expect(during.currentPlan).toEqual({ id: p.planId, revision: { id: revisePlan.id } });
    expect(errorCode(await call(token, `mutation($input: PlanSectionsInput!) { updatePlanSections(input: $input) { id } }`, { input: { id: p.planId, version: active.version + 1, contingencyPlan: 'x' } }))).toBe('CONFLICT');
    // One revision at a time.
    expect(errorCode(await frontend.attemptStep(token, 'revisePlan', p.planId, active.version + 1))).toBe('CONFLICT');

    // Agreeing the revision makes it the plan in force; version 1 is kept, as REVISED.
    const { createPersonalBudget: b2 } = await ok(token, `mutation($input: CreatePersonalBudgetInput!) { createPersonalBudget(input: $input) { id } }`, {
      input: { planId: revisePlan.id, indicativeWeeklyPence: 35_250, indicativeExplanation: 'From the council’s resource allocation system for the needs assessed.' },
    });
    const v2Budget = await frontend.costPlan(tokens[AUTHORITY_A], revisePlan.id);
    expect(v2Budget.id).toBe(b2.id);
    await ok(finance, FINALISE, { input: { id: v2Budget.id, version: v2Budget.version, finalWeeklyPence: 35_250 } });
    const v2 = (await ok(token, `query($id: ID!) { plan(id: $id) { version } }`, { id: revisePlan.id })).plan;
    const proposed = await frontend.step(token, 'proposePlan', revisePlan.id, v2.version);
    const submitted = await frontend.step(token, 'submitPlanForApproval', revisePlan.id, proposed.version);
    const approvedV2 = await frontend.step(approver, 'approvePlan', revisePlan.id, submitted.version);
    expect((await frontend.step(token, 'agreePlan', revisePlan.id, approvedV2.version)).status).toBe('AGREED');
    const after = (await ok(token, PLANS, { id: p.personId })).person;
    expect(after.plans).toEqual([
      { id: p.planId, status: 'REVISED', planVersion: 1 },
      { id: revisePlan.id, status: 'AGREED', planVersion: 2 },
    ]);
    expect(after.currentPlan).toEqual({ id: revisePlan.id, revision: null });
    // The day it stopped being in force is kept, for what counts as in force when (analytics, the CLD return).
    const REVISED_ON = `query($id: ID!) { plan(id: $id) { revisedOn } }`;
    expect((await ok(token, REVISED_ON, { id: p.planId })).plan.revisedOn).toBe(LocalDate.today().toString());
    expect((await ok(token, REVISED_ON, { id: revisePlan.id })).plan.revisedOn).toBeNull();
    expect((await ok(token, `query($id: ID!) { plan(id: $id) { agreedBy } }`, { id: revisePlan.id })).plan.agreedBy).toBe('PERSON');
  });

  it('R2a refuses sign-off while an advocate is required and none is recorded', async () => {
    const token = tokens[AUTHORITY_A];
    const approver = await approverWith('approver-advocacy', 5_000_000);
    const finance = await tokenFor({ authority: AUTHORITY_A, userId: 'finance-2', roles: [Role.FINANCE_OFFICER] });
    const p = await approvedPlan(approver);
    const budget = await frontend.costPlan(tokens[AUTHORITY_A], p.planId);
    await ok(finance, FINALISE, { input: { id: budget.id, version: budget.version, finalWeeklyPence: 35_250, explanation: 'Costed at framework rates.' } });
    await ok(token, `mutation($input: RecordAdvocacyFactsInput!) { recordAdvocacyFacts(input: $input) { required } }`, {
      input: { personId: p.personId, difficulties: ['COMMUNICATING'], likelyHospitalStay28Days: false, likelyCareHomeStay8Weeks: false, disagreementAdvocateWouldHelp: false },
    });
    const refused = await frontend.attemptStep(token, 'agreePlan', p.planId, p.version);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R2a' });
    await ok(token, `mutation($input: RecordRelationshipInput!) { recordRelationship(input: $input) { id } }`, {
      input: { personId: p.personId, kind: 'INDEPENDENT_ADVOCATE', name: 'Kit Advocate', organisation: 'POhWER', startedOn: '2026-11-01' },
    });
    // R1: the advocate who attends sign-off is recorded as taking part, on the approved plan.
    const refusedR1 = await frontend.attemptStep(token, 'agreePlan', p.planId, p.version, { party: 'REPRESENTATIVE' });
    expect(refusedR1.errors?.[0]).toMatchObject({ extensions: { code: 'RULE_VIOLATION', rule: 'R5' }, message: expect.stringContaining('the advocate’s involvement in planning [R1]') });
    const involved = await frontend.recordPlanInvolvement(token, p, [{ name: 'Olu Assessed', role: 'PERSON' }, { name: 'Kit Advocate', role: 'INDEPENDENT_ADVOCATE' }]);
    expect((await frontend.step(token, 'agreePlan', p.planId, involved.version, { party: 'REPRESENTATIVE' })).status).toBe('AGREED');
  });

  it('R1 R9 who took part is part of what agreement needs: propose and submit answer with the content check, and the carer’s part can be recorded up to agreement, not after', async () => {
    const token = tokens[AUTHORITY_A];
    const approver = await approverWith('approver-r1', 5_000_000);
    const finance = await tokenFor({ authority: AUTHORITY_A, userId: 'finance-r1', roles: [Role.FINANCE_OFFICER] });
    const p = await completePlan();
    await carer(token, p.personId, false);
    const WITH_CHECK = (mutation: string) => `mutation($id: ID!, $v: Int!) { ${mutation}(input: { id: $id, version: $v }) { status version contentCheck { rule missing { id label } } } }`;
    const carerMissing = { rule: 'R5', missing: [{ id: 'R1', label: 'the carer’s involvement in planning' }] };
    const proposed = (await ok(token, WITH_CHECK('proposePlan'), { id: p.planId, v: p.version })).proposePlan;
    expect(proposed).toMatchObject({ status: 'PROPOSED', contentCheck: carerMissing });
    const submitted = (await ok(token, WITH_CHECK('submitPlanForApproval'), { id: p.planId, v: proposed.version })).submitPlanForApproval;
    expect(submitted).toMatchObject({ status: 'AWAITING_APPROVAL', contentCheck: carerMissing });
    const approved = await frontend.step(approver, 'approvePlan', p.planId, submitted.version);
    const budget = await frontend.costPlan(tokens[AUTHORITY_A], p.planId);
    await ok(finance, FINALISE, { input: { id: budget.id, version: budget.version, finalWeeklyPence: 35_250, explanation: 'Costed at framework rates.' } });

    const refused = await frontend.attemptStep(token, 'agreePlan', p.planId, approved.version);
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'RULE_VIOLATION', rule: 'R5' }, message: expect.stringContaining('the carer’s involvement in planning [R1]') });
    expect(await stack.db.asAdmin(`SELECT status, version FROM plans.care_and_support_plan WHERE id = $1`, [p.planId])).toEqual([{ status: 'APPROVED', version: approved.version }]);

    const involved = await frontend.recordPlanInvolvement(token, { planId: p.planId, version: approved.version }, [
      { name: 'Olu Assessed', role: 'PERSON' },
      { name: 'Ama Assessed', role: 'CARER', relationship: 'granddaughter' },
    ]);
    expect((await ok(token, WITH_CHECK('agreePlan').replace('version: $v }', 'version: $v, party: PERSON }'), { id: p.planId, v: involved.version })).agreePlan).toMatchObject({
      status: 'AGREED',
      contentCheck: { rule: 'R5', missing: [] },
    });
    const late = await call(token, `mutation($input: PlanInvolvementInput!) { recordPlanInvolvement(input: $input) { version } }`, {
      input: { id: p.planId, version: involved.version + 1, involved: [{ name: 'Olu Assessed', role: 'PERSON', how: 'in person', on: LocalDate.today().toString() }] },
    });
    expect(late.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('R9 any change to a plan can answer with its content check, worked out after the change has committed', async () => {
    const token = tokens[AUTHORITY_A];
    const p = await completePlan();
    const SECTIONS = `mutation($input: PlanSectionsInput!) { updatePlanSections(input: $input) { version contingencyPlan contentCheck { rule missing { id } } } }`;
    const cleared = (await ok(token, SECTIONS, { input: { id: p.planId, version: p.version, contingencyPlan: '' } })).updatePlanSections;
    expect(cleared).toMatchObject({ contingencyPlan: null, contentCheck: { rule: 'R5', missing: [{ id: 'R5 contingency' }] } });
    const INVOLVEMENT = `mutation($input: PlanInvolvementInput!) { recordPlanInvolvement(input: $input) { version contentCheck { missing { id } } } }`;
    const involved = (await ok(token, INVOLVEMENT, { input: { id: p.planId, version: cleared.version, involved: [{ name: 'Olu Assessed', role: 'PERSON', how: 'in person', on: LocalDate.today().toString() }] } })).recordPlanInvolvement;
    expect(involved.contentCheck.missing).toEqual([{ id: 'R5 contingency' }]);
    const restored = (await ok(token, SECTIONS, { input: { id: p.planId, version: involved.version, contingencyPlan: 'Call the duty team; a named neighbour has a key.' } })).updatePlanSections;
    expect(restored.contentCheck).toEqual({ rule: 'R5', missing: [] });
    expect(await stack.db.asAdmin(`SELECT contingency_plan FROM plans.care_and_support_plan WHERE id = $1`, [p.planId])).toEqual([{ contingency_plan: 'Call the duty team; a named neighbour has a key.' }]);
  });

  it('R2c planning for a deafblind person involves a deafblind specialist: the content check names it and agreement waits for it', async () => {
    const token = tokens[AUTHORITY_A];
    const approver = await approverWith('approver-r2c', 5_000_000);
    const finance = await tokenFor({ authority: AUTHORITY_A, userId: 'finance-r2c', roles: [Role.FINANCE_OFFICER] });
    const p = await approvedPlan(approver);
    const budget = await frontend.costPlan(tokens[AUTHORITY_A], p.planId);
    await ok(finance, FINALISE, { input: { id: budget.id, version: budget.version, finalWeeklyPence: 35_250, explanation: 'Costed at framework rates.' } });
    await ok(token, `mutation($input: SetCommunicationNeedsInput!) { setCommunicationNeeds(input: $input) { formats } }`, {
      input: { personId: p.personId, formats: ['DEAFBLIND_MANUAL'], interpreterRequired: false, postOnly: false, reviewOn: '2027-11-01' },
    });
    expect(await missing(token, p.planId)).toEqual({ rule: 'R5', missing: [{ id: 'R2c' }] });
    const refused = await frontend.attemptStep(token, 'agreePlan', p.planId, p.version);
    expect(refused.errors?.[0].message).toContain('a deafblind specialist’s involvement in planning [R2c]');
    const involved = await frontend.recordPlanInvolvement(token, p, [
      { name: 'Olu Assessed', role: 'PERSON' },
      { name: 'Jo Guide', role: 'DEAFBLIND_SPECIALIST', relationship: 'Sense deafblind specialist' },
    ]);
    expect(await missing(token, p.planId)).toEqual({ rule: 'R5', missing: [] });
    expect((await frontend.step(token, 'agreePlan', p.planId, involved.version)).status).toBe('AGREED');
  });

  it('R8 money never overflows: a limit beyond a 32-bit Int is kept, a yearly cost that large never breaks the approvers’ queue, and amounts beyond their bounds are refused by field', async () => {
    const token = tokens[AUTHORITY_A];
    const director = await approverWith('approver-director', 5_000_000_000);
    const { practitioners } = await ok(director, `{ practitioners(first: 100) { edges { node { userId approvalLimitPence } } } }`);
    expect(practitioners.edges.map((e: { node: unknown }) => e.node)).toContainEqual({ userId: 'approver-director', approvalLimitPence: 5_000_000_000 });

    const p = await completePlan();
    const proposed = await frontend.step(token, 'proposePlan', p.planId, p.version);
    const submitted = await frontend.step(token, 'submitPlanForApproval', p.planId, proposed.version);
    // A row written before the bounds existed (or by hand) still reads: the queue is never broken by one plan.
    await stack.db.asAdmin(`UPDATE plans.care_and_support_plan SET annual_cost_pence = 3000000000 WHERE id = $1`, [p.planId]);
    const queue = (await ok(director, `{ plansAwaitingApproval(first: 100) { edges { node { id annualCostPence } } } }`)).plansAwaitingApproval.edges.map((e: { node: unknown }) => e.node);
    expect(queue).toContainEqual({ id: p.planId, annualCostPence: 3_000_000_000 });
    expect(await frontend.step(director, 'approvePlan', p.planId, submitted.version)).toMatchObject({ status: 'APPROVED', approvedBy: 'approver-director' });

    const manager = await tokenFor({ authority: AUTHORITY_A, userId: `tm-${AUTHORITY_A}`, roles: [Role.TEAM_MANAGER] });
    const tooHigh = await call(manager, `mutation($input: PractitionerInput!) { createPractitioner(input: $input) { id } }`, {
      input: { userId: 'approver-typo', givenName: 'Appr', familyName: 'Typo', roles: ['TEAM_MANAGER'], approvalLimitPence: 10_000_000_001 },
    });
    expect(tooHigh.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'approvalLimitPence' });
    const fraction = await call(manager, `mutation { createPractitioner(input: { userId: "approver-frac", givenName: "A", familyName: "F", roles: [TEAM_MANAGER], approvalLimitPence: 1.5 }) { id } }`);
    const word = await call(manager, `mutation { createPractitioner(input: { userId: "approver-word", givenName: "A", familyName: "W", roles: [TEAM_MANAGER], approvalLimitPence: "lots" }) { id } }`);
    expect(word.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'approvalLimitPence' });
    expect(fraction.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'approvalLimitPence' });
    const draft = await frontend.draftPlan(token, assessors[AUTHORITY_A], [{ outcome: 'NUTRITION', unableReasons: ['NEEDS_HELP'] }, { outcome: 'PERSONAL_HYGIENE', unableReasons: ['NEEDS_HELP'] }]);
    const budget = await call(token, `mutation($input: CreatePersonalBudgetInput!) { createPersonalBudget(input: $input) { id } }`, {
      input: { planId: draft.planId, indicativeWeeklyPence: 10_000_001, indicativeExplanation: 'A slip of the keyboard: one nought too many.' },
    });
    expect(budget.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'indicativeWeeklyPence' });
    expect(budget.errors?.[0].message).toContain('£100,000.00');
    expect(await stack.db.asAdmin(`SELECT count(*)::int AS n FROM budgets.personal_budget WHERE plan_id = $1`, [draft.planId])).toEqual([{ n: 0 }]);
    expect(await stack.db.asAdmin(`SELECT count(*)::int AS n FROM people.practitioner WHERE user_id IN ('approver-typo', 'approver-frac', 'approver-word')`)).toEqual([{ n: 0 }]);
  });

  it('R8 an unusual plan goes to the panel, which records members with their specialisms, reasons, the wait and who recorded it', async () => {
    const token = tokens[AUTHORITY_A];
    const p = await completePlan();
    const proposed = await frontend.step(token, 'proposePlan', p.planId, p.version);
    const submitted = (await ok(token, `mutation($id: ID!, $v: Int!) { submitPlanForApproval(input: { id: $id, version: $v, unusual: true }) { version } }`, { id: p.planId, v: proposed.version })).submitPlanForApproval;
    const manager = await tokenFor({ authority: AUTHORITY_A, userId: 'panel-chair', roles: [Role.TEAM_MANAGER], approvalLimitPence: 99_999_999 });
    expect((await frontend.attemptStep(manager, 'approvePlan', p.planId, submitted.version)).errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R8' });
    const { recordPanelDecision } = await ok(manager, `mutation($input: PanelDecisionInput!) { recordPanelDecision(input: $input) { status approvalRoute approverLimitPence decisions { kind members { name specialisms } reasons waitedDays recordedBy } } }`, {
      input: {
        planId: p.planId,
        version: submitted.version,
        approved: true,
        members: [{ name: 'Head of Adult Services', role: 'chair', specialisms: ['SENSORY_IMPAIRMENT'] }, { name: 'Finance lead', role: 'finance' }],
        reasons: 'Night support is justified while her husband recovers from surgery.',
      },
    });
    expect(recordPanelDecision).toEqual({
      status: 'APPROVED',
      approvalRoute: 'PANEL',
      approverLimitPence: null,
      decisions: [
        {
          kind: 'PANEL_APPROVED',
          members: [{ name: 'Head of Adult Services', specialisms: ['SENSORY_IMPAIRMENT'] }, { name: 'Finance lead', specialisms: [] }],
          reasons: 'Night support is justified while her husband recovers from surgery.',
          waitedDays: 0,
          recordedBy: 'panel-chair',
        },
      ],
    });
  });

  it('R9 a plan the person declines, or no longer needed, is withdrawn in words: kept as history, never current, out of the worklists; a plan in force is closed, never withdrawn', async () => {
    const token = tokens[AUTHORITY_A];
    const WITHDRAW = `mutation($input: WithdrawPlanInput!) { withdrawPlan(input: $input) { id status version withdrawnOn withdrawalReason withdrawalDetails withdrawnBy } }`;
    const PAST = `{ plansPastConsideration { edges { node { id } } } }`;
    const p = await completePlan();
    const proposed = await frontend.step(token, 'proposePlan', p.planId, p.version);
    await stack.db.asAdmin(`UPDATE plans.care_and_support_plan SET consideration_ends = current_date - 1 WHERE id = $1`, [p.planId]);
    expect((await ok(token, PAST)).plansPastConsideration.edges).toContainEqual({ node: { id: p.planId } });

    // Refused, changing nothing: a death withdraws plans when it is recorded, words are needed, a stale version conflicts.
    const declined = 'Mrs Okafor has decided her daughter will help her instead.';
    const input = { id: p.planId, version: proposed.version, reason: 'PERSON_DECLINED', details: declined };
    expect((await call(token, WITHDRAW, { input: { ...input, reason: 'DIED' } })).errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R9' });
    expect((await call(token, WITHDRAW, { input: { ...input, reason: 'REVISED_PLAN_ENDED' } })).errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R9' });
    expect((await call(token, WITHDRAW, { input: { ...input, details: 'no' } })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'details' });
    expect(errorCode(await call(token, WITHDRAW, { input: { ...input, version: proposed.version - 1 } }))).toBe('CONFLICT');
    const PLAN = `query($id: ID!) { plan(id: $id) { status version withdrawnOn } }`;
    expect((await ok(token, PLAN, { id: p.planId })).plan).toEqual({ status: 'PROPOSED', version: proposed.version, withdrawnOn: null });

    const withdrawn = (await ok(token, WITHDRAW, { input })).withdrawPlan;
    expect(withdrawn).toEqual({
      id: p.planId,
      status: 'WITHDRAWN',
      version: proposed.version + 1,
      withdrawnOn: LocalDate.today().toString(),
      withdrawalReason: 'PERSON_DECLINED',
      withdrawalDetails: declined,
      withdrawnBy: 'e2e-planner',
    });
    expect((await ok(token, PAST)).plansPastConsideration.edges).not.toContainEqual({ node: { id: p.planId } });
    const PERSON = `query($id: ID!) { person(id: $id) { plans { id status } currentPlan { id status revision { id } } } }`;
    expect((await ok(token, PERSON, { id: p.personId })).person).toEqual({ plans: [{ id: p.planId, status: 'WITHDRAWN' }], currentPlan: null });
    // History: nothing more is done with it, and it was withdrawn once.
    expect(errorCode(await frontend.attemptStep(token, 'submitPlanForApproval', p.planId, withdrawn.version))).toBe('CONFLICT');
    expect(errorCode(await call(token, WITHDRAW, { input: { ...input, version: withdrawn.version } }))).toBe('CONFLICT');
    const budgeting = await call(token, `mutation($input: CreatePersonalBudgetInput!) { createPersonalBudget(input: $input) { id } }`, {
      input: { planId: p.planId, indicativeWeeklyPence: 10_000, indicativeExplanation: 'From the council’s resource allocation system.' },
    });
    expect(budgeting.errors?.[0]).toMatchObject({ message: expect.stringContaining('withdrawn'), extensions: { code: 'CONFLICT' } });
    expect(await stack.db.asAdmin(`SELECT count(*)::int AS n FROM plans.outbox WHERE type = 'PlanWithdrawn' AND data->>'planId' = $1`, [p.planId])).toEqual([{ n: 1 }]);

    // A revision no longer needed is withdrawn: the version in force stays as it is, and may be revised again.
    const approver = await approverWith('approver-withdraw', 5_000_000);
    const finance = await tokenFor({ authority: AUTHORITY_A, userId: 'finance-withdraw', roles: [Role.FINANCE_OFFICER] });
    const q = await completePlan();
    const agreed = await frontend.signOff(token, q, approver, finance);
    const active = await frontend.step(token, 'activatePlan', q.planId, agreed.version);
    const revision = await frontend.step(token, 'revisePlan', q.planId, active.version);
    const inForce = { id: q.planId, version: active.version + 1, reason: 'NO_LONGER_NEEDED', details: 'The review found the support right as it is.' };
    expect(errorCode(await call(token, WITHDRAW, { input: inForce }))).toBe('CONFLICT');
    const gone = (await ok(token, WITHDRAW, { input: { ...inForce, id: revision.id, version: revision.version } })).withdrawPlan;
    expect(gone).toMatchObject({ id: revision.id, status: 'WITHDRAWN', withdrawalReason: 'NO_LONGER_NEEDED' });
    expect((await ok(token, PERSON, { id: q.personId })).person.currentPlan).toEqual({ id: q.planId, status: 'ACTIVE', revision: null });
    const again = await frontend.step(token, 'revisePlan', q.planId, active.version + 1);
    expect(again).toMatchObject({ status: 'DRAFT' });
    expect(again.id).not.toBe(revision.id);
    expect((await ok(token, PERSON, { id: q.personId })).person.currentPlan).toEqual({ id: q.planId, status: 'ACTIVE', revision: { id: again.id } });
  });

  it('R9 R22 R12 a new plan agreed after a new assessment replaces the person’s plan of its kind in force, whose revision being prepared is withdrawn: one plan in force at a time, and a lower budget from it is a cut needing reasons', async () => {
    const token = tokens[AUTHORITY_A];
    const approver = await approverWith('approver-replace', 5_000_000);
    const finance = await tokenFor({ authority: AUTHORITY_A, userId: 'finance-replace', roles: [Role.FINANCE_OFFICER] });
    const first = await completePlan();
    const agreed = await frontend.signOff(token, first, approver, finance);
    const active = await frontend.step(token, 'activatePlan', first.planId, agreed.version);
    const revision = await frontend.step(token, 'revisePlan', first.planId, active.version);
    // Their needs changed: a new assessment, and a new plan from it, which leaves the plan in force as it is until agreed.
    const second = await frontend.completePlan(token, assessors[AUTHORITY_A], Nation.ENGLAND, { personId: first.personId });
    const PERSON = `query($id: ID!) { person(id: $id) { plans { id status } currentPlan { id } } }`;
    expect((await ok(token, PERSON, { id: first.personId })).person.currentPlan).toEqual({ id: first.planId });
    expect((await ok(token, `query($id: ID!) { plan(id: $id) { replaces { id } } }`, { id: second.planId })).plan.replaces).toEqual({ id: first.planId });

    // Its budget is lower than the one in force: a cut, so it needs reasons for the person (R12); its own assessment is the reassessment.
    const submitted = await frontend.submitForApproval(token, second);
    const approved = await frontend.step(approver, 'approvePlan', second.planId, submitted.version);
    const COSTING = `query($id: ID!) { plan(id: $id) { supportItems { id } personalBudget { id version } } }`;
    const { plan: costing } = await ok(token, COSTING, { id: second.planId });
    const SET_COST = `mutation($input: SetCostLineInput!) { setCostLine(input: $input) { id } }`;
    for (const item of costing.supportItems) {
      await ok(token, SET_COST, { input: { budgetId: costing.personalBudget.id, supportItemId: item.id, unitCostPence: 2_000, unitType: 'HOUR', plannedUnitsPerWeek: 7.5 } });
    }
    const { personalBudget: budget } = (await ok(token, COSTING, { id: second.planId })).plan;
    const lower = { id: budget.id, version: budget.version, finalWeeklyPence: 30_000 };
    const FINALISE = `mutation($input: FinaliseBudgetInput!) { finalisePersonalBudget(input: $input) { status finalWeeklyAmount { pence } } }`;
    expect((await call(finance, FINALISE, { input: { ...lower, explanation: 'Costed.' } })).errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R12' });
    const why = 'Your new assessment found you need less help with meals, so the weekly budget is lower.';
    expect((await ok(finance, FINALISE, { input: { ...lower, explanation: why } })).finalisePersonalBudget).toEqual({ status: 'FINAL', finalWeeklyAmount: { pence: 30_000 } });
    expect((await frontend.step(token, 'agreePlan', second.planId, approved.version)).status).toBe('AGREED');
    expect((await ok(token, `query($id: ID!) { plan(id: $id) { replaces { id } } }`, { id: second.planId })).plan.replaces).toBeNull();

    const { person } = await ok(token, PERSON, { id: first.personId });
    expect(person.currentPlan).toEqual({ id: second.planId });
    expect(person.plans).toHaveLength(3);
    expect(person.plans).toEqual(expect.arrayContaining([{ id: first.planId, status: 'REVISED' }, { id: revision.id, status: 'WITHDRAWN' }, { id: second.planId, status: 'AGREED' }]));
    expect((await ok(token, `query($id: ID!) { plan(id: $id) { revisedOn } }`, { id: first.planId })).plan.revisedOn).toBe(LocalDate.today().toString());
    const WHY = `query($id: ID!) { plan(id: $id) { withdrawalReason withdrawalDetails } }`;
    expect((await ok(token, WHY, { id: revision.id })).plan).toEqual({
      withdrawalReason: 'REVISED_PLAN_ENDED',
      withdrawalDetails: `Version 1, which this revised, was replaced by another plan agreed on ${LocalDate.today()}.`,
    });
    expect(await stack.db.asAdmin(`SELECT count(*)::int AS n FROM plans.outbox WHERE type = 'PlanRevised' AND data->>'planId' = $1`, [first.planId])).toEqual([{ n: 1 }]);
  });

  it('R9 nothing is agreed with a person whose date of death is recorded, and nothing of the plan changes', async () => {
    const token = tokens[AUTHORITY_A];
    const approver = await approverWith('approver-died', 5_000_000);
    const finance = await tokenFor({ authority: AUTHORITY_A, userId: 'finance-died', roles: [Role.FINANCE_OFFICER] });
    const p = await approvedPlan(approver);
    await frontend.finaliseBudget(token, finance, p.planId);
    const died = LocalDate.today().plusDays(-3).toString();
    await frontend.recordDeath(token, p.personId, died);
    const agreeing = await frontend.attemptStep(token, 'agreePlan', p.planId, p.version);
    expect(agreeing.errors?.[0]).toMatchObject({ message: expect.stringContaining(died), extensions: { code: 'RULE_VIOLATION', rule: 'R9' } });
    expect((await ok(token, `query($id: ID!) { plan(id: $id) { status version } }`, { id: p.planId })).plan).toEqual({ status: 'APPROVED', version: p.version });
  });

  it('R9 records disagreement with reasons; the council’s own signposts complaints', async () => {
    const token = tokens[AUTHORITY_A];
    const p = await completePlan();
    await frontend.step(token, 'proposePlan', p.planId, p.version);
    const D = `mutation($id: ID!, $party: AgreementParty!, $reasons: String!) { recordPlanDisagreement(input: { planId: $id, party: $party, reasons: $reasons }) { party signpostComplaints } }`;
    expect((await ok(token, D, { id: p.planId, party: 'PERSON', reasons: 'The evening visit is too early for me.' })).recordPlanDisagreement).toEqual({ party: 'PERSON', signpostComplaints: false });
    expect((await ok(token, D, { id: p.planId, party: 'COUNCIL', reasons: 'We cannot fund a live-in carer.' })).recordPlanDisagreement).toEqual({ party: 'COUNCIL', signpostComplaints: true });
    expect((await call(token, D, { id: p.planId, party: 'PERSON', reasons: 'no' })).errors?.[0].extensions).toMatchObject({ field: 'reasons' });
    // Past the consideration period without agreement, the plan shows in the follow-up queue.
    const PAST = `{ plansPastConsideration { edges { node { id } } } }`;
    expect((await ok(token, PAST)).plansPastConsideration.edges).not.toContainEqual({ node: { id: p.planId } });
    await stack.db.asAdmin(`UPDATE plans.care_and_support_plan SET consideration_ends = current_date - 1 WHERE id = $1`, [p.planId]);
    expect((await ok(token, PAST)).plansPastConsideration.edges).toContainEqual({ node: { id: p.planId } });
  });
});
