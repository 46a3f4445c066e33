import {
  ChildConsentBasis,
  ConsentPurpose,
  InvolvementRole,
  Nation,
  OtherPlanType,
  PlanClosureReason,
  PlanKind,
  PlanStatus,
  assertPlanConsents,
  jointPeopleOfPlansEndedByDeath,
  jointPlansLosingOtherPerson,
  missingPlanContent,
  parseCombinedPlan,
  planConsents,
  plansLosingConsent,
  ownPlansAfterJointPlanEnded,
} from '../src';

const JOINT = [{ purpose: ConsentPurpose.JOINT_PLAN, stands: true }];
const COMBINED = [{ purpose: ConsentPurpose.COMBINED_PLAN, stands: true }];
const WITHDRAWN = (purpose: ConsentPurpose) => [{ purpose, stands: false }];

const combined = { otherPlanType: OtherPlanType.HEALTH_PLAN, leadOrganisation: 'Homerton Hospital', leadProfessional: 'Dr Ade, community matron' };

describe('R7 joint and combined plans', () => {
  it('R7 a joint plan needs both people’s consent', () => {
    expect(() => assertPlanConsents(planConsents({ joint: true, combined: false }, JOINT, JOINT))).not.toThrow();
    expect(() => assertPlanConsents(planConsents({ joint: true, combined: false }, JOINT, []))).toThrow(
      expect.objectContaining({ code: 'RULE_VIOLATION', details: { rule: 'R7' }, message: 'a joint plan needs the consent of the other person; record it first' }),
    );
    expect(() => assertPlanConsents(planConsents({ joint: false, combined: true }, JOINT, null))).toThrow(expect.objectContaining({ message: expect.stringContaining('a combined plan needs the consent of the person') }));
    expect(planConsents({ joint: false, combined: false }, [], null)).toEqual([]);
  });

  it('R7 a consent a joint or combined plan rests on, withdrawn before sign-off, is missing from its content check', () => {
    const facts = {
      nation: Nation.ENGLAND,
      kind: PlanKind.CARE_AND_SUPPORT,
      needsFromAssessment: 1,
      eligibilityRecorded: true,
      metNeeds: [{ need: 'NUTRITION', supportItems: 1 }],
      desiredOutcomes: 1,
      supportLinkedToOutcomes: true,
      carerWishesRecorded: false,
      personalBudget: true,
      adviceAndInformation: true,
      usesDirectPayment: false,
      directPaymentDetails: false,
      strengthsAndAssets: true,
      needsMetByCarer: 0,
      needsMetByCarerRecorded: false,
      contingencyPlan: true,
      namedCoordinator: true,
      reviewArrangements: true,
      actionsByCouncilAndOthers: false,
      progressMonitoring: false,
      adultAtRiskEnquiry: false,
      adultAtRiskConclusion: false,
      participants: { involved: [InvolvementRole.PERSON], relationships: [], deafblind: false },
    };
    const both = planConsents({ joint: true, combined: true }, [...WITHDRAWN(ConsentPurpose.JOINT_PLAN), ...COMBINED], JOINT);
    expect(missingPlanContent({ ...facts, consents: both }).missing).toEqual([{ id: 'R7', label: 'the consent of the person to a joint plan, or the plan separated' }]);
    expect(missingPlanContent({ ...facts, consents: planConsents({ joint: true, combined: true }, [...JOINT, ...COMBINED], JOINT) }).missing).toEqual([]);
  });

  it('R7 R14 a consent withdrawn reviews the plans in force that rested on it, unless another of the same purpose stands', () => {
    const plan = (id: string, status: PlanStatus, joint: boolean, combined: boolean) => ({ id, status, closureReason: null, jointPerson: joint ? { id: 'carer' } : null, combinedWith: combined ? OtherPlanType.HEALTH_PLAN : null });
    const person = {
      consents: WITHDRAWN(ConsentPurpose.JOINT_PLAN),
      plans: [plan('joint', PlanStatus.ACTIVE, true, false), plan('draft', PlanStatus.DRAFT, true, false), plan('combined', PlanStatus.AGREED, false, true), plan('alone', PlanStatus.ACTIVE, false, false)],
      jointPlans: [{ id: 'theirs', status: PlanStatus.UNDER_REVIEW }, { id: 'old', status: PlanStatus.REVISED }],
    };
    expect(plansLosingConsent(ConsentPurpose.JOINT_PLAN, person)).toEqual([
      { planId: 'joint', details: expect.stringContaining('The person withdrew their consent to a joint plan') },
      { planId: 'theirs', details: expect.stringContaining('The other person of this joint plan withdrew their consent') },
    ]);
    expect(plansLosingConsent(ConsentPurpose.COMBINED_PLAN, person)).toEqual([{ planId: 'combined', details: expect.stringContaining('a combined plan') }]);
    expect(plansLosingConsent(ConsentPurpose.JOINT_PLAN, { ...person, consents: [...person.consents, ...JOINT] })).toEqual([]);
    expect(plansLosingConsent(ConsentPurpose.SHARE_PLAN_COPY, person)).toEqual([]);
  });

  it('R7 R14 the joint plans in force of others a person who died or moved away was the other person of are reviewed', () => {
    expect(jointPlansLosingOtherPerson([{ id: 'in-force', status: PlanStatus.ACTIVE }, { id: 'closed', status: PlanStatus.CLOSED }], 'died on 2026-11-20')).toEqual([
      { planId: 'in-force', details: 'The other person of this joint plan died on 2026-11-20.' },
    ]);
  });

  it('R7 R14 when the person of a joint plan dies, its other person’s own plans in force are reviewed', () => {
    const plan = (id: string, status: PlanStatus, closureReason: PlanClosureReason | null, jointPerson: string | null) => ({ id, status, closureReason, jointPerson: jointPerson ? { id: jointPerson } : null });
    const theirs = [
      plan('in-force', PlanStatus.ACTIVE, null, 'sol'),
      plan('closed-by-death', PlanStatus.CLOSED, PlanClosureReason.DIED, 'ada'),
      plan('again', PlanStatus.AGREED, null, 'sol'),
      plan('closed-before', PlanStatus.CLOSED, PlanClosureReason.AFTER_REVIEW, 'kit'),
      plan('own', PlanStatus.ACTIVE, null, null),
    ];
    expect(jointPeopleOfPlansEndedByDeath(theirs)).toEqual(['sol', 'ada']);
    expect(ownPlansAfterJointPlanEnded([{ id: 'solo', status: PlanStatus.ACTIVE }, { id: 'old', status: PlanStatus.REVISED }], '2026-11-20')).toEqual([
      { planId: 'solo', details: 'The person whose joint plan they shared died on 2026-11-20: the support that plan gave them ended with it.' },
    ]);
  });

  it('R7 a combined plan names the other plan, the lead organisation and the lead professional', () => {
    expect(parseCombinedPlan(Nation.ENGLAND, { ...combined, otherPlanReference: ' CHC-123 ' })).toMatchObject({ otherPlanReference: 'CHC-123', leadOrganisation: 'Homerton Hospital' });
    expect(() => parseCombinedPlan(Nation.ENGLAND, { ...combined, leadProfessional: ' ' })).toThrow(expect.objectContaining({ details: { field: 'leadProfessional' } }));
  });

  it('R7 a child’s plan is combined only with the child’s consent or in their best interests', () => {
    const child = { ...combined, otherPlanType: OtherPlanType.CHILDS_PLAN };
    expect(() => parseCombinedPlan(Nation.ENGLAND, child)).toThrow(expect.objectContaining({ details: { rule: 'R7' } }));
    expect(parseCombinedPlan(Nation.ENGLAND, { ...child, childConsentBasis: ChildConsentBasis.BEST_INTERESTS }).childConsentBasis).toBe(ChildConsentBasis.BEST_INTERESTS);
  });

  it('R7 a Care and Treatment Plan is Welsh', () => {
    const ctp = { ...combined, otherPlanType: OtherPlanType.CARE_AND_TREATMENT_PLAN };
    expect(() => parseCombinedPlan(Nation.ENGLAND, ctp)).toThrow(expect.objectContaining({ details: { field: 'otherPlanType' } }));
    expect(parseCombinedPlan(Nation.WALES, ctp).otherPlanType).toBe(OtherPlanType.CARE_AND_TREATMENT_PLAN);
  });
});
