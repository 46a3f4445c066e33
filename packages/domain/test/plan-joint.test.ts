import { ChildConsentBasis, Nation, OtherPlanType, assertPlanConsents, parseCombinedPlan } from '../src';

const combined = { otherPlanType: OtherPlanType.HEALTH_PLAN, leadOrganisation: 'Homerton Hospital', leadProfessional: 'Dr Ade, community matron' };

describe('R7 joint and combined plans', () => {
  it('R7 a joint plan needs both people’s consent', () => {
    expect(() => assertPlanConsents('joint', [{ who: 'the person', stands: true }, { who: 'the carer', stands: true }])).not.toThrow();
    expect(() => assertPlanConsents('joint', [{ who: 'the person', stands: true }, { who: 'the carer', stands: false }])).toThrow(
      expect.objectContaining({ code: 'RULE_VIOLATION', details: { rule: 'R7' }, message: expect.stringContaining('the carer') }),
    );
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
