import { BadUserInput, RuleViolation } from '../errors';
import { LocalDate } from '../local-date';

/** The people and organisations around a person that the council must know about and, often, involve (R1). */
export enum RelationshipKind {
  UNPAID_CARER = 'UNPAID_CARER',
  APPROPRIATE_INDIVIDUAL = 'APPROPRIATE_INDIVIDUAL',
  INDEPENDENT_ADVOCATE = 'INDEPENDENT_ADVOCATE',
  NOMINATED_PERSON = 'NOMINATED_PERSON',
  /** Receives and manages a direct payment for a person who lacks capacity (England "authorised", Wales "suitable" person). */
  AUTHORISED_PERSON = 'AUTHORISED_PERSON',
  ATTORNEY = 'ATTORNEY',
  DEPUTY = 'DEPUTY',
  HOUSEHOLD_MEMBER = 'HOUSEHOLD_MEMBER',
  GP_PRACTICE = 'GP_PRACTICE',
  LEAD_PROFESSIONAL = 'LEAD_PROFESSIONAL',
  NAMED_COORDINATOR = 'NAMED_COORDINATOR',
}

/** What a lasting power of attorney or a Court of Protection deputyship covers. */
export enum PowerScope {
  HEALTH_AND_WELFARE = 'HEALTH_AND_WELFARE',
  PROPERTY_AND_AFFAIRS = 'PROPERTY_AND_AFFAIRS',
}

export interface RelationshipInput {
  kind: RelationshipKind;
  name: string;
  /** When the other party also has a record here (a carer with their own assessment, say). */
  relatedPersonId?: string | null;
  relationshipToPerson?: string | null;
  organisation?: string | null;
  contact?: string | null;
  /** Paid to care for the person (a care worker): such a person can never be the appropriate individual. */
  paid?: boolean | null;
  /** For an unpaid carer: are they willing and able to go on caring (s.10 and s.18), and when was that recorded. */
  willingAndAble?: boolean | null;
  willingAndAbleRecordedOn?: string | null;
  powerScope?: PowerScope | null;
  startedOn?: string | null;
  endedOn?: string | null;
}

export interface Relationship {
  kind: RelationshipKind;
  name: string;
  relatedPersonId: string | null;
  relationshipToPerson: string | null;
  organisation: string | null;
  contact: string | null;
  paid: boolean;
  willingAndAble: boolean | null;
  willingAndAbleRecordedOn: LocalDate | null;
  powerScope: PowerScope | null;
  startedOn: LocalDate | null;
  endedOn: LocalDate | null;
}

function text(raw: string | null | undefined, field: string, max: number, required = false): string | null {
  const value = raw?.normalize('NFC').trim().replace(/\s+/g, ' ') ?? '';
  if (!value) {
    if (required) throw new BadUserInput(field, `${field} must not be empty`);
    return null;
  }
  if (value.length > max) throw new BadUserInput(field, `${field} must be at most ${max} characters`);
  if (/[\p{Cc}<>]/u.test(value)) throw new BadUserInput(field, `${field} contains characters that are not allowed`);
  return value;
}

function date(raw: string | null | undefined, field: string): LocalDate | null {
  return raw ? LocalDate.parse(raw, field) : null;
}

/** Validates a relationship before it is recorded; each kind carries the facts the law asks of it. */
export function parseRelationship(input: RelationshipInput, today: LocalDate = LocalDate.today()): Relationship {
  const paid = input.paid ?? false;
  if (input.kind === RelationshipKind.APPROPRIATE_INDIVIDUAL && paid) {
    throw new RuleViolation('R2a', 'a paid carer or professional can never be the appropriate individual (Care Act s.67(5))');
  }
  if (input.kind === RelationshipKind.UNPAID_CARER && paid) {
    throw new BadUserInput('paid', 'an unpaid carer is not paid to care; record a paid carer as a service, not a carer');
  }
  const relationship: Relationship = {
    kind: input.kind,
    name: text(input.name, 'name', 200, true)!,
    relatedPersonId: input.relatedPersonId ?? null,
    relationshipToPerson: text(input.relationshipToPerson, 'relationshipToPerson', 100),
    organisation: text(input.organisation, 'organisation', 200),
    contact: text(input.contact, 'contact', 300),
    paid,
    willingAndAble: input.willingAndAble ?? null,
    willingAndAbleRecordedOn: date(input.willingAndAbleRecordedOn, 'willingAndAbleRecordedOn'),
    powerScope: input.powerScope ?? null,
    startedOn: date(input.startedOn, 'startedOn'),
    endedOn: date(input.endedOn, 'endedOn'),
  };
  if (input.kind !== RelationshipKind.UNPAID_CARER && relationship.willingAndAble !== null) {
    throw new BadUserInput('willingAndAble', 'willingness and ability to care is recorded for unpaid carers only');
  }
  if ((relationship.willingAndAble === null) !== (relationship.willingAndAbleRecordedOn === null)) {
    throw new BadUserInput('willingAndAbleRecordedOn', 'record whether the carer is willing and able together with the date it was recorded');
  }
  if (relationship.willingAndAbleRecordedOn?.isAfter(today)) {
    throw new BadUserInput('willingAndAbleRecordedOn', 'willingAndAbleRecordedOn must not be in the future');
  }
  const needsScope = input.kind === RelationshipKind.ATTORNEY || input.kind === RelationshipKind.DEPUTY;
  if (needsScope !== (relationship.powerScope !== null)) {
    throw new BadUserInput('powerScope', needsScope ? 'say what the attorney or deputy may decide: health and welfare, or property and affairs' : 'powerScope applies to attorneys and deputies only');
  }
  if (input.kind === RelationshipKind.INDEPENDENT_ADVOCATE) {
    if (!relationship.organisation) throw new BadUserInput('organisation', 'record the advocacy provider');
    if (!relationship.startedOn) throw new BadUserInput('startedOn', 'record when the advocate was appointed');
  }
  if (relationship.startedOn && relationship.endedOn?.isBefore(relationship.startedOn)) {
    throw new BadUserInput('endedOn', 'endedOn must not be before startedOn');
  }
  return relationship;
}

/** Whether a relationship stands on a day: started (or no start recorded) and not yet ended. */
export function isCurrent(r: { startedOn: LocalDate | string | null; endedOn: LocalDate | string | null }, today: LocalDate): boolean {
  const started = r.startedOn === null ? null : LocalDate.parse(String(r.startedOn));
  const ended = r.endedOn === null ? null : LocalDate.parse(String(r.endedOn));
  return (!started || !started.isAfter(today)) && (!ended || ended.isAfter(today));
}

/**
 * R14: an unpaid carer has stopped caring — no longer willing and able, or their caring ended — which calls
 * for an unplanned review of the person's plan (trigger CARER_CHANGE). Other edits of the record do not.
 */
export function carerStoppedCaring(
  kind: RelationshipKind,
  before: { willingAndAble: boolean | null; endedOn: string | null },
  after: { willingAndAble: boolean | null; endedOn: string | null },
): boolean {
  if (kind !== RelationshipKind.UNPAID_CARER) return false;
  return (before.willingAndAble !== false && after.willingAndAble === false) || (!before.endedOn && Boolean(after.endedOn));
}

/**
 * R14: the unpaid carers with records of their own here whose caring ended because the person died: each of
 * their plans in force is reviewed (trigger CARER_CHANGE), as their own needs and wishes may have changed.
 */
export function bereavedCarers(relationships: ReadonlyArray<{ kind: RelationshipKind; paid: boolean; relatedPersonId: string | null }>): string[] {
  const carers = relationships.filter((r) => r.kind === RelationshipKind.UNPAID_CARER && !r.paid && r.relatedPersonId).map((r) => r.relatedPersonId!);
  return [...new Set(carers)];
}

/** A relationship as the death of the person it points to touches it. */
interface RelationshipDeathFacts {
  startedOn: string | null;
  endedOn: string | null;
  endedForDeath: boolean;
  /** The end it had before the death ended it (a carer's planned last day, say); null when it had none. */
  endedOnBeforeDeath: string | null;
}

/**
 * R14, R2a, R12a: a person who died is no one's carer, attorney, advocate or nominated person any more. What
 * the date of death on their record, as it now stands, makes of a relationship others have with them: one
 * standing on that day ends on it, keeping the end it had; one it ended moves with a corrected date (or ends on
 * its own day, if that now comes first), and has its own end back once the date is removed as recorded in error.
 * Null when nothing changes, so asking again changes nothing.
 */
export function relationshipAfterDeath(r: RelationshipDeathFacts, dateOfDeath: string | null): Omit<RelationshipDeathFacts, 'startedOn'> | null {
  const own = { endedOn: r.endedForDeath ? r.endedOnBeforeDeath : r.endedOn, endedForDeath: false, endedOnBeforeDeath: null };
  if (!dateOfDeath || !isCurrent({ startedOn: r.startedOn, endedOn: own.endedOn }, LocalDate.parse(dateOfDeath))) return r.endedForDeath ? own : null;
  if (r.endedForDeath && r.endedOn === dateOfDeath) return null;
  return { endedOn: dateOfDeath, endedForDeath: true, endedOnBeforeDeath: own.endedOn };
}
