import { BadUserInput, Conflict, RuleViolation } from '../errors';
import { LocalDate } from '../local-date';
import { diedOnWords } from '../people/death';
import { meetsNeedsFromArrival, type ContinuityDuty } from './continuity';

/** Where a move between councils stands. */
export enum HandoverStatus {
  /** The receiving council has been told of the move and is satisfied it is genuine; the sending council is notified (R20). */
  NOTIFIED = 'NOTIFIED',
  /** The sending council has found the person among its records (R21 can begin). */
  MATCHED = 'MATCHED',
  /** The sending council has shared its information package (R21). */
  SHARED = 'SHARED',
  /** The move date has come: the sending council's plan has ended, and the receiving council meets the needs (R22). */
  ARRIVED = 'ARRIVED',
  /** The sending council does not know the person the notice describes; nothing of its records was shared. */
  NOT_KNOWN = 'NOT_KNOWN',
  /** The move is off; anything shared is no longer readable by the receiving council. */
  WITHDRAWN = 'WITHDRAWN',
}

/** Which side of a move a council is on. */
export enum HandoverDirection {
  /** The person is moving into the council's area: the receiving (second) council. */
  INCOMING = 'INCOMING',
  /** The person is moving out of the council's area: the sending (first) council. */
  OUTGOING = 'OUTGOING',
}

/** Every step of a handover. */
export enum HandoverAction {
  MATCH = 'MATCH',
  DECLINE = 'DECLINE',
  SHARE = 'SHARE',
  RECORD_ASSESSMENT = 'RECORD_ASSESSMENT',
  CHANGE_MOVE_DATE = 'CHANGE_MOVE_DATE',
  ARRIVE = 'ARRIVE',
  WITHDRAW = 'WITHDRAW',
  /** The system's, when the date of death on the person's record changes: see `moveAfterDeath`. */
  FOLLOW_DEATH = 'FOLLOW_DEATH',
}

const { NOTIFIED, MATCHED, SHARED, ARRIVED, NOT_KNOWN, WITHDRAWN } = HandoverStatus;
/** A move not yet ended: it can still change date, arrive or be withdrawn. */
export const HANDOVER_OPEN_STATUSES: readonly HandoverStatus[] = [NOTIFIED, MATCHED, SHARED];
const BEFORE_ARRIVAL = HANDOVER_OPEN_STATUSES;

const MOVES: Record<HandoverAction, { from: readonly HandoverStatus[]; to?: HandoverStatus }> = {
  MATCH: { from: [NOTIFIED], to: MATCHED },
  DECLINE: { from: [NOTIFIED], to: NOT_KNOWN },
  // One package per move: an immutable copy of that moment (R21).
  SHARE: { from: [MATCHED], to: SHARED },
  // R22: the receiving council may assess before the move date, or after it while meeting the old plan's needs.
  RECORD_ASSESSMENT: { from: [NOTIFIED, MATCHED, SHARED, ARRIVED] },
  CHANGE_MOVE_DATE: { from: BEFORE_ARRIVAL },
  ARRIVE: { from: BEFORE_ARRIVAL, to: ARRIVED },
  WITHDRAW: { from: BEFORE_ARRIVAL, to: WITHDRAWN },
  // Its status is the one moveAfterDeath gives: withdrawn, or back to the one a death withdrew it from.
  FOLLOW_DEATH: { from: [...BEFORE_ARRIVAL, WITHDRAWN] },
};

const words = (s: string) => s.toLowerCase().replace(/_/g, ' ');

/** The status a step leads to (the same one for steps that do not move it), or CONFLICT. */
export function handoverTransition(from: HandoverStatus, action: HandoverAction): HandoverStatus {
  const move = MOVES[action];
  if (!move.from.includes(from)) {
    throw new Conflict(`a handover that is ${words(from)} cannot ${words(action)}; it must be ${move.from.map(words).join(' or ')}`);
  }
  return move.to ?? from;
}

/** What the receiving council says when it starts a handover (R20). */
export interface HandoverNotice {
  fromAuthority: string;
  toAuthority: string;
  intendedMoveDate: LocalDate;
  genuineIntention: boolean;
  today: LocalDate;
}

/** The furthest ahead a move is planned in this system: a notice for a move years away is a mistake. */
export const MAX_MOVE_NOTICE_DAYS = 366;

/** R20: the receiving council starts a handover only for a move it is satisfied is genuine, from another council, not in the past. */
export function assertHandoverStartable(notice: HandoverNotice): void {
  if (notice.fromAuthority === notice.toAuthority) throw new BadUserInput('fromAuthorityCode', 'the person must be moving from another council’s area');
  if (!notice.genuineIntention) {
    throw new RuleViolation('R20', 'the council must be satisfied that the person genuinely intends to move before it starts a handover');
  }
  assertMoveDate(notice.intendedMoveDate, notice.today, 'intendedMoveDate');
}

export function assertMoveDate(moveDate: LocalDate, today: LocalDate, field: string): void {
  if (moveDate.isBefore(today)) throw new BadUserInput(field, `${field} must be today or later`);
  if (moveDate.isAfter(today.plusDays(MAX_MOVE_NOTICE_DAYS))) throw new BadUserInput(field, `${field} must be within ${MAX_MOVE_NOTICE_DAYS} days`);
}

/**
 * Matching: the sending council confirms the notice is about its person. When both sides hold an NHS
 * number they must be the same; a different date of birth is not this person either.
 */
export function assertNoticeMatches(notice: { nhsNumber: string | null; dateOfBirth: string }, person: { nhsNumber: string | null; dateOfBirth: string }): void {
  if (notice.nhsNumber && person.nhsNumber && notice.nhsNumber !== person.nhsNumber) {
    throw new BadUserInput('personId', 'the person’s NHS number is not the one in the notice; if the notice is about someone you do not know, decline it');
  }
  if (notice.dateOfBirth !== person.dateOfBirth) {
    throw new BadUserInput('personId', 'the person’s date of birth is not the one in the notice; if the notice is about someone you do not know, decline it');
  }
}

/** R20: a person whose death is recorded moves nowhere: no notice is started or matched for them. */
export function assertPersonCanMove(person: { dateOfDeath: string | null }): void {
  if (person.dateOfDeath) throw new RuleViolation('R20', `the person died on ${person.dateOfDeath}: there is no move to hand over`);
}

/** A move as the deaths recorded of its person touch it; `withdrawnFrom` is held only by a move a death withdrew. */
interface MoveDeathFacts {
  status: HandoverStatus;
  closedReason: string | null;
  withdrawnFrom: HandoverStatus | null;
  /** The records (the person's, on each council's side) whose date of death holds the move withdrawn. */
  withdrawnForDeaths: readonly string[];
}

/** What a move becomes when the date of death on one council's record of its person changes. */
export interface MoveAfterDeath {
  status: HandoverStatus;
  closedReason: string | null;
  withdrawnFrom: HandoverStatus | null;
  withdrawnForDeaths: string[];
  reinstatedOn: string | null;
  reinstatedReason: string | null;
}

/** Why a move stays withdrawn once one council's date of death is removed while the other council's stands. */
export const DEATH_RECORDED_BY_THE_OTHER_COUNCIL = 'The person’s death is recorded by the other council.';

/**
 * R20, R22: what the date of death on one council's record of the person (`record`), as it now stands, makes of
 * their move. Recorded: a move not yet arrived is withdrawn, keeping the status it had, with why; one a death
 * already withdrew is held by this one too. Corrected: the words say the new day. Removed as recorded in error:
 * once no council's date of death holds it, it comes back as it was, so the person still moves and the receiving
 * council meets their needs from arrival. Null when nothing changes, so asking again changes nothing.
 */
export function moveAfterDeath(h: MoveDeathFacts, record: { id: string; dateOfDeath: string | null }, today: LocalDate): MoveAfterDeath | null {
  const byDeath = h.status === WITHDRAWN && h.withdrawnFrom !== null;
  const holds = h.withdrawnForDeaths.includes(record.id);
  const others = h.withdrawnForDeaths.filter((id) => id !== record.id);
  const still = { status: WITHDRAWN, withdrawnFrom: h.withdrawnFrom, reinstatedOn: null, reinstatedReason: null };
  if (!record.dateOfDeath) {
    if (!byDeath || !holds) return null;
    if (others.length) return { ...still, closedReason: DEATH_RECORDED_BY_THE_OTHER_COUNCIL, withdrawnForDeaths: others };
    const reinstatedReason = `It was withdrawn for a death recorded in error: the date of death was removed from the person’s record on ${today}.`;
    return { status: h.withdrawnFrom!, closedReason: null, withdrawnFrom: null, withdrawnForDeaths: [], reinstatedOn: today.toString(), reinstatedReason };
  }
  const closedReason = diedOnWords(record.dateOfDeath);
  if (BEFORE_ARRIVAL.includes(h.status)) return { ...still, closedReason, withdrawnFrom: h.status, withdrawnForDeaths: [record.id] };
  if (!byDeath) return null;
  if (!holds) return { ...still, closedReason: h.closedReason, withdrawnForDeaths: [...h.withdrawnForDeaths, record.id] };
  return h.closedReason === closedReason ? null : { ...still, closedReason, withdrawnForDeaths: [...h.withdrawnForDeaths] };
}

/** What the sending council shares (R21): the current plan always; the rest as the receiving council needs. */
export enum HandoverPackagePart {
  CURRENT_PLAN = 'CURRENT_PLAN',
  LATEST_ASSESSMENT = 'LATEST_ASSESSMENT',
  CARER_SUPPORT_PLAN = 'CARER_SUPPORT_PLAN',
}

/**
 * R21: the package holds the current plan and the latest assessment; a carer's support plan when the carer
 * moves too; and, when the person has direct payments, the sending council's advice on their contracts'
 * notice terms.
 */
export function assertPackageComplete(p: { include: readonly HandoverPackagePart[]; hasCurrentPlan: boolean; directPayments: number; directPaymentAdvice: string | null; carerPlanFound: boolean }): void {
  for (const part of [HandoverPackagePart.CURRENT_PLAN, HandoverPackagePart.LATEST_ASSESSMENT]) {
    if (!p.include.includes(part)) throw new RuleViolation('R21', `the package must include the ${words(part)}`);
  }
  if (!p.hasCurrentPlan) throw new RuleViolation('R21', 'the person has no plan in force to share; share it once the plan is agreed');
  if (p.include.includes(HandoverPackagePart.CARER_SUPPORT_PLAN) && !p.carerPlanFound) {
    throw new BadUserInput('include', 'no carer’s support plan is in force for a carer of this person');
  }
  if (p.directPayments > 0 && !p.directPaymentAdvice) {
    throw new RuleViolation('R21', 'the person has direct payments: advise on the notice terms of their contracts (directPaymentAdvice)');
  }
}

/** R22: how the receiving council's view of eligible needs differs from the sending council's. */
export function needsDifferences(sending: readonly string[], receiving: readonly string[]): { added: string[]; removed: string[] } {
  return { added: receiving.filter((n) => !sending.includes(n)), removed: sending.filter((n) => !receiving.includes(n)) };
}

/** R22: any difference in needs or budget is explained in writing to the person. */
export function assertDifferencesExplained(d: { added: readonly string[]; removed: readonly string[]; budgetChanged: boolean; explanation: string | null }): void {
  if ((d.added.length || d.removed.length || d.budgetChanged) && !d.explanation) {
    throw new RuleViolation('R22', 'the assessment differs from the sending council’s (needs or budget): explain the difference to the person in writing (differencesExplanation)');
  }
}

/**
 * R22: on the move date, a receiving council that has not yet assessed meets the needs in the sending
 * council's plan from the day of arrival until it has — where the law puts that duty on it.
 */
export function needsInterimArrangement(h: { duty: ContinuityDuty; assessed: boolean; planShared: boolean }): boolean {
  return meetsNeedsFromArrival(h.duty) && !h.assessed && h.planShared;
}

/** Whether the move date has come (the worker acts on it once, whatever retries). */
export function moveDateReached(moveDate: string, today: LocalDate): boolean {
  return !LocalDate.parse(moveDate).isAfter(today);
}
