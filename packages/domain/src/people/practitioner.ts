import { RuleViolation } from '../errors';
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

/**
 * R8, segregation of duties: an approval limit is granted or raised only by someone who does not use it.
 * Anyone may lower their own.
 */
export function assertApprovalLimitGrant(grant: { granteeUserId: string; grantorUserId: string; fromPence: number; toPence: number }): void {
  if (grant.toPence > grant.fromPence && grant.granteeUserId === grant.grantorUserId) {
    throw new RuleViolation('R8', 'an approval limit is granted by someone who does not use it: ask another team manager');
  }
}
