import { InvolvementRole, Nation, PlanKind, RelationshipKind, assertInvolvementRecordable, assertPlanContentComplete, PlanStatus, missingPlanContent, type PlanContentFacts, needsTheCouncilMeets } from '../src';

const complete: PlanContentFacts = {
  nation: Nation.ENGLAND,
  kind: PlanKind.CARE_AND_SUPPORT,
  needsFromAssessment: 3,
  eligibilityRecorded: true,
  metNeeds: [{ need: 'NUTRITION', supportItems: 2 }],
  desiredOutcomes: 2,
  supportLinkedToOutcomes: true,
  carerWishesRecorded: false,
  personalBudget: true,
  adviceAndInformation: true,
  usesDirectPayment: true,
  directPaymentDetails: true,
  strengthsAndAssets: true,
  needsMetByCarer: 1,
  needsMetByCarerRecorded: true,
  contingencyPlan: true,
  namedCoordinator: true,
  reviewArrangements: true,
  actionsByCouncilAndOthers: true,
  progressMonitoring: true,
  adultAtRiskEnquiry: true,
  adultAtRiskConclusion: true,
  participants: { involved: [InvolvementRole.PERSON], relationships: [], deafblind: false },
  consents: [],
};

describe('R5 plan content, England', () => {
  it('R5 a complete plan passes', () => {
    expect(missingPlanContent(complete)).toEqual({ rule: 'R5', missing: [] });
    expect(() => assertPlanContentComplete(complete)).not.toThrow();
  });

  it.each([
    ['R5(a)', { needsFromAssessment: 0 }],
    ['R5(b)', { eligibilityRecorded: false }],
    ['R5(c)', { metNeeds: [] }],
    ['R5(c)', { metNeeds: [{ need: 'NUTRITION', supportItems: 0 }] }],
    ['R5(d)', { desiredOutcomes: 0 }],
    ['R5(d)', { supportLinkedToOutcomes: false }],
    ['R5(d) carer', { kind: PlanKind.CARER_SUPPORT }],
    ['R5(e)', { personalBudget: false }],
    ['R5(f)', { adviceAndInformation: false }],
    ['R5(g)', { directPaymentDetails: false }],
    ['R5 strengths', { strengthsAndAssets: false }],
    ['R5 carers', { needsMetByCarerRecorded: false }],
    ['R5 contingency', { contingencyPlan: false }],
    ['R5 coordinator', { namedCoordinator: false }],
    ['R5 review', { reviewArrangements: false }],
  ] as const)('R5 missing %s blocks sign-off and is named in the error', (id, gap) => {
    const facts = { ...complete, ...gap } as PlanContentFacts;
    expect(missingPlanContent(facts).missing.map((m) => m.id)).toEqual([id]);
    expect(() => assertPlanContentComplete(facts)).toThrow(expect.objectContaining({ code: 'RULE_VIOLATION', details: { rule: 'R5' }, message: expect.stringContaining(`[${id}]`) }));
  });

  it('R5 lists every missing item at once', () => {
    const { missing } = missingPlanContent({ ...complete, personalBudget: false, namedCoordinator: false });
    expect(missing.map((m) => m.id)).toEqual(['R5(e)', 'R5 coordinator']);
  });

  it('R5 items that do not apply are not asked for: no direct payment, no carer', () => {
    expect(missingPlanContent({ ...complete, usesDirectPayment: false, directPaymentDetails: false, needsMetByCarer: 0, needsMetByCarerRecorded: false }).missing).toEqual([]);
  });
});

describe('R5w plan content, Wales', () => {
  const wales = { ...complete, nation: Nation.WALES };

  it('R5w a complete Welsh plan passes under R5w, not R5', () => {
    expect(missingPlanContent({ ...wales, strengthsAndAssets: false, namedCoordinator: false })).toEqual({ rule: 'R5w', missing: [] });
  });

  it.each([
    ['R5w eligible needs', { eligibilityRecorded: false }],
    ['R5w outcomes', { desiredOutcomes: 0 }],
    ['R5w actions', { actionsByCouncilAndOthers: false }],
    ['R5w monitoring', { progressMonitoring: false }],
    ['R5w review', { reviewArrangements: false }],
    ['R5w direct payment', { directPaymentDetails: false }],
    ['R5w adult at risk', { adultAtRiskConclusion: false }],
    ['R5w carers', { needsMetByCarerRecorded: false }],
  ] as const)('R5w missing %s blocks sign-off and is named in the error', (id, gap) => {
    const facts = { ...wales, ...gap } as PlanContentFacts;
    expect(missingPlanContent(facts).missing.map((m) => m.id)).toEqual([id]);
    expect(() => assertPlanContentComplete(facts)).toThrow(expect.objectContaining({ details: { rule: 'R5w' }, message: expect.stringContaining(`[${id}]`) }));
  });
});

describe('R3d needs the council meets', () => {
  const needs = [
    { outcome: 'NUTRITION', metByCarer: false, metByOtherService: false },
    { outcome: 'PERSONAL_HYGIENE', metByCarer: false, metByOtherService: true },
    { outcome: 'FAMILY_AND_PERSONAL_RELATIONSHIPS', metByCarer: true, metByOtherService: false },
  ];
  const eligible = needs.map((n) => n.outcome);

  it('R3d a need the NHS meets is never the council’s; one a carer meets is the carer’s only while they are willing and able', () => {
    expect(needsTheCouncilMeets(eligible, needs, true)).toEqual({ councilMeets: ['NUTRITION'], carerMeets: ['FAMILY_AND_PERSONAL_RELATIONSHIPS'] });
    expect(needsTheCouncilMeets(eligible, needs, false)).toEqual({ councilMeets: ['NUTRITION', 'FAMILY_AND_PERSONAL_RELATIONSHIPS'], carerMeets: [] });
  });
});

describe('R1 R2c who took part in planning', () => {
  const withParticipants = (participants: Partial<PlanContentFacts['participants']>, nation = Nation.ENGLAND): PlanContentFacts => ({
    ...complete,
    nation,
    participants: { ...complete.participants, ...participants },
  });

  it.each([Nation.ENGLAND, Nation.WALES])('R1 a plan the person took no part in is not complete (%s), and sign-off says so', (nation) => {
    const facts = withParticipants({ involved: [InvolvementRole.PRACTITIONER] }, nation);
    expect(missingPlanContent(facts).missing).toContainEqual({ id: 'R1', label: 'the person’s involvement in planning' });
    expect(() => assertPlanContentComplete(facts)).toThrow(expect.objectContaining({ message: expect.stringContaining('[R1]') }));
  });

  it('R1 the person’s carer and advocate take part where they have one', () => {
    const facts = withParticipants({ relationships: [RelationshipKind.UNPAID_CARER, RelationshipKind.INDEPENDENT_ADVOCATE, RelationshipKind.GP_PRACTICE] });
    expect(missingPlanContent(facts).missing.map((m) => m.label)).toEqual(['the carer’s involvement in planning', 'the advocate’s involvement in planning']);
    const all = withParticipants({ ...facts.participants, involved: [InvolvementRole.PERSON, InvolvementRole.CARER, InvolvementRole.INDEPENDENT_ADVOCATE] });
    expect(missingPlanContent(all).missing).toEqual([]);
  });

  it('R2c planning for a deafblind person involves a deafblind specialist', () => {
    const facts = withParticipants({ deafblind: true });
    expect(missingPlanContent(facts).missing).toEqual([{ id: 'R2c', label: 'a deafblind specialist’s involvement in planning' }]);
    expect(missingPlanContent(withParticipants({ deafblind: true, involved: [InvolvementRole.PERSON, InvolvementRole.DEAFBLIND_SPECIALIST] })).missing).toEqual([]);
  });

  it('R1 who took part can be recorded up to agreement, not after', () => {
    for (const status of [PlanStatus.DRAFT, PlanStatus.RETURNED, PlanStatus.PROPOSED, PlanStatus.AWAITING_APPROVAL, PlanStatus.APPROVED]) {
      expect(() => assertInvolvementRecordable(status)).not.toThrow();
    }
    for (const status of [PlanStatus.AGREED, PlanStatus.ACTIVE, PlanStatus.CLOSED]) {
      expect(() => assertInvolvementRecordable(status)).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    }
  });
});
