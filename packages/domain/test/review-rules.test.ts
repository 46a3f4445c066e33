import {
  LocalDate,
  Nation,
  ReviewOutcome,
  assertRequestDecision,
  assertReviewOutcome,
  currentMilestone,
  escalates,
  firstPlannedReviewDue,
  nextPlannedReviewDue,
  parseReviewSettings,
  reminderKey,
} from '../src';

const d = (s: string) => LocalDate.parse(s);

describe('R13 planned review schedule', () => {
  it('R13 the first planned review is 8 weeks after sign-off by default, or the authority’s setting', () => {
    expect(firstPlannedReviewDue(d('2026-11-23')).toString()).toBe('2027-01-18');
    expect(firstPlannedReviewDue(d('2026-11-23'), parseReviewSettings({ firstReviewWeeks: 6 })).toString()).toBe('2027-01-04');
    expect(() => parseReviewSettings({ firstReviewWeeks: 20 })).toThrow(expect.objectContaining({ details: { field: 'firstReviewWeeks' } }));
  });

  it.each([
    [null, '2027-11-23'],
    [6, '2027-05-23'],
    [12, '2027-11-23'],
    [18, '2027-11-23'],
  ])('R13 after a review, agreed frequency %s months gives %s (never more than 12 months)', (agreed, due) => {
    expect(nextPlannedReviewDue(d('2026-11-23'), agreed).toString()).toBe(due);
  });

  it('R13 an authority may review more often than yearly, never less', () => {
    expect(nextPlannedReviewDue(d('2026-11-23'), null, parseReviewSettings({ maxMonthsBetweenReviews: 9 })).toString()).toBe('2027-08-23');
    expect(() => parseReviewSettings({ maxMonthsBetweenReviews: 13 })).toThrow(expect.objectContaining({ details: { field: 'maxMonthsBetweenReviews' } }));
  });
});

describe('R15 requested reviews', () => {
  it('R15 a refusal needs written reasons; an acceptance does not', () => {
    expect(() => assertRequestDecision(false, 'no')).toThrow(expect.objectContaining({ code: 'RULE_VIOLATION', details: { rule: 'R15' } }));
    expect(() => assertRequestDecision(false, 'Your plan was reviewed last week and nothing has changed since.')).not.toThrow();
    expect(() => assertRequestDecision(true, null)).not.toThrow();
  });
});

describe('R16 R17 review outcomes', () => {
  const close = { outcome: ReviewOutcome.CLOSE, closureReasons: 'Needs are now met by the NHS continuing care package.', otherHelp: 'Age UK information line and the carers centre remain available to you.' };

  it.each([
    [Nation.ENGLAND, ReviewOutcome.NO_CHANGE, true],
    [Nation.ENGLAND, ReviewOutcome.CONFIRM, false],
    [Nation.WALES, ReviewOutcome.CONFIRM, true],
    [Nation.WALES, ReviewOutcome.NO_CHANGE, false],
  ])('R17 %s: %s is %s', (nation, outcome, allowed) => {
    const check = () => assertReviewOutcome(nation, { outcome });
    if (allowed) expect(check).not.toThrow();
    else expect(check).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field: 'outcome' } }));
  });

  it('R17 a revision links the new plan version, and the reassessment where needs changed', () => {
    expect(() => assertReviewOutcome(Nation.ENGLAND, { outcome: ReviewOutcome.REVISE })).toThrow(expect.objectContaining({ details: { rule: 'R17' } }));
    expect(() => assertReviewOutcome(Nation.ENGLAND, { outcome: ReviewOutcome.REVISE, newPlanId: 'p2', needsChanged: true })).toThrow(/reassessment/);
    expect(() => assertReviewOutcome(Nation.ENGLAND, { outcome: ReviewOutcome.REVISE, newPlanId: 'p2', needsChanged: true, reassessmentId: 'a2' })).not.toThrow();
  });

  it('R17 closing records reasons and other help; in Wales a closure statement too', () => {
    expect(() => assertReviewOutcome(Nation.ENGLAND, close)).not.toThrow();
    expect(() => assertReviewOutcome(Nation.ENGLAND, { ...close, otherHelp: '' })).toThrow(/other help/);
    expect(() => assertReviewOutcome(Nation.WALES, close)).toThrow(/closure statement/);
    expect(() => assertReviewOutcome(Nation.WALES, { ...close, closureStatement: 'Gwen’s outcomes of staying at home safely were achieved.' })).not.toThrow();
  });
});

describe('R18 reminder milestones', () => {
  const due = d('2027-01-31');
  it.each([
    ['2026-12-01', null],
    ['2027-01-03', 'BEFORE_28'],
    ['2027-01-24', 'BEFORE_7'],
    ['2027-01-30', 'BEFORE_7'],
    ['2027-01-31', 'DUE'],
    ['2027-02-01', 'OVERDUE_1'],
    ['2027-02-07', 'OVERDUE_1'],
    ['2027-02-08', 'OVERDUE_2'],
  ])('R18 on %s the milestone is %s', (today, milestone) => {
    expect(currentMilestone(due, d(today))).toBe(milestone);
  });

  it('R18 overdue escalates; each milestone has one key per review and due date, with no colon', () => {
    expect(escalates('OVERDUE_2')).toBe(true);
    expect(escalates('BEFORE_7')).toBe(false);
    const key = reminderKey('0b1c', 'BEFORE_7', due);
    expect(key).toBe('reminder-0b1c-BEFORE_7-2027-01-31');
    expect(key).not.toContain(':');
  });
});
