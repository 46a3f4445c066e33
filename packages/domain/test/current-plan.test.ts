import { currentPlan, PlanStatus } from '../src';

const plan = (status: PlanStatus, day: number) => ({ status, createdAt: new Date(Date.UTC(2026, 0, day)) });

describe('current plan', () => {
  it('prefers the newest plan in force over a newer draft', () => {
    const active = plan(PlanStatus.ACTIVE, 1);
    expect(currentPlan([active, plan(PlanStatus.DRAFT, 5)])).toBe(active);
  });

  it('R9 an agreed plan is in force: a revision being prepared does not displace it until agreed', () => {
    const agreed = plan(PlanStatus.AGREED, 1);
    expect(currentPlan([agreed, plan(PlanStatus.DRAFT, 5)])).toBe(agreed);
  });

  it('treats a plan under review as in force', () => {
    const underReview = plan(PlanStatus.UNDER_REVIEW, 2);
    expect(currentPlan([plan(PlanStatus.ACTIVE, 1), underReview])).toBe(underReview);
  });

  it('falls back to the newest plan being prepared', () => {
    const proposed = plan(PlanStatus.PROPOSED, 3);
    expect(currentPlan([plan(PlanStatus.DRAFT, 1), proposed, plan(PlanStatus.CLOSED, 4)])).toBe(proposed);
  });

  it('R9 never returns a revised, closed or withdrawn plan', () => {
    expect(currentPlan([plan(PlanStatus.REVISED, 1), plan(PlanStatus.CLOSED, 2), plan(PlanStatus.WITHDRAWN, 3)])).toBeNull();
    expect(currentPlan([])).toBeNull();
  });
});
