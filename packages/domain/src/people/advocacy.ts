import { RuleViolation } from '../errors';
import { LocalDate } from '../local-date';
import { isCurrent, RelationshipKind } from './relationships';

/** The four things a person may have substantial difficulty with (Care Act s.67(4)). */
export enum InvolvementDifficulty {
  UNDERSTANDING = 'UNDERSTANDING',
  RETAINING = 'RETAINING',
  USING_OR_WEIGHING = 'USING_OR_WEIGHING',
  COMMUNICATING = 'COMMUNICATING',
}

export enum AdvocacyReason {
  /** Substantial difficulty and nobody appropriate to support them (s.67(4)-(5)). */
  NO_APPROPRIATE_INDIVIDUAL = 'NO_APPROPRIATE_INDIVIDUAL',
  /** Substantial difficulty and an NHS hospital stay of 28 days or more is likely (Advocacy Regulations 2014, reg 4). */
  LIKELY_HOSPITAL_STAY_28_DAYS = 'LIKELY_HOSPITAL_STAY_28_DAYS',
  /** Substantial difficulty and a care home stay of 8 weeks or more is likely (reg 4). */
  LIKELY_CARE_HOME_STAY_8_WEEKS = 'LIKELY_CARE_HOME_STAY_8_WEEKS',
  /** Substantial difficulty, the council and the appropriate individual disagree, and both agree an advocate would help (reg 4). */
  DISAGREEMENT_WITH_APPROPRIATE_INDIVIDUAL = 'DISAGREEMENT_WITH_APPROPRIATE_INDIVIDUAL',
}

/** The facts a practitioner records; "advocate required" is derived from them, never stored. */
export interface AdvocacyFacts {
  difficulties: readonly InvolvementDifficulty[];
  likelyHospitalStay28Days: boolean;
  likelyCareHomeStay8Weeks: boolean;
  disagreementAdvocateWouldHelp: boolean;
}

export interface RelationshipFacts {
  kind: RelationshipKind;
  paid: boolean;
  startedOn: LocalDate | string | null;
  endedOn: LocalDate | string | null;
}

export interface AdvocacyRequirement {
  required: boolean;
  reasons: AdvocacyReason[];
  /** Someone current who is neither paid nor ended can support the person's involvement. */
  appropriateIndividual: boolean;
  advocateRecorded: boolean;
}

/**
 * R2a. An independent advocate is required when the person would have substantial difficulty in any one
 * of the four areas and either there is no appropriate individual, or — even with one — a long hospital or
 * care home stay is likely, or the council and the appropriate individual disagree and agree an advocate
 * would help. Without substantial difficulty the duty does not arise.
 */
export function advocacyRequirement(facts: AdvocacyFacts, relationships: readonly RelationshipFacts[], today: LocalDate): AdvocacyRequirement {
  const current = relationships.filter((r) => isCurrent(r, today));
  const appropriateIndividual = current.some((r) => r.kind === RelationshipKind.APPROPRIATE_INDIVIDUAL && !r.paid);
  const advocateRecorded = current.some((r) => r.kind === RelationshipKind.INDEPENDENT_ADVOCATE);
  const reasons: AdvocacyReason[] = [];
  if (facts.difficulties.length > 0) {
    if (!appropriateIndividual) reasons.push(AdvocacyReason.NO_APPROPRIATE_INDIVIDUAL);
    if (facts.likelyHospitalStay28Days) reasons.push(AdvocacyReason.LIKELY_HOSPITAL_STAY_28_DAYS);
    if (facts.likelyCareHomeStay8Weeks) reasons.push(AdvocacyReason.LIKELY_CARE_HOME_STAY_8_WEEKS);
    if (facts.disagreementAdvocateWouldHelp && appropriateIndividual) reasons.push(AdvocacyReason.DISAGREEMENT_WITH_APPROPRIATE_INDIVIDUAL);
  }
  return { required: reasons.length > 0, reasons, appropriateIndividual, advocateRecorded };
}

/** The guard before signing off a plan, completing an assessment or completing a review. */
export function assertAdvocacySatisfied(requirement: AdvocacyRequirement, action: string): void {
  if (requirement.required && !requirement.advocateRecorded) {
    throw new RuleViolation('R2a', `an independent advocate is required (${requirement.reasons.join(', ')}) but none is recorded, so you cannot ${action}`);
  }
}

export const NO_ADVOCACY_FACTS: AdvocacyFacts = {
  difficulties: [],
  likelyHospitalStay28Days: false,
  likelyCareHomeStay8Weeks: false,
  disagreementAdvocateWouldHelp: false,
};
