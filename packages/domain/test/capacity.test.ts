import { CapacityDecision, CapacityOutcome, capacityFor } from '../src';

const at = (iso: string) => new Date(iso);

describe('R2 capacity is decision-specific and presumed', () => {
  const records = [
    { decision: CapacityDecision.MANAGING_DIRECT_PAYMENT, assessedOn: '2026-03-01', outcome: CapacityOutcome.LACKS_CAPACITY, recordedAt: at('2026-03-01T10:00Z') },
    { decision: CapacityDecision.CARE_AND_SUPPORT_PLANNING, assessedOn: '2026-01-10', outcome: CapacityOutcome.LACKS_CAPACITY, recordedAt: at('2026-01-10T10:00Z') },
    { decision: CapacityDecision.CARE_AND_SUPPORT_PLANNING, assessedOn: '2026-05-20', outcome: CapacityOutcome.HAS_CAPACITY, recordedAt: at('2026-05-20T10:00Z') },
  ];

  it('R2 presumes capacity where no assessment for the decision exists', () => {
    expect(capacityFor([], CapacityDecision.WHERE_TO_LIVE)).toEqual({ decision: CapacityDecision.WHERE_TO_LIVE, hasCapacity: true, presumed: true, assessment: null });
  });

  it('R2 lacking capacity for one decision says nothing about another', () => {
    expect(capacityFor(records, CapacityDecision.MANAGING_DIRECT_PAYMENT)).toMatchObject({ hasCapacity: false, presumed: false });
    expect(capacityFor(records, CapacityDecision.MANAGING_FINANCES)).toMatchObject({ hasCapacity: true, presumed: true });
  });

  it('R2 answers from the latest assessment of that decision, whatever order they were recorded in', () => {
    const answer = capacityFor([...records].reverse(), CapacityDecision.CARE_AND_SUPPORT_PLANNING);
    expect(answer).toMatchObject({ hasCapacity: true, presumed: false });
    expect(answer.assessment?.assessedOn).toBe('2026-05-20');
  });

  it('R2 two assessments on one day: the later record stands', () => {
    const sameDay = [
      { decision: CapacityDecision.SHARING_INFORMATION, assessedOn: '2026-06-01', outcome: CapacityOutcome.HAS_CAPACITY, recordedAt: at('2026-06-01T15:00Z') },
      { decision: CapacityDecision.SHARING_INFORMATION, assessedOn: '2026-06-01', outcome: CapacityOutcome.LACKS_CAPACITY, recordedAt: at('2026-06-01T09:00Z') },
    ];
    expect(capacityFor(sameDay, CapacityDecision.SHARING_INFORMATION).hasCapacity).toBe(true);
  });
});
