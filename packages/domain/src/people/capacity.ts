import { LocalDate } from '../local-date';

/** Decisions a capacity assessment can be about (R2): capacity is always about one decision, at one time. */
export enum CapacityDecision {
  NEEDS_ASSESSMENT = 'NEEDS_ASSESSMENT',
  CARE_AND_SUPPORT_PLANNING = 'CARE_AND_SUPPORT_PLANNING',
  AGREEING_THE_PLAN = 'AGREEING_THE_PLAN',
  MANAGING_DIRECT_PAYMENT = 'MANAGING_DIRECT_PAYMENT',
  MANAGING_FINANCES = 'MANAGING_FINANCES',
  WHERE_TO_LIVE = 'WHERE_TO_LIVE',
  SHARING_INFORMATION = 'SHARING_INFORMATION',
}

export enum CapacityOutcome {
  HAS_CAPACITY = 'HAS_CAPACITY',
  LACKS_CAPACITY = 'LACKS_CAPACITY',
}

export interface CapacityRecord {
  decision: CapacityDecision;
  /** YYYY-MM-DD */
  assessedOn: string;
  outcome: CapacityOutcome;
  /** Breaks ties between two assessments on one day: the later record stands. */
  recordedAt: Date;
}

export interface CapacityAnswer<T extends CapacityRecord> {
  decision: CapacityDecision;
  hasCapacity: boolean;
  /** True when no assessment for this decision exists, so capacity is presumed (MCA 2005 s.1(2)). */
  presumed: boolean;
  assessment: T | null;
}

/**
 * R2: whether the person has capacity for one decision, from the latest assessment of that decision
 * only. An assessment about another decision says nothing; with none, capacity is presumed.
 */
export function capacityFor<T extends CapacityRecord>(records: readonly T[], decision: CapacityDecision): CapacityAnswer<T> {
  const latest = records
    .filter((r) => r.decision === decision)
    .sort((a, b) => LocalDate.parse(b.assessedOn).compare(LocalDate.parse(a.assessedOn)) || b.recordedAt.getTime() - a.recordedAt.getTime())[0];
  if (!latest) return { decision, hasCapacity: true, presumed: true, assessment: null };
  return { decision, hasCapacity: latest.outcome === CapacityOutcome.HAS_CAPACITY, presumed: false, assessment: latest };
}
