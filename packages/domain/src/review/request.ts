import { BadUserInput, RuleViolation } from '../errors';

/** R15: who may ask for a review at any time. */
export enum ReviewRequester {
  PERSON = 'PERSON',
  CARER = 'CARER',
  ADVOCATE = 'ADVOCATE',
}

/** R14: changes that trigger an unplanned review. */
export enum UnplannedTrigger {
  HOSPITAL_ADMISSION = 'HOSPITAL_ADMISSION',
  CARER_CHANGE = 'CARER_CHANGE',
  SAFEGUARDING_CONCERN = 'SAFEGUARDING_CONCERN',
  PROVIDER_FAILURE = 'PROVIDER_FAILURE',
  CHANGE_IN_NEED_REPORTED = 'CHANGE_IN_NEED_REPORTED',
  OTHER = 'OTHER',
}

/** R15: a request is accepted, or refused with written reasons (which go to the person as a letter). */
export function assertRequestDecision(accept: boolean, reasons: string | null | undefined): void {
  const text = reasons?.trim() ?? '';
  if (!accept && text.length < 20) throw new RuleViolation('R15', 'refusing a requested review needs written reasons for the person');
  if (text.length > 4000) throw new BadUserInput('reasons', 'reasons must be at most 4000 characters');
}
