import { Nation } from '../enums';
import { BadUserInput, RuleViolation } from '../errors';
import type { ReviewContent } from './content';

/** R17: what a review concludes. England: no change, revise, close. Wales: confirm, revise, close. */
export enum ReviewOutcome {
  NO_CHANGE = 'NO_CHANGE',
  CONFIRM = 'CONFIRM',
  REVISE = 'REVISE',
  CLOSE = 'CLOSE',
}

export interface ReviewOutcomeInput {
  outcome: ReviewOutcome;
  /** REVISE: the reassessment (where needs changed) and the new plan version. */
  reassessmentId?: string | null;
  newPlanId?: string | null;
  needsChanged?: boolean | null;
  /** CLOSE: written reasons and information about other help. */
  closureReasons?: string | null;
  otherHelp?: string | null;
  /** Wales CLOSE: a statement evaluating how far the outcomes were achieved. */
  closureStatement?: string | null;
}

const BY_NATION: Record<Nation, readonly ReviewOutcome[]> = {
  ENGLAND: [ReviewOutcome.NO_CHANGE, ReviewOutcome.REVISE, ReviewOutcome.CLOSE],
  WALES: [ReviewOutcome.CONFIRM, ReviewOutcome.REVISE, ReviewOutcome.CLOSE],
};

const words = (text: string | null | undefined) => text?.trim() ?? '';

/** R17: an outcome the nation uses, with what each outcome must record. */
export function assertReviewOutcome(nation: Nation, input: ReviewOutcomeInput): void {
  if (!BY_NATION[nation].includes(input.outcome)) {
    throw new BadUserInput('outcome', `a review in ${nation === Nation.WALES ? 'Wales' : 'England'} concludes ${BY_NATION[nation].join(', ')}`);
  }
  if (input.outcome === ReviewOutcome.REVISE) {
    if (!input.newPlanId) throw new RuleViolation('R17', 'a revision links the new version of the plan');
    if (input.needsChanged && !input.reassessmentId) throw new RuleViolation('R17', 'the needs changed: link the reassessment');
  }
  if (input.outcome === ReviewOutcome.CLOSE) {
    if (words(input.closureReasons).length < 20) throw new RuleViolation('R17', 'closing needs written reasons');
    if (words(input.otherHelp).length < 20) throw new RuleViolation('R17', 'closing needs information about other help available');
    if (nation === Nation.WALES && words(input.closureStatement).length < 20) {
      throw new RuleViolation('R17', 'in Wales, closing needs a closure statement evaluating how far the outcomes were achieved');
    }
  }
}

/**
 * R11, R17: a review that found the personal budget is not enough does not conclude that nothing changes: the
 * budget must then be increased, through a revision of the plan (REVISE), unless the plan closes (CLOSE).
 */
export function assertOutcomeAnswersReview(content: Pick<ReviewContent, 'budgetEnough'>, outcome: ReviewOutcome): void {
  if (content.budgetEnough === false && (outcome === ReviewOutcome.NO_CHANGE || outcome === ReviewOutcome.CONFIRM)) {
    throw new RuleViolation('R11', 'the review found the personal budget is not enough, so it must be increased: revise the plan (REVISE) rather than leave it as it is');
  }
}

/** What the graph shows of a plan or assessment a REVISE outcome links: whose it is, and what it revises. */
export interface LinkedRecord {
  personId: string;
  /** For a plan: the version it revises. */
  previousVersionId?: string | null;
}

/**
 * R17: a revision links a new version of the reviewed plan (a revision of it, so the same person's), and
 * a reassessment of the same person; a record not found, not visible, someone else's, the reviewed plan
 * itself or another plan of theirs is refused. `linked` is null when the caller cannot see it.
 */
export function assertRevisionLinks(
  reviewed: { planId: string; personId: string },
  input: Pick<ReviewOutcomeInput, 'newPlanId' | 'reassessmentId'>,
  linked: { plan: LinkedRecord | null; reassessment: LinkedRecord | null },
): void {
  if (!input.newPlanId) return;
  if (!linked.plan) throw new RuleViolation('R17', 'newPlanId is not a plan in your authority');
  if (linked.plan.personId !== reviewed.personId) throw new RuleViolation('R17', 'newPlanId is a plan of another person');
  if (input.newPlanId === reviewed.planId) throw new RuleViolation('R17', 'newPlanId is the reviewed plan itself: link its new version (revisePlan makes one)');
  if (linked.plan.previousVersionId !== reviewed.planId) throw new RuleViolation('R17', 'newPlanId is not a new version of the reviewed plan: link the revision made from it');
  if (!input.reassessmentId) return;
  if (!linked.reassessment) throw new RuleViolation('R17', 'reassessmentId is not an assessment in your authority');
  if (linked.reassessment.personId !== reviewed.personId) throw new RuleViolation('R17', 'reassessmentId is an assessment of another person');
}

/** R17: what a completed review keeps of its outcome: only what that outcome records, trimmed. */
export function outcomeRecord(input: ReviewOutcomeInput): Record<string, string | boolean | null> {
  if (input.outcome === ReviewOutcome.REVISE) {
    return { newPlanId: input.newPlanId ?? null, reassessmentId: input.reassessmentId ?? null, needsChanged: input.needsChanged ?? false };
  }
  if (input.outcome === ReviewOutcome.CLOSE) {
    return { closureReasons: words(input.closureReasons), otherHelp: words(input.otherHelp), closureStatement: words(input.closureStatement) || null };
  }
  return {};
}
