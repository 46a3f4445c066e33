import { advocateCopy } from '../documents/letter';
import { PlanStatus } from '../enums';
import { BadUserInput, RuleViolation } from '../errors';
import { LocalDate } from '../local-date';
import { RelationshipKind } from '../people/relationships';

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

/** R15: where a request for a review stands. */
export enum RequestDecision {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  REFUSED = 'REFUSED',
}

/**
 * R14: an unplanned review follows a change that may leave needs unmet, so by default it is due two
 * weeks from when it is asked for: soon enough to act on the change, long enough to arrange for the
 * person, their carer and any advocate to take part (R1). Set an earlier date when the change is urgent.
 */
export const UNPLANNED_REVIEW_DAYS = 14;

/**
 * R15: a reasonable request is met within a reasonable time: by default 28 days from the request (the
 * same lead as the first reminder, R18). The time runs from the request, so deciding late does not
 * extend it.
 */
export const REQUESTED_REVIEW_DAYS = 28;

/** Later than this an unplanned or requested review no longer answers the change; the planned review (R13) covers it. */
const PROMPT_REVIEW_MONTHS = 3;

/** Plans that are reviewed: agreed and not yet revised or closed. */
const IN_FORCE = [PlanStatus.AGREED, PlanStatus.ACTIVE, PlanStatus.UNDER_REVIEW];

function text(raw: string | null | undefined, field: string, max: number): string | null {
  const value = raw?.normalize('NFC').trim() ?? '';
  if (value.length > max) throw new BadUserInput(field, `${field} must be at most ${max} characters`);
  return value || null;
}

function promptDueDate(raw: string | null | undefined, fallback: LocalDate, today: LocalDate): LocalDate {
  if (!raw) return fallback;
  const due = LocalDate.parse(raw, 'dueDate');
  if (due.isBefore(today)) throw new BadUserInput('dueDate', 'dueDate must be today or later');
  if (due.isAfter(today.plusMonths(PROMPT_REVIEW_MONTHS))) {
    throw new BadUserInput('dueDate', `an unplanned or requested review is due within ${PROMPT_REVIEW_MONTHS} months; later than that the planned review covers it`);
  }
  return due;
}

/** R14, R15: only a plan in force is reviewed. */
export function assertPlanInForce(status: PlanStatus): void {
  if (!IN_FORCE.includes(status)) throw new BadUserInput('planId', `a plan that is ${status.toLowerCase().replace('_', ' ')} is not reviewed; review the plan in force`);
}

export interface UnplannedReviewInput {
  trigger: UnplannedTrigger;
  details?: string | null;
  dueDate?: string | null;
}

/** R14: what changed (in words when the trigger is OTHER) and when the review is due. */
export function parseUnplannedReview(input: UnplannedReviewInput, today: LocalDate): { trigger: UnplannedTrigger; details: string | null; dueDate: LocalDate } {
  const details = text(input.details, 'details', 4000);
  if (input.trigger === UnplannedTrigger.OTHER && !details) throw new BadUserInput('details', 'say what changed when the trigger is OTHER');
  return { trigger: input.trigger, details, dueDate: promptDueDate(input.dueDate, today.plusDays(UNPLANNED_REVIEW_DAYS), today) };
}

/** R15: a requested review is due a reasonable time after the request. */
export function requestedReviewDue(requestedOn: LocalDate): LocalDate {
  return requestedOn.plusDays(REQUESTED_REVIEW_DAYS);
}

export interface ReviewRequestInput {
  requestedBy: ReviewRequester;
  requestedOn: string;
  details: string;
}

/** R15: when the request was made (not in the future) and what was asked. */
export function parseReviewRequest(input: ReviewRequestInput, today: LocalDate): { requestedBy: ReviewRequester; requestedOn: LocalDate; details: string } {
  const requestedOn = LocalDate.parse(input.requestedOn, 'requestedOn');
  if (requestedOn.isAfter(today)) throw new BadUserInput('requestedOn', 'requestedOn must not be in the future');
  const details = text(input.details, 'details', 4000);
  if (!details) throw new BadUserInput('details', 'record what was asked for and why');
  return { requestedBy: input.requestedBy, requestedOn, details };
}

const REQUESTER_KIND: Partial<Record<ReviewRequester, { kind: RelationshipKind; words: string }>> = {
  CARER: { kind: RelationshipKind.UNPAID_CARER, words: 'carer' },
  ADVOCATE: { kind: RelationshipKind.INDEPENDENT_ADVOCATE, words: 'independent advocate' },
};

/**
 * R15: a carer or advocate who asks is one on the person's record (so the refusal letter reaches the
 * right person): the one named, or the only one there is. The person asking for themselves has no name here.
 */
export function requesterName(requestedBy: ReviewRequester, name: string | null | undefined, current: ReadonlyArray<{ kind: RelationshipKind; name: string }>): string | null {
  const wanted = name?.normalize('NFC').trim() || null;
  const as = REQUESTER_KIND[requestedBy];
  if (!as) {
    if (wanted) throw new BadUserInput('requesterName', 'the person asking for themselves is not named again');
    return null;
  }
  const candidates = current.filter((r) => r.kind === as.kind).map((r) => r.name);
  if (candidates.length === 0) throw new BadUserInput('requestedBy', `no current ${as.words} is recorded for the person; record them first`);
  if (wanted) {
    const found = candidates.find((c) => c.toLowerCase() === wanted.toLowerCase());
    if (!found) throw new BadUserInput('requesterName', `${wanted} is not a current ${as.words} of the person`);
    return found;
  }
  if (candidates.length > 1) throw new BadUserInput('requesterName', `the person has more than one ${as.words}; say which one asked`);
  return candidates[0]!;
}

/** R15: a request is accepted, or refused with written reasons (which go to the person as a letter). */
export function assertRequestDecision(accept: boolean, reasons: string | null | undefined): void {
  const given = reasons?.trim() ?? '';
  if (!accept && given.length < 20) throw new RuleViolation('R15', 'refusing a requested review needs written reasons for the person');
  if (given.length > 4000) throw new BadUserInput('reasons', 'reasons must be at most 4000 characters');
}

export interface RequestDecisionInput {
  accept: boolean;
  reasons?: string | null;
  dueDate?: string | null;
  copyToAdvocate?: boolean | null;
}

/**
 * R15: an acceptance sets when the review is due (by default a reasonable time after the request); a
 * refusal gives written reasons, and only a refusal is sent as a letter.
 */
export function parseRequestDecision(input: RequestDecisionInput, requestedOn: LocalDate, today: LocalDate): { reasons: string | null; dueDate: LocalDate | null } {
  assertRequestDecision(input.accept, input.reasons);
  const reasons = text(input.reasons, 'reasons', 4000);
  if (!input.accept) {
    if (input.dueDate) throw new BadUserInput('dueDate', 'a refused request has no due date');
    return { reasons, dueDate: null };
  }
  if (input.copyToAdvocate) throw new BadUserInput('copyToAdvocate', 'only a refusal is sent as a letter');
  return { reasons, dueDate: promptDueDate(input.dueDate, requestedReviewDue(requestedOn), today) };
}

/** R15: a refusal goes to the person, with copies to a carer or advocate who asked, and to the advocate when the person asks. */
export function refusalCopies(requestedBy: ReviewRequester, requester: string | null, copyToAdvocate: boolean | null | undefined, advocate: { name: string } | null): string[] {
  const as = REQUESTER_KIND[requestedBy];
  const asked = as && requester ? [`${requester} (${as.words})`] : [];
  return [...new Set([...asked, ...advocateCopy(copyToAdvocate, advocate)])];
}
