import { BadUserInput, RuleViolation } from '../errors';
import { LocalDate } from '../local-date';
import { PowerScope, RelationshipKind } from '../people/relationships';

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

/** What agreement rests on of someone whose plan it is: their capacity to agree it, and who may agree for them (R2). */
export interface AgreeingPerson {
  /** The latest assessment of their capacity to agree the plan; null when none (capacity is presumed). */
  capacityFor: { hasCapacity: boolean } | null;
  relationships: ReadonlyArray<{ kind: RelationshipKind; powerScope: PowerScope | null }>;
}

/** Who is agreeing a plan: the person it is for, or the other person of their joint plan (R7), as errors name them. */
interface Side {
  who: string;
  party: string;
  bestInterests: string;
}

const THE_PERSON: Side = { who: 'the person', party: 'party', bestInterests: 'bestInterests' };
const THE_OTHER_PERSON: Side = { who: 'the other person of the joint plan', party: 'jointParty', bestInterests: 'jointBestInterests' };

/**
 * R2 at agreement. Capacity is presumed, and decision-specific: only when the latest assessment of the
 * person's capacity to agree the plan finds they lack it does someone else agree — an attorney or deputy for
 * health and welfare (REPRESENTATIVE), or, with nobody holding that authority, a recorded best-interests
 * decision. Returns the best-interests decision to keep, if that is how the plan is agreed.
 */
export function assertAgreementAuthority(
  party: AgreementParty,
  person: AgreeingPerson,
  bestInterests?: { consulted: readonly string[]; reasons: string } | null,
  side: Side = THE_PERSON,
): BestInterestsDecision | null {
  const { who } = side;
  if (party === AgreementParty.COUNCIL) throw new BadUserInput(side.party, `${who} or their representative agrees the plan`);
  if (person.capacityFor?.hasCapacity !== false) {
    if (party === AgreementParty.BEST_INTERESTS) throw new BadUserInput(side.party, `capacity is presumed: ${who} agrees the plan, or their representative`);
    return null;
  }
  if (party === AgreementParty.PERSON) {
    throw new RuleViolation('R2', `the latest capacity assessment found ${who} lacks capacity to agree the plan: an attorney or deputy for health and welfare agrees it, or record a best-interests decision`);
  }
  if (party === AgreementParty.REPRESENTATIVE) {
    const welfareAuthority = person.relationships.some((r) => (r.kind === RelationshipKind.ATTORNEY || r.kind === RelationshipKind.DEPUTY) && r.powerScope === PowerScope.HEALTH_AND_WELFARE);
    if (!welfareAuthority) throw new RuleViolation('R2', `nobody with authority to agree the plan for ${who} (an attorney or deputy for health and welfare) is recorded; record a best-interests decision instead`);
    return null;
  }
  const consulted = [...new Set((bestInterests?.consulted ?? []).map((c) => c.trim()).filter(Boolean))];
  if (consulted.length === 0) throw new BadUserInput(`${side.bestInterests}.consulted`, `name who was consulted about ${who}’s best interests (their carer, family, advocate…)`);
  const reasons = bestInterests?.reasons.trim() ?? '';
  if (reasons.length < 20 || reasons.length > 4000) throw new BadUserInput(`${side.bestInterests}.reasons`, `record why agreeing this plan is in ${who}’s best interests (20 to 4000 characters)`);
  return { consulted, reasons };
}

/**
 * R9, R7: a joint plan is both its people's plan, so both agree it — its other person in their own right or,
 * lacking capacity to, through their representative or a best-interests decision (R2) — and only while they are
 * living (one who has died is separated from it first). A plan of one person has no other person to agree it.
 * Returns the best-interests decision to keep for the other person, if that is how they agree.
 */
export function assertJointAgreement(
  jointPerson: (AgreeingPerson & { dateOfDeath: string | null }) | null,
  jointParty: AgreementParty | null | undefined,
  jointBestInterests?: { consulted: readonly string[]; reasons: string } | null,
): BestInterestsDecision | null {
  if (!jointPerson) {
    if (jointParty) throw new BadUserInput('jointParty', 'the plan is not a joint plan: only the person agrees it');
    return null;
  }
  if (jointPerson.dateOfDeath) throw new RuleViolation('R7', `the other person of the joint plan died on ${jointPerson.dateOfDeath}: separate the plan from them before it is agreed`);
  if (!jointParty) throw new RuleViolation('R9', 'a joint plan is agreed by both its people: say how its other person agrees it (jointParty)');
  return assertAgreementAuthority(jointParty, jointPerson, jointBestInterests, THE_OTHER_PERSON);
}

/**
 * Disagreement is recorded with reasons; when the council is the one disagreeing, it signposts complaints. The
 * other person of a joint plan (R7), or their representative, may disagree with it as the person may.
 */
export function parseDisagreement(
  party: AgreementParty,
  reasons: string,
  joint: { byJointPerson: boolean; jointPlan: boolean } = { byJointPerson: false, jointPlan: false },
): { reasons: string; signpostComplaints: boolean } {
  const text = reasons.trim();
  if (text.length < 10) throw new BadUserInput('reasons', 'record the reasons for disagreeing');
  if (joint.byJointPerson && !joint.jointPlan) throw new BadUserInput('byJointPerson', 'the plan is not a joint plan: it has no other person');
  if (joint.byJointPerson && party === AgreementParty.COUNCIL) throw new BadUserInput('party', 'the other person of the joint plan, or their representative, disagrees with it; the council is not them');
  return { reasons: text, signpostComplaints: party === AgreementParty.COUNCIL };
}

/** R9: a plan is agreed with a living person; once a date of death is recorded, nothing more is agreed. */
export function assertPersonLiving(person: { dateOfDeath: string | null }): void {
  if (person.dateOfDeath) throw new RuleViolation('R9', `the person died on ${person.dateOfDeath}: a plan can no longer be agreed`);
}
