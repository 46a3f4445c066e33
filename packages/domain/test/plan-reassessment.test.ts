import { AssessmentStatus, PlanStatus, RelationshipKind, eligibilitySettled, needWords, planToReviewAfterReassessment, type AssessmentCompletedAgain } from '../src';

const need = (outcome: string, metByCarer = false) => ({ outcome, metByCarer, metByOtherService: false });
const inForce = (needs: string[], status = PlanStatus.ACTIVE, revision: { id: string } | null = null) => ({ id: 'plan', status, revision, supportItems: needs.map((n) => ({ need: n })) });
const assessed = (eligibleNeeds: string[], plan: AssessmentCompletedAgain['plan'], more: Partial<AssessmentCompletedAgain> = {}): AssessmentCompletedAgain => ({
  eligibility: { eligibleNeeds },
  needs: eligibleNeeds.map((n) => need(n)),
  relationships: [],
  plan,
  ...more,
});

describe('R5 R14 a plan follows the assessment it meets', () => {
  it('R5 an assessment’s eligibility counts for its plan only while the assessment stands completed', () => {
    expect(eligibilitySettled({ status: AssessmentStatus.COMPLETED, eligibility: { eligibleNeeds: [] } })).toBe(true);
    expect(eligibilitySettled({ status: AssessmentStatus.IN_PROGRESS, eligibility: { eligibleNeeds: [] } })).toBe(false);
    expect(eligibilitySettled({ status: AssessmentStatus.COMPLETED, eligibility: null })).toBe(false);
    expect(eligibilitySettled(null)).toBe(false);
  });

  it('R14 completed again with an eligible need the plan in force does not meet, or support for one no longer eligible, the plan is reviewed', () => {
    expect(planToReviewAfterReassessment(assessed(['NUTRITION', 'TOILET_NEEDS'], inForce(['NUTRITION'])))).toEqual({
      planId: 'plan',
      details: 'The assessment this plan meets was completed again, with eligible needs the plan does not meet: Toilet needs. Revise the plan (R5(c), R17).',
    });
    expect(planToReviewAfterReassessment(assessed(['NUTRITION'], inForce(['NUTRITION', 'PERSONAL_HYGIENE', 'TOILET_NEEDS'])))?.details).toBe(
      'The assessment this plan meets was completed again, with support for needs no longer eligible: Personal hygiene, Toilet needs. Revise the plan (R5(c), R17).',
    );
  });

  it('R14 R3d nothing to review when the support still matches, a carer meets the new need, the plan is not in force or is being revised, or there is none', () => {
    expect(planToReviewAfterReassessment(assessed(['NUTRITION'], inForce(['NUTRITION'])))).toBeNull();
    const carer = { needs: [need('NUTRITION'), need('TOILET_NEEDS', true)], relationships: [{ kind: RelationshipKind.UNPAID_CARER, willingAndAble: true }] };
    expect(planToReviewAfterReassessment(assessed(['NUTRITION', 'TOILET_NEEDS'], inForce(['NUTRITION']), carer))).toBeNull();
    expect(planToReviewAfterReassessment(assessed(['NUTRITION', 'TOILET_NEEDS'], inForce(['NUTRITION'], PlanStatus.DRAFT)))).toBeNull();
    expect(planToReviewAfterReassessment(assessed(['NUTRITION', 'TOILET_NEEDS'], inForce(['NUTRITION'], PlanStatus.ACTIVE, { id: 'revision' })))).toBeNull();
    expect(planToReviewAfterReassessment(assessed(['NUTRITION'], null))).toBeNull();
  });

  it('R5 a need code reads as words', () => {
    expect(needWords('USING_HOME_SAFELY')).toBe('Using home safely');
  });
});
