import { AssessmentStatus, assertAssessmentEditable, assertAssessmentTransition, assertPersonToAssess, assessmentAfterDeath } from '../src';

const { REQUESTED, IN_PROGRESS, COMPLETED, WITHDRAWN } = AssessmentStatus;

describe('assessment lifecycle', () => {
  it.each([
    [REQUESTED, IN_PROGRESS],
    [REQUESTED, WITHDRAWN],
    [IN_PROGRESS, COMPLETED],
    [IN_PROGRESS, WITHDRAWN],
    [COMPLETED, IN_PROGRESS],
  ])('allows %s → %s', (from, to) => {
    expect(() => assertAssessmentTransition(from, to)).not.toThrow();
  });

  it.each([
    [REQUESTED, COMPLETED],
    [COMPLETED, COMPLETED],
    [COMPLETED, WITHDRAWN],
    [WITHDRAWN, IN_PROGRESS],
    [IN_PROGRESS, IN_PROGRESS],
  ])('refuses %s → %s as a CONFLICT', (from, to) => {
    expect(() => assertAssessmentTransition(from, to)).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
  });

  it('allows editing only while in progress; a completed assessment must be reopened first', () => {
    expect(() => assertAssessmentEditable(IN_PROGRESS)).not.toThrow();
    expect(() => assertAssessmentEditable(COMPLETED)).toThrow(/reopen it/);
    expect(() => assertAssessmentEditable(REQUESTED)).toThrow(/start the assessment/);
    expect(() => assertAssessmentEditable(WITHDRAWN)).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
  });

  it('R17 an assessment follows the date of death: withdrawn on it while not completed, moved with it when corrected, back as it was when it is removed as recorded in error', () => {
    const open = (status: AssessmentStatus) => ({ status, withdrawnOn: null, withdrawnReason: null, withdrawnFrom: null });
    expect(assessmentAfterDeath(open(IN_PROGRESS), '2026-11-20')).toEqual({ change: 'WITHDRAW', to: { status: WITHDRAWN, withdrawnOn: '2026-11-20', withdrawnReason: 'The person died on 2026-11-20.', withdrawnFrom: IN_PROGRESS } });
    expect(assessmentAfterDeath(open(REQUESTED), '2026-11-20')?.to.withdrawnFrom).toBe(REQUESTED);
    expect(assessmentAfterDeath(open(COMPLETED), '2026-11-20')).toBeNull();
    expect(assessmentAfterDeath(open(IN_PROGRESS), null)).toBeNull();
    const byDeath = { status: WITHDRAWN, withdrawnOn: '2026-11-20', withdrawnReason: 'The person died on 2026-11-20.', withdrawnFrom: REQUESTED };
    expect(assessmentAfterDeath(byDeath, '2026-11-20')).toBeNull();
    expect(assessmentAfterDeath(byDeath, '2026-11-17')).toEqual({ change: 'REDATE', to: { withdrawnOn: '2026-11-17', withdrawnReason: 'The person died on 2026-11-17.', withdrawnFrom: REQUESTED } });
    expect(assessmentAfterDeath(byDeath, null)).toEqual({ change: 'REINSTATE', to: { status: REQUESTED, withdrawnOn: null, withdrawnReason: null, withdrawnFrom: null } });
    // One withdrawn by hand is the practitioner's: a death, or its correction, leaves it alone.
    const byHand = { status: WITHDRAWN, withdrawnOn: '2026-11-02', withdrawnReason: 'She arranged her own care.', withdrawnFrom: null };
    expect(assessmentAfterDeath(byHand, '2026-11-20')).toBeNull();
    expect(assessmentAfterDeath(byHand, null)).toBeNull();
  });

  it('R17 nothing is assessed for a person whose date of death is recorded', () => {
    expect(() => assertPersonToAssess({ dateOfDeath: null })).not.toThrow();
    expect(() => assertPersonToAssess({ dateOfDeath: '2026-11-20' })).toThrow(expect.objectContaining({ code: 'CONFLICT', message: expect.stringContaining('2026-11-20') }));
  });
});
