import {
  NO_REVIEW_CONTENT,
  RequestDecision,
  ReviewState,
  assertCanStartReview,
  assertReviewContent,
  assertReviewInProgress,
  missingReviewContent,
  parseReviewContent,
  type ReviewContent,
} from '../src';

const complete: ReviewContent = {
  personInvolved: true,
  personNotInvolvedReason: null,
  whatChanged: 'Her sister moved away in October.',
  whatWorks: 'The morning calls; she likes the carers.',
  whatDoesNotWork: 'Evening calls come too late for her tablets.',
  newOutcomes: 'To get to the lunch club on her own.',
  moreSupportNeeded: 'An earlier evening call.',
  budgetEnough: true,
  budgetNotes: null,
  otherWaysOfMeetingNeeds: 'She would like a direct payment for the lunch club.',
  socialSupportChanges: 'Her sister no longer visits daily.',
  riskOfAbuseOrNeglect: false,
  riskNotes: null,
  everyoneContent: true,
  contentNotes: null,
};
const facts = (content: Partial<ReviewContent>, involved = 1) => ({ content: { ...complete, ...content }, involved });

describe('R16 review content', () => {
  it('R16 R1 a review with every answer and the person involved can be completed', () => {
    expect(missingReviewContent(facts({}))).toEqual([]);
    expect(() => assertReviewContent(facts({}))).not.toThrow();
  });

  it('R16 R1 with nothing recorded, completion names every item missing', () => {
    const missing = missingReviewContent({ content: NO_REVIEW_CONTENT, involved: 0 }).map((m) => m.id);
    expect(missing).toEqual([
      'R1 who took part',
      'R1 the person',
      'R16 what changed',
      'R16 what works',
      'R16 what does not work',
      'R16 new outcomes',
      'R16 more support',
      'R16 budget',
      'R16 other ways',
      'R16 social support',
      'R16 abuse or neglect',
      'R16 content with the plan',
    ]);
  });

  it.each([
    ['whatChanged', { whatChanged: null }, 'what has changed'],
    ['whatWorks', { whatWorks: null }, 'what is working'],
    ['whatDoesNotWork', { whatDoesNotWork: null }, 'what is not working'],
    ['newOutcomes', { newOutcomes: null }, 'any new outcomes the person wants'],
    ['moreSupportNeeded', { moreSupportNeeded: null }, 'whether more support is needed'],
    ['budgetEnough', { budgetEnough: null }, 'whether the personal budget is enough'],
    ['a budget that is not enough, unexplained', { budgetEnough: false }, 'whether the personal budget is enough'],
    ['otherWaysOfMeetingNeeds', { otherWaysOfMeetingNeeds: null }, 'another way of meeting needs (such as a direct payment)'],
    ['socialSupportChanges', { socialSupportChanges: null }, 'changes in social support'],
    ['riskOfAbuseOrNeglect', { riskOfAbuseOrNeglect: null }, 'risk of abuse or neglect'],
    ['a risk of abuse, undescribed', { riskOfAbuseOrNeglect: true }, 'risk of abuse or neglect'],
    ['everyoneContent', { everyoneContent: null }, 'whether everyone is content with the plan'],
    ['someone not content, unexplained', { everyoneContent: false }, 'whether everyone is content with the plan'],
    ['personInvolved', { personInvolved: null }, 'whether the person took part'],
    ['the person not involved, with no reason', { personInvolved: false }, 'whether the person took part'],
  ])('R16 without %s, completion is refused naming it', (_, gap, label) => {
    const check = () => assertReviewContent(facts(gap as Partial<ReviewContent>));
    expect(check).toThrow(expect.objectContaining({ code: 'RULE_VIOLATION', details: { rule: 'R16' } }));
    expect(check).toThrow(label);
    expect(missingReviewContent(facts(gap as Partial<ReviewContent>))).toHaveLength(1);
  });

  it('R16 R1 without anyone recorded as taking part, completion is refused naming it', () => {
    expect(() => assertReviewContent(facts({}, 0))).toThrow('who took part, how and when [R1 who took part]');
  });

  it('R16 R1 the person not taking part is allowed with a reason; answers that need words have them', () => {
    expect(
      missingReviewContent(
        facts({
          personInvolved: false,
          personNotInvolvedReason: 'In hospital; her daughter and advocate spoke for her.',
          budgetEnough: false,
          budgetNotes: 'Evening call costs more than the budget allows.',
          riskOfAbuseOrNeglect: true,
          riskNotes: 'Neighbour borrowing money; safeguarding concern raised.',
          everyoneContent: false,
          contentNotes: 'Her daughter wants more day care.',
        }),
      ),
    ).toEqual([]);
  });

  it('R16 answers are kept in the person’s words, trimmed; only what is given changes; overlong answers are refused by field', () => {
    expect(parseReviewContent({ whatChanged: '  Moved flat.  ', budgetEnough: false })).toEqual({ whatChanged: 'Moved flat.', budgetEnough: false });
    expect(parseReviewContent({ whatWorks: '   ' })).toEqual({ whatWorks: null });
    expect(() => parseReviewContent({ riskNotes: 'x'.repeat(4001) })).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field: 'riskNotes' } }));
  });
});

describe('R16 conducting a review', () => {
  const open = { state: ReviewState.OPEN, requestDecision: null };

  it('R16 R1 a review starts only with the method agreed with the person', () => {
    expect(() => assertCanStartReview(open, false)).toThrow(expect.objectContaining({ code: 'RULE_VIOLATION', details: { rule: 'R16' } }));
    expect(() => assertCanStartReview(open, true)).not.toThrow();
  });

  it('R15 R16 a requested review starts once the request is accepted; a started or closed review does not start again', () => {
    expect(() => assertCanStartReview({ ...open, requestDecision: RequestDecision.PENDING }, true)).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    expect(() => assertCanStartReview({ ...open, requestDecision: RequestDecision.ACCEPTED }, true)).not.toThrow();
    expect(() => assertCanStartReview({ ...open, state: ReviewState.IN_PROGRESS }, true)).toThrow(/already started/);
    expect(() => assertCanStartReview({ state: ReviewState.REFUSED, requestDecision: RequestDecision.REFUSED }, true)).toThrow(/closed/);
  });

  it('R16 what a review found is recorded while it is in progress', () => {
    expect(() => assertReviewInProgress(ReviewState.IN_PROGRESS, 'complete it')).not.toThrow();
    expect(() => assertReviewInProgress(ReviewState.OPEN, 'complete it')).toThrow(/start the review/);
    expect(() => assertReviewInProgress(ReviewState.COMPLETED, 'complete it')).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
  });
});
