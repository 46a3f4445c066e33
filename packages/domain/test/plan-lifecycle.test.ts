import { LocalDate, PlanAction, PlanClosureReason, PlanStatus, PlanWithdrawalReason, ReviewOutcome, ReviewStatus, assertPersonLiving, assertPlanClosure, assertPlanEditable, assertPlanWithdrawal, assertRevisable, closingDay, plansReplacedBy, planTransition, statusBeforeDeath, deathEndCorrected, movedInsteadOfDied, diedOnWords, stepFromReviews } from '../src';

const S = PlanStatus;
const A = PlanAction;

describe('plan lifecycle', () => {
  it('walks draft → proposed → awaiting approval → approved → agreed → active → under review → revised', () => {
    const path = [A.PROPOSE, A.SUBMIT_FOR_APPROVAL, A.APPROVE, A.AGREE, A.ACTIVATE, A.START_REVIEW, A.REVISE];
    const statuses = path.reduce<PlanStatus[]>((acc, action) => [...acc, planTransition(acc.at(-1)!, action)], [S.DRAFT]);
    expect(statuses).toEqual([S.DRAFT, S.PROPOSED, S.AWAITING_APPROVAL, S.APPROVED, S.AGREED, S.ACTIVE, S.UNDER_REVIEW, S.REVISED]);
  });

  it('a returned plan is edited and proposed again', () => {
    expect(planTransition(S.AWAITING_APPROVAL, A.RETURN)).toBe(S.RETURNED);
    expect(() => assertPlanEditable(S.RETURNED)).not.toThrow();
    expect(planTransition(S.RETURNED, A.PROPOSE)).toBe(S.PROPOSED);
  });

  it('R17 a review that changed nothing ends with the plan active again', () => {
    expect(planTransition(S.UNDER_REVIEW, A.END_REVIEW)).toBe(S.ACTIVE);
    expect(() => planTransition(S.ACTIVE, A.END_REVIEW)).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
  });

  it('R9 only a plan in force is revised, and it stays in force until the revision is agreed', () => {
    expect(() => assertRevisable(S.ACTIVE)).not.toThrow();
    expect(() => assertRevisable(S.UNDER_REVIEW)).not.toThrow();
    expect(() => assertRevisable(S.DRAFT)).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    expect(planTransition(S.AGREED, A.REVISE)).toBe(S.REVISED);
  });

  it('R9 R8 an approved plan has no dead end: it goes back for changes, or for approval of its real cost', () => {
    expect(planTransition(S.APPROVED, A.RETURN)).toBe(S.RETURNED);
    expect(planTransition(S.APPROVED, A.SUBMIT_FOR_APPROVAL)).toBe(S.AWAITING_APPROVAL);
  });

  it.each([
    [S.DRAFT, A.AGREE],
    [S.PROPOSED, A.APPROVE],
    [S.APPROVED, A.ACTIVATE],
    [S.DRAFT, A.CLOSE],
    [S.CLOSED, A.CLOSE],
    [S.CLOSED, A.START_REVIEW],
    [S.REVISED, A.REVISE],
    [S.AGREED, A.AGREE],
  ])('R17 refuses %s → %s as a CONFLICT (only a plan in force closes)', (from, action) => {
    expect(() => planTransition(from, action)).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
  });

  it('R17 a plan closes after a review that concluded so, else only when the person died or moved to another council', () => {
    expect(planTransition(S.ACTIVE, A.CLOSE)).toBe(S.CLOSED);
    expect(() => assertPlanClosure(PlanClosureReason.AFTER_REVIEW, 'Needs now met by the NHS.', null)).toThrow(expect.objectContaining({ code: 'RULE_VIOLATION', details: { rule: 'R17' } }));
    expect(() => assertPlanClosure(PlanClosureReason.AFTER_REVIEW, 'Needs now met by the NHS.', 'review-1')).not.toThrow();
    expect(() => assertPlanClosure(PlanClosureReason.DIED, 'Died at home on 3 March.', null)).not.toThrow();
    expect(() => assertPlanClosure(PlanClosureReason.MOVED_TO_ANOTHER_COUNCIL, 'short', null)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });

  it('R17 a plan closes for a death on the date of death the person’s record holds, never without one; other closures today', () => {
    const today = LocalDate.parse('2026-12-02');
    expect(closingDay(PlanClosureReason.DIED, { dateOfDeath: '2026-11-25' }, today)).toBe('2026-11-25');
    expect(() => closingDay(PlanClosureReason.DIED, { dateOfDeath: null }, today)).toThrow(expect.objectContaining({ code: 'RULE_VIOLATION', details: { rule: 'R17' } }));
    expect(closingDay(PlanClosureReason.MOVED_TO_ANOTHER_COUNCIL, { dateOfDeath: null }, today)).toBe('2026-12-02');
  });

  it('R9 a plan never agreed is withdrawn, never closed; a plan in force is closed, never withdrawn', () => {
    for (const status of [S.DRAFT, S.PROPOSED, S.AWAITING_APPROVAL, S.APPROVED, S.RETURNED]) {
      expect(planTransition(status, A.WITHDRAW)).toBe(S.WITHDRAWN);
      expect(() => planTransition(status, A.CLOSE)).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    }
    for (const status of [S.AGREED, S.ACTIVE, S.UNDER_REVIEW, S.REVISED, S.CLOSED, S.WITHDRAWN]) {
      expect(() => planTransition(status, A.WITHDRAW)).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    }
    for (const action of Object.values(A)) expect(() => planTransition(S.WITHDRAWN, action)).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
  });

  it('R9 a practitioner withdraws a plan the person declined, no longer needed or left behind by a move, in words; deaths and closures withdraw by themselves', () => {
    expect(() => assertPlanWithdrawal(PlanWithdrawalReason.PERSON_DECLINED, 'Decided to arrange help privately.')).not.toThrow();
    expect(() => assertPlanWithdrawal(PlanWithdrawalReason.NO_LONGER_NEEDED, 'Recovered after the fall.')).not.toThrow();
    expect(() => assertPlanWithdrawal(PlanWithdrawalReason.MOVED_TO_ANOTHER_COUNCIL, 'Moved to Edinburgh to live with her son.')).not.toThrow();
    expect(() => assertPlanWithdrawal(PlanWithdrawalReason.PERSON_DECLINED, ' no ')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field: 'details' } }));
    expect(() => assertPlanWithdrawal(PlanWithdrawalReason.DIED, 'Died at home on 3 March.')).toThrow(expect.objectContaining({ code: 'RULE_VIOLATION', details: { rule: 'R9' }, message: expect.stringContaining('updatePerson') }));
    expect(() => assertPlanWithdrawal(PlanWithdrawalReason.REVISED_PLAN_ENDED, 'The plan it revised closed.')).toThrow(expect.objectContaining({ code: 'RULE_VIOLATION', details: { rule: 'R9' } }));
  });

  it('R9 R22 an agreed plan replaces the version it revises, else the person’s other plans of its kind in force', () => {
    const plan = (id: string, status: PlanStatus, kind = 'CARE_AND_SUPPORT') => ({ id, status, kind });
    const theirs = [plan('continuity', S.ACTIVE), plan('old', S.REVISED), plan('carer', S.ACTIVE, 'CARER_SUPPORT'), plan('draft', S.DRAFT), plan('new', S.AGREED)];
    expect(plansReplacedBy({ id: 'new', kind: 'CARE_AND_SUPPORT', status: S.APPROVED, previousVersionId: null }, theirs).map((p) => p.id)).toEqual(['continuity']);
    expect(plansReplacedBy({ id: 'new', kind: 'CARE_AND_SUPPORT', status: S.APPROVED, previousVersionId: 'old' }, theirs).map((p) => p.id)).toEqual(['old']);
    expect(plansReplacedBy({ id: 'new', kind: 'CARER_SUPPORT', status: S.APPROVED, previousVersionId: null }, theirs).map((p) => p.id)).toEqual(['carer']);
  });

  it('R9 nothing is agreed with a person whose date of death is recorded', () => {
    expect(() => assertPersonLiving({ dateOfDeath: null })).not.toThrow();
    expect(() => assertPersonLiving({ dateOfDeath: '2026-11-25' })).toThrow(expect.objectContaining({ code: 'RULE_VIOLATION', details: { rule: 'R9' }, message: expect.stringContaining('2026-11-25') }));
  });

  it('R17 R9 a plan a death recorded in error ended returns to what it was; a plan ended otherwise stays ended', () => {
    const ended = (status: PlanStatus, endedFrom: PlanStatus | null, closureReason: PlanClosureReason | null, withdrawalReason: PlanWithdrawalReason | null = null) => ({ status, endedFrom, closureReason, withdrawalReason });
    expect(statusBeforeDeath(ended(S.CLOSED, S.UNDER_REVIEW, PlanClosureReason.DIED))).toBe(S.UNDER_REVIEW);
    expect(statusBeforeDeath(ended(S.CLOSED, S.AGREED, PlanClosureReason.DIED))).toBe(S.AGREED);
    expect(statusBeforeDeath(ended(S.WITHDRAWN, S.APPROVED, null, PlanWithdrawalReason.DIED))).toBe(S.APPROVED);
    // Ended before the status it ended from was kept: in force, or a draft to be proposed again.
    expect(statusBeforeDeath(ended(S.CLOSED, null, PlanClosureReason.DIED))).toBe(S.ACTIVE);
    expect(statusBeforeDeath(ended(S.WITHDRAWN, null, null, PlanWithdrawalReason.DIED))).toBe(S.DRAFT);
    expect(statusBeforeDeath(ended(S.CLOSED, S.ACTIVE, PlanClosureReason.MOVED_TO_ANOTHER_COUNCIL))).toBeNull();
    expect(statusBeforeDeath(ended(S.CLOSED, S.UNDER_REVIEW, PlanClosureReason.AFTER_REVIEW))).toBeNull();
    expect(statusBeforeDeath(ended(S.WITHDRAWN, S.DRAFT, null, PlanWithdrawalReason.PERSON_DECLINED))).toBeNull();
    expect(statusBeforeDeath(ended(S.REVISED, S.ACTIVE, null))).toBeNull();
    expect(statusBeforeDeath(ended(S.ACTIVE, null, null))).toBeNull();
  });

  it('R17 R9 a corrected date of death moves the end of each plan the death ended, and the system’s words with it; a practitioner’s words stay', () => {
    const ended = { closedOn: null, closedReason: null, withdrawnOn: null, withdrawalDetails: null, closureReason: null, withdrawalReason: null };
    const closed = { ...ended, status: S.CLOSED, closureReason: PlanClosureReason.DIED, closedOn: '2026-11-20', closedReason: diedOnWords('2026-11-20') };
    expect(deathEndCorrected(closed, '2026-11-17')).toEqual({ closedOn: '2026-11-17', closedReason: 'The person died on 2026-11-17.' });
    expect(deathEndCorrected({ ...closed, closedReason: 'Her son phoned to say she died on Sunday.' }, '2026-11-17')).toEqual({ closedOn: '2026-11-17', closedReason: 'Her son phoned to say she died on Sunday.' });
    expect(deathEndCorrected(closed, '2026-11-20')).toBeNull();
    const withdrawn = { ...ended, status: S.WITHDRAWN, withdrawalReason: PlanWithdrawalReason.DIED, withdrawnOn: '2026-11-20', withdrawalDetails: diedOnWords('2026-11-20') };
    expect(deathEndCorrected(withdrawn, '2026-11-17')).toEqual({ withdrawnOn: '2026-11-17', withdrawalDetails: 'The person died on 2026-11-17.' });
    expect(deathEndCorrected({ ...closed, closureReason: PlanClosureReason.MOVED_TO_ANOTHER_COUNCIL }, '2026-11-17')).toBeNull();
    expect(deathEndCorrected({ ...withdrawn, withdrawalReason: PlanWithdrawalReason.PERSON_DECLINED }, '2026-11-17')).toBeNull();
  });

  it('R22 R17 a plan a death recorded in error ended, of a person who has moved away since, ends as the move ends it, on the move date', () => {
    const moved = 'Moved to the area of London Borough of Islington on 2026-11-30.';
    const plan = (status: PlanStatus, closureReason: PlanClosureReason | null, withdrawalReason: PlanWithdrawalReason | null = null) => ({ status, closureReason, withdrawalReason });
    expect(movedInsteadOfDied(plan(S.CLOSED, PlanClosureReason.DIED), '2026-11-30', moved)).toEqual({ closureReason: PlanClosureReason.MOVED_TO_ANOTHER_COUNCIL, closedOn: '2026-11-30', closedReason: moved });
    expect(movedInsteadOfDied(plan(S.WITHDRAWN, null, PlanWithdrawalReason.DIED), '2026-11-30', moved)).toEqual({ withdrawalReason: PlanWithdrawalReason.MOVED_TO_ANOTHER_COUNCIL, withdrawnOn: '2026-11-30', withdrawalDetails: moved });
    expect(movedInsteadOfDied(plan(S.CLOSED, PlanClosureReason.AFTER_REVIEW), '2026-11-30', moved)).toBeNull();
    expect(movedInsteadOfDied(plan(S.WITHDRAWN, null, PlanWithdrawalReason.PERSON_DECLINED), '2026-11-30', moved)).toBeNull();
    expect(movedInsteadOfDied(plan(S.ACTIVE, null), '2026-11-30', moved)).toBeNull();
  });

  it.each([S.PROPOSED, S.AWAITING_APPROVAL, S.APPROVED, S.AGREED, S.ACTIVE, S.CLOSED, S.WITHDRAWN])('content of a %s plan is not edited in place', (status) => {
    expect(() => assertPlanEditable(status)).toThrow(/revise it/);
  });
});

describe('R17 a plan follows its reviews', () => {
  const review = (status: ReviewStatus, outcome: ReviewOutcome | null = null, completedOn: string | null = null) => ({ status, outcome, completedOn });

  it('R17 under review only while a review is in progress; back in force after the latest completed one changed nothing', () => {
    expect(stepFromReviews([])).toBeNull();
    expect(stepFromReviews([review(ReviewStatus.SCHEDULED)])).toBeNull();
    expect(stepFromReviews([review(ReviewStatus.IN_PROGRESS), review(ReviewStatus.COMPLETED, ReviewOutcome.NO_CHANGE, '2026-01-01')])).toBe(PlanAction.START_REVIEW);
    expect(stepFromReviews([review(ReviewStatus.COMPLETED, ReviewOutcome.CONFIRM, '2026-11-01')])).toBe(PlanAction.END_REVIEW);
    expect(stepFromReviews([review(ReviewStatus.COMPLETED, ReviewOutcome.NO_CHANGE, '2026-01-01'), review(ReviewStatus.COMPLETED, ReviewOutcome.CLOSE, '2026-11-01')])).toBeNull();
    expect(stepFromReviews([review(ReviewStatus.COMPLETED, ReviewOutcome.REVISE, '2026-01-01'), review(ReviewStatus.COMPLETED, ReviewOutcome.NO_CHANGE, '2026-11-01')])).toBe(PlanAction.END_REVIEW);
  });
});
