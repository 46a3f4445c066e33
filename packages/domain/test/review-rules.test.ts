import {
  InformationFormat,
  LocalDate,
  Nation,
  PlanStatus,
  RelationshipKind,
  ReviewOutcome,
  ReviewRequester,
  UnplannedTrigger,
  assertOutcomeAnswersReview,
  assertPlanInForce,
  assertRequestDecision,
  assertReviewOutcome,
  assertRevisionLinks,
  outcomeRecord,
  type LinkedRecord,
  currentMilestone,
  escalates,
  firstPlannedReviewDue,
  nextPlannedReviewDue,
  parseRequestDecision,
  parseReviewRequest,
  parseReviewSettings,
  parseUnplannedReview,
  refusalCopies,
  reminderKey,
  renderRequestRefusalLetter,
  requestedReviewDue,
  requesterName,
  type RequestRefusalLetter,
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

describe('R14 unplanned reviews', () => {
  const today = d('2026-11-23');

  it('R14 an unplanned review is due 14 days after it is asked for unless an earlier or later date is set', () => {
    expect(parseUnplannedReview({ trigger: UnplannedTrigger.HOSPITAL_ADMISSION }, today)).toEqual({ trigger: UnplannedTrigger.HOSPITAL_ADMISSION, details: null, dueDate: d('2026-12-07') });
    expect(parseUnplannedReview({ trigger: UnplannedTrigger.SAFEGUARDING_CONCERN, dueDate: '2026-11-25' }, today).dueDate.toString()).toBe('2026-11-25');
  });

  it.each([
    ['2026-11-22', 'before today'],
    ['2027-02-24', 'more than 3 months ahead'],
    ['26/11/2026', 'not a date'],
  ])('R14 refuses due date %s (%s)', (dueDate) => {
    expect(() => parseUnplannedReview({ trigger: UnplannedTrigger.PROVIDER_FAILURE, dueDate }, today)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field: 'dueDate' } }));
  });

  it('R14 an OTHER change must be described; the named triggers need no words', () => {
    expect(() => parseUnplannedReview({ trigger: UnplannedTrigger.OTHER, details: '  ' }, today)).toThrow(expect.objectContaining({ details: { field: 'details' } }));
    expect(parseUnplannedReview({ trigger: UnplannedTrigger.OTHER, details: ' Moved in with her son. ' }, today).details).toBe('Moved in with her son.');
  });

  it.each([
    [PlanStatus.AGREED, true],
    [PlanStatus.ACTIVE, true],
    [PlanStatus.UNDER_REVIEW, true],
    [PlanStatus.DRAFT, false],
    [PlanStatus.REVISED, false],
    [PlanStatus.CLOSED, false],
  ])('R14 R15 a %s plan is reviewed: %s', (status, reviewed) => {
    if (reviewed) expect(() => assertPlanInForce(status)).not.toThrow();
    else expect(() => assertPlanInForce(status)).toThrow(expect.objectContaining({ details: { field: 'planId' } }));
  });
});

describe('R15 requested reviews', () => {
  const today = d('2026-11-23');

  it('R15 a refusal needs written reasons; an acceptance does not', () => {
    expect(() => assertRequestDecision(false, 'no')).toThrow(expect.objectContaining({ code: 'RULE_VIOLATION', details: { rule: 'R15' } }));
    expect(() => assertRequestDecision(false, 'Your plan was reviewed last week and nothing has changed since.')).not.toThrow();
    expect(() => assertRequestDecision(true, null)).not.toThrow();
    expect(() => parseRequestDecision({ accept: false, reasons: '' }, today, today)).toThrow(expect.objectContaining({ details: { rule: 'R15' } }));
  });

  it('R15 a request is met within 28 days of being made by default, however late it is decided', () => {
    expect(requestedReviewDue(d('2026-11-20')).toString()).toBe('2026-12-18');
    expect(parseRequestDecision({ accept: true }, d('2026-11-20'), d('2026-12-01'))).toEqual({ reasons: null, dueDate: d('2026-12-18') });
    expect(parseRequestDecision({ accept: true, dueDate: '2027-01-05' }, d('2026-11-20'), today).dueDate!.toString()).toBe('2027-01-05');
    expect(() => parseRequestDecision({ accept: true, dueDate: '2026-11-01' }, d('2026-11-20'), today)).toThrow(expect.objectContaining({ details: { field: 'dueDate' } }));
  });

  it('R15 a refusal has no due date and an acceptance sends no letter', () => {
    const reasons = 'Your plan was reviewed last week and nothing has changed since.';
    expect(parseRequestDecision({ accept: false, reasons }, today, today)).toEqual({ reasons, dueDate: null });
    expect(() => parseRequestDecision({ accept: false, reasons, dueDate: '2026-12-01' }, today, today)).toThrow(expect.objectContaining({ details: { field: 'dueDate' } }));
    expect(() => parseRequestDecision({ accept: true, copyToAdvocate: true }, today, today)).toThrow(expect.objectContaining({ details: { field: 'copyToAdvocate' } }));
  });

  it('R15 a request is dated no later than today and says what was asked', () => {
    const request = { requestedBy: ReviewRequester.PERSON, requestedOn: '2026-11-20', details: 'My knee is worse and I cannot manage the stairs.' };
    expect(parseReviewRequest(request, today)).toEqual({ ...request, requestedOn: d('2026-11-20') });
    expect(() => parseReviewRequest({ ...request, requestedOn: '2026-11-24' }, today)).toThrow(expect.objectContaining({ details: { field: 'requestedOn' } }));
    expect(() => parseReviewRequest({ ...request, details: ' ' }, today)).toThrow(expect.objectContaining({ details: { field: 'details' } }));
  });

  it('R15 a carer or advocate who asks is one on the person’s record', () => {
    const around = [
      { kind: RelationshipKind.UNPAID_CARER, name: 'Chris Carer' },
      { kind: RelationshipKind.INDEPENDENT_ADVOCATE, name: 'Dee Advocate' },
      { kind: RelationshipKind.GP_PRACTICE, name: 'Mare Street Surgery' },
    ];
    expect(requesterName(ReviewRequester.PERSON, null, around)).toBeNull();
    expect(requesterName(ReviewRequester.CARER, null, around)).toBe('Chris Carer');
    expect(requesterName(ReviewRequester.ADVOCATE, 'dee advocate', around)).toBe('Dee Advocate');
    expect(() => requesterName(ReviewRequester.CARER, 'Mare Street Surgery', around)).toThrow(expect.objectContaining({ details: { field: 'requesterName' } }));
    expect(() => requesterName(ReviewRequester.CARER, null, [...around, { kind: RelationshipKind.UNPAID_CARER, name: 'Pat' }])).toThrow(expect.objectContaining({ details: { field: 'requesterName' } }));
    expect(() => requesterName(ReviewRequester.ADVOCATE, null, [])).toThrow(expect.objectContaining({ details: { field: 'requestedBy' } }));
  });

  it('R15 the refusal is copied to whoever asked and, when the person asks, their advocate, once each', () => {
    const advocate = { name: 'Dee Advocate' };
    expect(refusalCopies(ReviewRequester.PERSON, null, false, advocate)).toEqual([]);
    expect(refusalCopies(ReviewRequester.CARER, 'Chris Carer', true, advocate)).toEqual(['Chris Carer (carer)', 'Dee Advocate (independent advocate)']);
    expect(refusalCopies(ReviewRequester.ADVOCATE, 'Dee Advocate', true, advocate)).toEqual(['Dee Advocate (independent advocate)']);
    expect(() => refusalCopies(ReviewRequester.PERSON, null, true, null)).toThrow(expect.objectContaining({ details: { field: 'copyToAdvocate' } }));
  });

  const letter: RequestRefusalLetter = {
    council: 'London Borough of Hackney',
    nation: Nation.ENGLAND,
    addressee: 'Maggie',
    decidedOn: '2026-11-23',
    requestedOn: '2026-11-20',
    requestedBy: ReviewRequester.CARER,
    requesterName: 'Chris Carer',
    reasons: 'Your plan was reviewed on 10 November. Nothing has changed since then.',
    copiesTo: ['Chris Carer (carer)', 'Dee Advocate (independent advocate)'],
  };

  it('R15 R2b an easy read refusal: plain words, one idea a line, who asked, and that they may ask again', () => {
    const out = renderRequestRefusalLetter(letter, { formats: [InformationFormat.EASY_READ] });
    expect(out).toMatchObject({ format: InformationFormat.EASY_READ, notYetAvailable: [] });
    expect(out.html).toContain('<main class="easy-read">');
    expect(out.html).toContain('<li>Nothing has changed since then.</li>');
    expect(out.html).toContain('On 2026-11-20 your carer, Chris Carer, asked us to look at your care and support plan again.');
    expect(out.html).toContain('You can ask us again at any time.');
    expect(out.html).toContain('If you do not agree');
    expect(out.html).toContain('Copy to: Chris Carer (carer), Dee Advocate (independent advocate)');
  });

  it('R15 R2b a large print refusal, with formats not yet produced flagged', () => {
    const out = renderRequestRefusalLetter({ ...letter, requestedBy: ReviewRequester.PERSON, requesterName: null, copiesTo: [] }, { formats: [InformationFormat.AUDIO, InformationFormat.LARGE_PRINT] });
    expect(out).toMatchObject({ format: InformationFormat.LARGE_PRINT, notYetAvailable: [InformationFormat.AUDIO] });
    expect(out.html).toMatch(/font-size:20pt/);
    expect(out.html).toContain('On 2026-11-20 you asked us to review your care and support plan.');
    expect(out.html).toContain('<h2>Our reasons</h2>');
    expect(out.html).toContain('<p>Dear Maggie,</p>');
    expect(out.html).not.toContain('Copy to');
  });

  it('R15 R2b a Welsh council’s refusal is in Welsh first, then English, whoever asked and in either layout; the reasons as written', () => {
    const cases = [
      [letter, [], 'Ar 2026-11-20 gofynnodd eich gofalwr, Chris Carer, i ni adolygu eich cynllun gofal a chymorth.', 'On 2026-11-20 your carer, Chris Carer, asked us to review your care and support plan.'],
      [{ ...letter, requestedBy: ReviewRequester.PERSON, requesterName: null }, [InformationFormat.EASY_READ], 'Ar 2026-11-20 gofynnoch chi i ni edrych ar eich cynllun gofal a chymorth eto.', 'On 2026-11-20 you asked us to look at your care and support plan again.'],
    ] as const;
    for (const [asked, formats, welsh, english] of cases) {
      const { html, languageNotYetAvailable } = renderRequestRefusalLetter({ ...asked, council: 'Cardiff Council', nation: Nation.WALES }, { formats: [...formats], language: 'Welsh' });
      expect(languageNotYetAvailable).toBeNull();
      expect(html).toContain('<html lang="cy">');
      expect(html.indexOf(welsh)).toBeGreaterThan(0);
      expect(html.indexOf(english)).toBeGreaterThan(html.indexOf(welsh));
      for (const heading of html.match(/<h[12]>[^<]*<\/h[12]>/g)!) expect(heading).toContain(' / ');
      expect(html).toContain('Nothing has changed since then.');
    }
    expect(renderRequestRefusalLetter(letter, { formats: [], language: 'Welsh' }).languageNotYetAvailable).toBe('Welsh');
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

describe('R11 R17 an outcome answers what the review found', () => {
  it.each([
    [ReviewOutcome.NO_CHANGE, false, false],
    [ReviewOutcome.CONFIRM, false, false],
    [ReviewOutcome.REVISE, false, true],
    [ReviewOutcome.CLOSE, false, true],
    [ReviewOutcome.NO_CHANGE, true, true],
    [ReviewOutcome.CONFIRM, null, true],
  ])('R11 %s after a review that found the budget enough: %s is allowed: %s', (outcome, budgetEnough, allowed) => {
    const check = () => assertOutcomeAnswersReview({ budgetEnough }, outcome);
    if (allowed) expect(check).not.toThrow();
    else expect(check).toThrow(expect.objectContaining({ code: 'RULE_VIOLATION', details: { rule: 'R11' }, message: expect.stringContaining('revise the plan') }));
  });
});

describe('R17 what a revision links', () => {
  const reviewed = { planId: 'p1', personId: 'person-1' };
  const revision = { personId: 'person-1', previousVersionId: 'p1' };
  const check = (input: { newPlanId?: string; reassessmentId?: string }, plan: LinkedRecord | null, reassessment: LinkedRecord | null = null) => () =>
    assertRevisionLinks(reviewed, input, { plan, reassessment });

  it('R17 a new version of the reviewed plan, and a reassessment of the same person, are accepted', () => {
    expect(check({ newPlanId: 'p2' }, revision)).not.toThrow();
    expect(check({ newPlanId: 'p2', reassessmentId: 'a2' }, revision, { personId: 'person-1' })).not.toThrow();
  });

  it.each([
    ['a plan not visible', { newPlanId: 'p9' }, null, null, /not a plan/],
    ['another person’s plan', { newPlanId: 'p3' }, { personId: 'person-2', previousVersionId: 'p1' }, null, /another person/],
    ['the reviewed plan itself', { newPlanId: 'p1' }, { personId: 'person-1', previousVersionId: null }, null, /itself/],
    ['another plan of the same person', { newPlanId: 'p4' }, { personId: 'person-1', previousVersionId: 'p0' }, null, /not a new version/],
    ['a reassessment not visible', { newPlanId: 'p2', reassessmentId: 'a9' }, revision, null, /not an assessment/],
    ['another person’s reassessment', { newPlanId: 'p2', reassessmentId: 'a3' }, revision, { personId: 'person-2' }, /another person/],
  ])('R17 refuses %s', (_what, input, plan, reassessment, message) => {
    expect(check(input, plan, reassessment)).toThrow(expect.objectContaining({ code: 'RULE_VIOLATION', details: { rule: 'R17' }, message: expect.stringMatching(message) }));
  });

  it('R17 a completed review keeps only what its outcome records', () => {
    expect(outcomeRecord({ outcome: ReviewOutcome.NO_CHANGE, newPlanId: 'p2', closureReasons: 'stray words' })).toEqual({});
    expect(outcomeRecord({ outcome: ReviewOutcome.REVISE, newPlanId: 'p2', closureReasons: 'stray words' })).toEqual({ newPlanId: 'p2', reassessmentId: null, needsChanged: false });
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
