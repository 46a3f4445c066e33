import { BadUserInput, RuleViolation } from '../errors';
import { LocalDate } from '../local-date';

/** R9: the default time a person has to consider a proposed plan; authorities may set their own. */
export const DEFAULT_CONSIDERATION_DAYS = 14;

/** R9: a council's consideration period is 1 to 90 days. */
export function assertConsiderationDays(days: number, field = 'considerationDays'): void {
  if (!Number.isInteger(days) || days < 1 || days > 90) throw new BadUserInput(field, 'a consideration period is 1 to 90 days');
}

export function considerationEnds(proposedOn: LocalDate, days: number = DEFAULT_CONSIDERATION_DAYS): LocalDate {
  assertConsiderationDays(days);
  return proposedOn.plusDays(days);
}

/** A proposed plan still waiting for the person past their consideration period: it needs following up. */
export function agreementOverdue(proposedOn: LocalDate, days: number, agreed: boolean, today: LocalDate): boolean {
  return !agreed && today.isAfter(considerationEnds(proposedOn, days));
}

export enum AgreementParty {
  PERSON = 'PERSON',
  REPRESENTATIVE = 'REPRESENTATIVE',
  /** For a person who lacks capacity to agree and has nobody with authority for it: a recorded best-interests decision (R2). */
  BEST_INTERESTS = 'BEST_INTERESTS',
  COUNCIL = 'COUNCIL',
}

/** A best-interests decision to agree a plan for someone who lacks capacity to: who was consulted, and why. */
export interface BestInterestsDecision {
  consulted: string[];
  reasons: string;
}

/**
 * R2 at agreement. Capacity is presumed, and decision-specific: only when the latest assessment of the
 * person's capacity to agree the plan finds they lack it does someone else agree — an attorney or deputy for
 * health and welfare (REPRESENTATIVE), or, with nobody holding that authority, a recorded best-interests
 * decision. Returns the best-interests decision to keep, if that is how the plan is agreed.
 */
export function assertAgreementAuthority(
  party: AgreementParty,
  person: { lacksCapacityToAgree: boolean; welfareAttorneyOrDeputy: boolean },
  bestInterests?: { consulted: readonly string[]; reasons: string } | null,
): BestInterestsDecision | null {
  if (party === AgreementParty.COUNCIL) throw new BadUserInput('party', 'the person or their representative agrees the plan');
  if (!person.lacksCapacityToAgree) {
    if (party === AgreementParty.BEST_INTERESTS) throw new BadUserInput('party', 'capacity is presumed: the person agrees their plan, or their representative');
    return null;
  }
  if (party === AgreementParty.PERSON) {
    throw new RuleViolation('R2', 'the latest capacity assessment found the person lacks capacity to agree the plan: an attorney or deputy for health and welfare agrees it, or record a best-interests decision');
  }
  if (party === AgreementParty.REPRESENTATIVE) {
    if (!person.welfareAttorneyOrDeputy) throw new RuleViolation('R2', 'nobody with authority to agree the plan for the person (an attorney or deputy for health and welfare) is recorded; record a best-interests decision instead');
    return null;
  }
  const consulted = [...new Set((bestInterests?.consulted ?? []).map((c) => c.trim()).filter(Boolean))];
  if (consulted.length === 0) throw new BadUserInput('bestInterests.consulted', 'name who was consulted about the person’s best interests (their carer, family, advocate…)');
  const reasons = bestInterests?.reasons.trim() ?? '';
  if (reasons.length < 20 || reasons.length > 4000) throw new BadUserInput('bestInterests.reasons', 'record why agreeing this plan is in the person’s best interests (20 to 4000 characters)');
  return { consulted, reasons };
}

/** Disagreement is recorded with reasons; when the council is the one disagreeing, it signposts complaints. */
export function parseDisagreement(party: AgreementParty, reasons: string): { reasons: string; signpostComplaints: boolean } {
  const text = reasons.trim();
  if (text.length < 10) throw new BadUserInput('reasons', 'record the reasons for disagreeing');
  return { reasons: text, signpostComplaints: party === AgreementParty.COUNCIL };
}

/** R9: a plan is agreed with a living person; once a date of death is recorded, nothing more is agreed. */
export function assertPersonLiving(person: { dateOfDeath: string | null }): void {
  if (person.dateOfDeath) throw new RuleViolation('R9', `the person died on ${person.dateOfDeath}: a plan can no longer be agreed`);
}
