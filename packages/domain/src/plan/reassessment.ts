import { needWords } from '../eligibility/outcomes';
import type { PlanStatus } from '../enums';
import type { RelationshipKind } from '../people/relationships';
import { isPlanInForce } from '../rules/current-plan';
import { hasWillingCarer, needsTheCouncilMeets } from './content';
import type { PlanToReview } from './joint-and-combined';

/** An assessment as completed again, with the plan in force drawn from it (R14, R5(c)). */
export interface AssessmentCompletedAgain {
  eligibility: { eligibleNeeds: readonly string[] } | null;
  needs: ReadonlyArray<{ outcome: string; metByCarer: boolean; metByOtherService: boolean }>;
  relationships: ReadonlyArray<{ kind: RelationshipKind; willingAndAble: boolean | null }>;
  /** The plan drawn from it: in force, with the revision being prepared of it, if any. */
  plan: { id: string; status: PlanStatus; revision: { id: string } | null; supportItems: ReadonlyArray<{ need: string }> } | null;
}

const listed = (needs: readonly string[]) => needs.map(needWords).join(', ');

/**
 * R14, R5(c): when the assessment a plan in force meets is reopened and completed again, the plan gets an
 * unplanned review if its support no longer matches what the assessment now says: an eligible need the council
 * meets with no support in the plan, or support for a need no longer eligible. Otherwise nothing changes, nor
 * while a revision of the plan is being prepared: that revision is checked against the assessment (R5(c)).
 */
export function planToReviewAfterReassessment(a: AssessmentCompletedAgain): PlanToReview | null {
  if (!a.plan || !isPlanInForce(a.plan.status) || a.plan.revision || !a.eligibility) return null;
  const { councilMeets } = needsTheCouncilMeets(a.eligibility.eligibleNeeds, a.needs, hasWillingCarer(a.relationships));
  const supported = [...new Set(a.plan.supportItems.map((i) => i.need))];
  const unmet = councilMeets.filter((need) => !supported.includes(need));
  const noLonger = supported.filter((need) => !a.eligibility!.eligibleNeeds.includes(need));
  if (!unmet.length && !noLonger.length) return null;
  const what = [unmet.length ? `eligible needs the plan does not meet: ${listed(unmet)}` : '', noLonger.length ? `support for needs no longer eligible: ${listed(noLonger)}` : ''];
  return { planId: a.plan.id, details: `The assessment this plan meets was completed again, with ${what.filter(Boolean).join('; and ')}. Revise the plan (R5(c), R17).` };
}
