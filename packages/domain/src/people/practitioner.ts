import { MONEY_LIMITS, Money } from '../money';

/** What a practitioner is qualified for; R2c needs to know who may assess a deafblind person. */
export enum Specialism {
  DEAFBLIND_ASSESSOR = 'DEAFBLIND_ASSESSOR',
  SENSORY_IMPAIRMENT = 'SENSORY_IMPAIRMENT',
  LEARNING_DISABILITY = 'LEARNING_DISABILITY',
  AUTISM = 'AUTISM',
  MENTAL_HEALTH = 'MENTAL_HEALTH',
  APPROVED_MENTAL_HEALTH_PROFESSIONAL = 'APPROVED_MENTAL_HEALTH_PROFESSIONAL',
  BEST_INTERESTS_ASSESSOR = 'BEST_INTERESTS_ASSESSOR',
  OCCUPATIONAL_THERAPY = 'OCCUPATIONAL_THERAPY',
}

/** An approval limit is whole pence a year, zero for those who approve nothing (R8). */
export function parseApprovalLimit(pence: number | null | undefined): number {
  return pence == null ? 0 : Money.fromInput(pence, 'approvalLimitPence', MONEY_LIMITS.approvalLimit).pence;
}
