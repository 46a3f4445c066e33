import { nextReview, reviewStatus, reviewStatusWindow, ReviewState, ReviewStatus, LocalDate } from '../src';

describe('R18 review status derived from dates', () => {
  const due = LocalDate.parse('2026-06-30');
  it.each([
    ['2026-05-01', ReviewStatus.SCHEDULED],
    ['2026-06-15', ReviewStatus.DUE_SOON],
    ['2026-06-02', ReviewStatus.DUE_SOON],
    ['2026-06-30', ReviewStatus.DUE],
    ['2026-07-01', ReviewStatus.OVERDUE],
  ])('R18 an open review on %s is %s', (today, status) => {
    expect(reviewStatus(ReviewState.OPEN, due, LocalDate.parse(today))).toBe(status);
  });

  it('R18 the first day of the 28-day window is due soon, the day before is scheduled', () => {
    expect(reviewStatus(ReviewState.OPEN, due, due.plusDays(-28))).toBe(ReviewStatus.DUE_SOON);
    expect(reviewStatus(ReviewState.OPEN, due, due.plusDays(-29))).toBe(ReviewStatus.SCHEDULED);
  });

  it.each([
    [ReviewState.IN_PROGRESS, ReviewStatus.IN_PROGRESS],
    [ReviewState.COMPLETED, ReviewStatus.COMPLETED],
    [ReviewState.REFUSED, ReviewStatus.REFUSED],
    [ReviewState.CANCELLED, ReviewStatus.CANCELLED],
  ])('R18 a %s review stays %s even when its date has passed', (state, status) => {
    expect(reviewStatus(state, due, LocalDate.parse('2027-01-01'))).toBe(status);
  });
});

describe('R18 the reviews with a status today, as a query asks for them', () => {
  it('R18 reviewStatusWindow holds exactly the open reviews whose derived status it was asked for, for every due date around today', () => {
    const today = LocalDate.parse('2026-12-01');
    for (const status of Object.values(ReviewStatus)) {
      const window = reviewStatusWindow(status, today);
      for (const state of [ReviewState.OPEN, ReviewState.IN_PROGRESS]) {
        for (let offset = -60; offset <= 60; offset++) {
          const due = today.plusDays(offset);
          const inWindow = window !== null && window.state === state && (!window.from || !due.isBefore(window.from)) && (!window.to || !window.to.isBefore(due));
          expect([status, state, offset, inWindow]).toEqual([status, state, offset, reviewStatus(state, due, today) === status]);
        }
      }
    }
  });
});

describe('R13 next review of a plan', () => {
  it('R13 is the earliest-due review still open or in progress', () => {
    const reviews = [
      { id: 'done', state: ReviewState.COMPLETED, dueDate: '2026-01-01' },
      { id: 'later', state: ReviewState.OPEN, dueDate: '2027-01-01' },
      { id: 'soon', state: ReviewState.IN_PROGRESS, dueDate: '2026-06-01' },
      { id: 'cancelled', state: ReviewState.CANCELLED, dueDate: '2026-02-01' },
    ];
    expect(nextReview(reviews)?.id).toBe('soon');
  });

  it('R13 is null when every review is closed', () => {
    expect(nextReview([{ state: ReviewState.REFUSED, dueDate: '2026-01-01' }])).toBeNull();
  });
});
