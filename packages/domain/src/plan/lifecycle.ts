import { PlanStatus, ReviewStatus } from '../enums';
import { BadUserInput, Conflict, RuleViolation } from '../errors';
import type { LocalDate } from '../local-date';
import { ReviewOutcome } from '../review/outcome';
import { isPlanHistory, isPlanInForce } from '../rules/current-plan';
import { diedOnWords } from '../people/death';

/** Every step a plan can take; each is one mutation stating the version it edits. */
export enum PlanAction {
  PROPOSE = 'PROPOSE',
  SUBMIT_FOR_APPROVAL = 'SUBMIT_FOR_APPROVAL',
  APPROVE = 'APPROVE',
  RETURN = 'RETURN',
  AGREE = 'AGREE',
  ACTIVATE = 'ACTIVATE',
  START_REVIEW = 'START_REVIEW',
  END_REVIEW = 'END_REVIEW',
  REVISE = 'REVISE',
  CLOSE = 'CLOSE',
  WITHDRAW = 'WITHDRAW',
}

const { DRAFT, PROPOSED, AWAITING_APPROVAL, APPROVED, RETURNED, AGREED, ACTIVE, UNDER_REVIEW, REVISED, CLOSED, WITHDRAWN } = PlanStatus;

const MOVES: Record<PlanAction, { from: readonly PlanStatus[]; to: PlanStatus }> = {
  PROPOSE: { from: [DRAFT, RETURNED], to: PROPOSED },
  // An approved plan is submitted again when its real cost goes beyond what was approved (R8).
  SUBMIT_FOR_APPROVAL: { from: [PROPOSED, APPROVED], to: AWAITING_APPROVAL },
  APPROVE: { from: [AWAITING_APPROVAL], to: APPROVED },
  // An approved plan the person will not sign can go back for changes: no dead ends (R9).
  RETURN: { from: [AWAITING_APPROVAL, APPROVED], to: RETURNED },
  AGREE: { from: [APPROVED], to: AGREED },
  ACTIVATE: { from: [AGREED], to: ACTIVE },
  START_REVIEW: { from: [ACTIVE], to: UNDER_REVIEW },
  // A review that changed nothing (no change, or confirmed in Wales) leaves the plan in force as it was.
  END_REVIEW: { from: [UNDER_REVIEW], to: ACTIVE },
  // A version in force becomes REVISED when its revision is agreed: until then it stays in force (R9).
  REVISE: { from: [AGREED, ACTIVE, UNDER_REVIEW], to: REVISED },
  // A plan in force closes: after a review that concluded so, or when the person died or moved away (R17).
  CLOSE: { from: [AGREED, ACTIVE, UNDER_REVIEW], to: CLOSED },
  // A plan never agreed is withdrawn, not closed: nothing was in force under it (R9).
  WITHDRAW: { from: [DRAFT, PROPOSED, AWAITING_APPROVAL, APPROVED, RETURNED], to: WITHDRAWN },
};

/** Every step as from → to, for the lifecycle diagram in the docs. */
export function planMoves(): ReadonlyArray<{ action: PlanAction; from: PlanStatus; to: PlanStatus }> {
  return Object.entries(MOVES).flatMap(([action, move]) => move.from.map((from) => ({ action: action as PlanAction, from, to: move.to })));
}

/** The status a step leads to, or CONFLICT naming the step and the status the plan is in. */
export function planTransition(from: PlanStatus, action: PlanAction): PlanStatus {
  const move = MOVES[action];
  if (!move.from.includes(from)) {
    throw new Conflict(`a plan that is ${from.toLowerCase().replace(/_/g, ' ')} cannot ${action.toLowerCase().replace(/_/g, ' ')}; it must be ${move.from.map((s) => s.toLowerCase().replace(/_/g, ' ')).join(' or ')}`);
  }
  return move.to;
}

/** Content changes only while the plan is being drafted, or after approval returned it. */
export function assertPlanEditable(status: PlanStatus): void {
  if (status !== DRAFT && status !== RETURNED) {
    throw new Conflict(`a plan that is ${status.toLowerCase().replace(/_/g, ' ')} cannot be edited; revise it to make a new version`);
  }
}

/** A revision is prepared from a plan in force (a new draft version); the plan stays in force meanwhile (R9). */
export function assertRevisable(status: PlanStatus): void {
  if (status !== ACTIVE && status !== UNDER_REVIEW) {
    throw new Conflict(`a plan that is ${status.toLowerCase().replace(/_/g, ' ')} cannot be revised; only a plan in force can`);
  }
}

/** R17: why a plan in force was closed. */
export enum PlanClosureReason {
  /** A review concluded it should close (outcome CLOSE); only the review's own completion closes it this way. */
  AFTER_REVIEW = 'AFTER_REVIEW',
  DIED = 'DIED',
  MOVED_TO_ANOTHER_COUNCIL = 'MOVED_TO_ANOTHER_COUNCIL',
}

/**
 * R17: a plan closes only after a review that concluded so, or without one when the person died or moved
 * to another council; the words say what happened. `afterReview` is the review that closed it, if any.
 */
export function assertPlanClosure(reason: PlanClosureReason, details: string, afterReview: string | null): void {
  if (reason === PlanClosureReason.AFTER_REVIEW && !afterReview) {
    throw new RuleViolation('R17', 'a plan closes after a review when that review is completed with outcome CLOSE; without one, only when the person died or moved to another council');
  }
  if (details.trim().length < 10) throw new BadUserInput('details', 'say why the plan is closed (at least 10 characters)');
}

/**
 * R17: the day a plan closes without a review. A death closes it on the date of death as the person's
 * record has it — not the day someone closes it — so nothing is paid or planned for the days between;
 * a plan cannot close for a death the record does not show. Other closures take effect today.
 */
export function closingDay(reason: PlanClosureReason, person: { dateOfDeath: string | null }, today: LocalDate): string {
  if (reason !== PlanClosureReason.DIED) return today.toString();
  if (!person.dateOfDeath) throw new RuleViolation('R17', 'record the person’s date of death first (updatePerson): a plan closes for a death on that day');
  return person.dateOfDeath;
}

/** R9: why a plan that never came into force was withdrawn. */
export enum PlanWithdrawalReason {
  /** The person (or their representative) decided not to go ahead with it. */
  PERSON_DECLINED = 'PERSON_DECLINED',
  /** Their needs changed, so it is no longer wanted (e.g. needs now met another way, or a revision not needed after all). */
  NO_LONGER_NEEDED = 'NO_LONGER_NEEDED',
  /** The person died: withdrawn when the date of death is recorded. */
  DIED = 'DIED',
  /** The person moved to another council's area: withdrawn on the move date of a move made here, or by hand for one made otherwise. */
  MOVED_TO_ANOTHER_COUNCIL = 'MOVED_TO_ANOTHER_COUNCIL',
  /** It revised a version that has since ended (closed, or replaced by another plan agreed): there is nothing left for it to replace. */
  REVISED_PLAN_ENDED = 'REVISED_PLAN_ENDED',
}

/** The reasons only the system records, from the fact that brings them (a death, a closure). */
const RECORDED_BY_THE_SYSTEM: Partial<Record<PlanWithdrawalReason, string>> = {
  DIED: 'record the person’s date of death (updatePerson): their plans not yet agreed are withdrawn then, on that date',
  REVISED_PLAN_ENDED: 'a revision is withdrawn when the version it revises closes or is replaced',
};

/**
 * R9: a practitioner withdraws a plan not yet agreed when the person declined it, it is no longer needed, or
 * they moved away (a move made here withdraws it by itself; one to a council elsewhere is told by hand, as a
 * closure is), saying what happened. A death and a closure withdraw plans by themselves, from the fact
 * recorded, so no one records them here (RULE_VIOLATION R9 naming the step that does).
 */
export function assertPlanWithdrawal(reason: PlanWithdrawalReason, details: string): void {
  const automatic = RECORDED_BY_THE_SYSTEM[reason];
  if (automatic) throw new RuleViolation('R9', automatic);
  if (details.trim().length < 10) throw new BadUserInput('details', 'say why the plan is withdrawn (at least 10 characters)');
}

/**
 * R17, R9: what a date of death recorded in error ended comes back once the record no longer holds it. A plan
 * the death ended (closed or withdrawn as DIED) returns to the status it ended from; one ended before that was
 * kept returns as a plan closed or withdrawn had to be: in force (ACTIVE), or a draft to be proposed again.
 * Null for a plan the death did not end, which stays as it is.
 */
export function statusBeforeDeath(plan: {
  status: PlanStatus;
  closureReason: PlanClosureReason | null;
  withdrawalReason: PlanWithdrawalReason | null;
  endedFrom: PlanStatus | null;
}): PlanStatus | null {
  if (plan.status === CLOSED && plan.closureReason === PlanClosureReason.DIED) return plan.endedFrom ?? ACTIVE;
  if (plan.status === WITHDRAWN && plan.withdrawalReason === PlanWithdrawalReason.DIED) return plan.endedFrom ?? DRAFT;
  return null;
}

/**
 * R17, R9: a plan the death ended ends on the date of death the record now holds: corrected, its closure or
 * withdrawal moves to that day, and the words the system wrote say so (a practitioner's own are kept). Null
 * for a plan the death did not end, or one already ending that day.
 */
export function deathEndCorrected(
  plan: { status: PlanStatus; closureReason: PlanClosureReason | null; withdrawalReason: PlanWithdrawalReason | null; closedOn: string | null; withdrawnOn: string | null; closedReason: string | null; withdrawalDetails: string | null },
  diedOn: string,
): { closedOn: string; closedReason: string | null } | { withdrawnOn: string; withdrawalDetails: string | null } | null {
  const words = (was: string | null, on: string | null) => (was === diedOnWords(on) ? diedOnWords(diedOn) : was);
  if (plan.status === CLOSED && plan.closureReason === PlanClosureReason.DIED && plan.closedOn !== diedOn) {
    return { closedOn: diedOn, closedReason: words(plan.closedReason, plan.closedOn) };
  }
  if (plan.status === WITHDRAWN && plan.withdrawalReason === PlanWithdrawalReason.DIED && plan.withdrawnOn !== diedOn) {
    return { withdrawnOn: diedOn, withdrawalDetails: words(plan.withdrawalDetails, plan.withdrawnOn) };
  }
  return null;
}

/**
 * R22, R17: a plan a death recorded in error ended, of a person who has since moved to another council's area
 * (the move the death withdrew came back, and arrived before the plan did): it ends as the move ends a plan —
 * closed, or withdrawn if never agreed, on the move date with the move's words — not back in force with a
 * council the person has left. Null for a plan the death did not end.
 */
export function movedInsteadOfDied(
  plan: { status: PlanStatus; closureReason: PlanClosureReason | null; withdrawalReason: PlanWithdrawalReason | null },
  moveDate: string,
  details: string,
): { closureReason: PlanClosureReason; closedOn: string; closedReason: string } | { withdrawalReason: PlanWithdrawalReason; withdrawnOn: string; withdrawalDetails: string } | null {
  if (plan.status === CLOSED && plan.closureReason === PlanClosureReason.DIED) return { closureReason: PlanClosureReason.MOVED_TO_ANOTHER_COUNCIL, closedOn: moveDate, closedReason: details };
  if (plan.status === WITHDRAWN && plan.withdrawalReason === PlanWithdrawalReason.DIED) return { withdrawalReason: PlanWithdrawalReason.MOVED_TO_ANOTHER_COUNCIL, withdrawnOn: moveDate, withdrawalDetails: details };
  return null;
}

/**
 * R9, R22: the plans a plan not yet agreed replaces once agreed, so that a person has one plan of a kind in
 * force: the version it revises, or — a new plan after a new assessment, such as the receiving council's own
 * after a move, which replaces the plan that continued the other council's — their other plans of that kind
 * in force. None for a plan already in force or ended.
 */
export function plansReplacedBy<T extends { id: string; kind: string; status: PlanStatus }>(
  plan: { id: string; kind: string; status: PlanStatus; previousVersionId: string | null },
  personsPlans: readonly T[],
): T[] {
  if (isPlanInForce(plan.status) || isPlanHistory(plan.status)) return [];
  if (plan.previousVersionId) return personsPlans.filter((p) => p.id === plan.previousVersionId);
  return personsPlans.filter((p) => p.id !== plan.id && p.kind === plan.kind && isPlanInForce(p.status));
}

/**
 * R17: the step a plan's reviews call for — under review while one of them is in progress; back in force
 * once the latest completed one changed nothing; none otherwise (a revision or a closure moves the plan by
 * its own steps). A plan never goes under review, or back, on anyone's word but its reviews'.
 */
export function stepFromReviews(
  reviews: ReadonlyArray<{ status: ReviewStatus; outcome: ReviewOutcome | null; completedOn: string | null }>,
): PlanAction.START_REVIEW | PlanAction.END_REVIEW | null {
  if (reviews.some((r) => r.status === ReviewStatus.IN_PROGRESS)) return PlanAction.START_REVIEW;
  const latest = reviews
    .filter((r) => r.status === ReviewStatus.COMPLETED && r.completedOn)
    .sort((a, b) => a.completedOn!.localeCompare(b.completedOn!))
    .at(-1);
  return latest?.outcome === ReviewOutcome.NO_CHANGE || latest?.outcome === ReviewOutcome.CONFIRM ? PlanAction.END_REVIEW : null;
}
