import { PlanAction, PlanStatus, assertPlanEditable, assertRevisable, planTransition } from '../src';

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
    [S.ACTIVE, A.CLOSE],
    [S.CLOSED, A.START_REVIEW],
    [S.REVISED, A.REVISE],
    [S.AGREED, A.AGREE],
  ])('R17 refuses %s → %s as a CONFLICT (a plan closes only after a review)', (from, action) => {
    expect(() => planTransition(from, action)).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
  });

  it.each([S.PROPOSED, S.AWAITING_APPROVAL, S.APPROVED, S.AGREED, S.ACTIVE, S.CLOSED])('content of a %s plan is not edited in place', (status) => {
    expect(() => assertPlanEditable(status)).toThrow(/revise it/);
  });
});
