import { BadUserInput } from '../errors';
import { LocalDate } from '../local-date';

/** R9: the default time a person has to consider a proposed plan; authorities may set their own. */
export const DEFAULT_CONSIDERATION_DAYS = 14;

export function considerationEnds(proposedOn: LocalDate, days: number = DEFAULT_CONSIDERATION_DAYS): LocalDate {
  if (!Number.isInteger(days) || days < 1 || days > 90) throw new BadUserInput('considerationDays', 'a consideration period is 1 to 90 days');
  return proposedOn.plusDays(days);
}

/** A proposed plan still waiting for the person past their consideration period: it needs following up. */
export function agreementOverdue(proposedOn: LocalDate, days: number, agreed: boolean, today: LocalDate): boolean {
  return !agreed && today.isAfter(considerationEnds(proposedOn, days));
}

export enum AgreementParty {
  PERSON = 'PERSON',
  REPRESENTATIVE = 'REPRESENTATIVE',
  COUNCIL = 'COUNCIL',
}

/** Disagreement is recorded with reasons; when the council is the one disagreeing, it signposts complaints. */
export function parseDisagreement(party: AgreementParty, reasons: string): { reasons: string; signpostComplaints: boolean } {
  const text = reasons.trim();
  if (text.length < 10) throw new BadUserInput('reasons', 'record the reasons for disagreeing');
  return { reasons: text, signpostComplaints: party === AgreementParty.COUNCIL };
}
