import { AssessmentStatus, assertAssessmentEditable, assertAssessmentTransition } from '../src';

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
});
