import { Nation } from '../enums';
import { BadUserInput, RuleViolation } from '../errors';

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
