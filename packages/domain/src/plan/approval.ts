import { BadUserInput, RuleViolation } from '../errors';
import { Money } from '../money';

export enum ApprovalRoute {
  APPROVER = 'APPROVER',
  PANEL = 'PANEL',
}

/**
 * R8: which route a plan takes. A panel is the exception: when the plan is flagged unusual, or costs more
 * a year than anyone in the authority may approve alone.
 */
export function approvalRoute(annualCostPence: number, highestIndividualLimitPence: number, unusual: boolean): ApprovalRoute {
  return unusual || annualCostPence > highestIndividualLimitPence ? ApprovalRoute.PANEL : ApprovalRoute.APPROVER;
}

/** R8: an individual approver's limit must cover the plan's annual cost. */
export function assertApprovalLimitCovers(annualCostPence: number, limitPence: number): void {
  if (limitPence < annualCostPence) {
    throw new RuleViolation(
      'R8',
      `your approval limit of ${Money.ofPence(limitPence).display()} a year does not cover this plan’s ${Money.ofPence(annualCostPence).display()} a year; it needs someone with a higher limit or the panel`,
    );
  }
}

/**
 * R8 at sign-off: approval is for the plan's real cost. When the final budget costs more a year than was
 * approved, and more than the approver may approve (a panel has no limit), the plan goes back for approval.
 */
export function assertApprovedCostCovers(cost: { approvedAnnualPence: number; finalAnnualPence: number; approverLimitPence: number | null }): void {
  const { approvedAnnualPence, finalAnnualPence, approverLimitPence } = cost;
  if (finalAnnualPence <= approvedAnnualPence || approverLimitPence === null || finalAnnualPence <= approverLimitPence) return;
  throw new RuleViolation(
    'R8',
    `the final budget costs ${Money.ofPence(finalAnnualPence).display()} a year, more than the ${Money.ofPence(approvedAnnualPence).display()} approved and beyond the approver’s limit; submit the plan for approval again`,
  );
}

export interface PanelDecisionInput {
  members: ReadonlyArray<{ name: string; specialisms: readonly string[] }>;
  reasons: string;
  submittedOn: string;
  decidedOn: string;
}

/** R8 (and R2c): a panel records its members and reasons; a deafblind person's panel includes a specialist. */
export function assertPanelDecision(decision: PanelDecisionInput, deafblind: boolean): void {
  if (decision.members.length < 2) throw new BadUserInput('members', 'record every panel member (at least two)');
  if (decision.reasons.trim().length < 10) throw new BadUserInput('reasons', 'record the panel’s reasons');
  if (decision.decidedOn < decision.submittedOn) throw new BadUserInput('decidedOn', 'the panel cannot decide before the plan was submitted');
  if (deafblind && !decision.members.some((m) => m.specialisms.includes('DEAFBLIND_ASSESSOR'))) {
    throw new RuleViolation('R8', 'the person is deafblind: the panel must include a deafblind specialist (R2c)');
  }
}
