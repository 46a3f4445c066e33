import { AssessmentKind, AssessmentStatus, HandoverPackagePart, PLAN_TEXT_SECTIONS, RelationshipKind, assertPackageComplete, isPlanInForce, planSectionHeading, type SharedCost } from '@careplan/domain';
import { askGraph, type SubgraphContext } from '@careplan/subgraph-kit';
import type { PackageContent, SharedPlan } from '../entities/handover-package.entity';
import { CarerPlanFactsDocument, HandoverPackageFactsDocument, type SharedPlanFactsFragment } from '../graph/generated';

function sharedPlan(plan: SharedPlanFactsFragment): SharedPlan {
  const budget = plan.personalBudget;
  const costOf = (supportItemId: string): SharedCost | null => {
    const line = budget?.costLines.find((l) => l.supportItemId === supportItemId);
    return line ? { unitCostPence: line.unitCost.pence, unitType: line.unitType, plannedUnitsPerWeek: line.plannedUnitsPerWeek, fundingBasis: line.fundingBasis } : null;
  };
  return {
    planId: plan.id,
    planVersion: plan.planVersion,
    kind: plan.kind,
    status: plan.status,
    agreedOn: plan.agreedOn,
    sections: PLAN_TEXT_SECTIONS.flatMap((key) => (plan[key] ? [{ key, heading: planSectionHeading(key), text: plan[key] }] : [])),
    outcomes: plan.outcomes.map((o) => o.inOwnWords),
    supportItems: plan.supportItems.map(({ id, ...item }) => ({ ...item, cost: costOf(id) })),
    weeklyBudgetPence: budget ? (budget.finalWeeklyAmount ?? budget.indicativeWeeklyAmount).pence : null,
  };
}

export interface PackageSource {
  personId: string;
  include: readonly HandoverPackagePart[];
  directPaymentAdvice: string | null;
}

/**
 * R21: the sending council's records of the person as they stand now, read through the graph with its
 * own token (before anything is written), checked for completeness and copied into the package.
 */
export async function packageContent(ctx: SubgraphContext, source: PackageSource): Promise<PackageContent> {
  const { person } = await askGraph(ctx, HandoverPackageFactsDocument, { person: source.personId });
  if (!person) throw new Error('the matched person is no longer readable');
  const latest = person.assessments
    .filter((a) => a.kind === AssessmentKind.NEEDS && a.status === AssessmentStatus.COMPLETED)
    .sort((a, b) => (a.completedOn ?? '').localeCompare(b.completedOn ?? ''))
    .at(-1);
  let carerPlan: SharedPlanFactsFragment | null = null;
  if (source.include.includes(HandoverPackagePart.CARER_SUPPORT_PLAN)) {
    const carer = person.relationships.find((r) => r.kind === RelationshipKind.UNPAID_CARER && r.current && r.relatedPersonId);
    if (carer?.relatedPersonId) carerPlan = (await askGraph(ctx, CarerPlanFactsDocument, { person: carer.relatedPersonId })).person?.currentPlan ?? null;
  }
  assertPackageComplete({
    include: source.include,
    hasCurrentPlan: Boolean(person.currentPlan && isPlanInForce(person.currentPlan.status)),
    directPayments: person.directPayments.filter((d) => d.status !== 'ENDED').length,
    directPaymentAdvice: source.directPaymentAdvice,
    carerPlanFound: Boolean(carerPlan),
  });
  return {
    plan: person.currentPlan ? sharedPlan(person.currentPlan) : null,
    assessment: latest
      ? {
          assessmentId: latest.id,
          kind: latest.kind,
          completedOn: latest.completedOn,
          eligibleNeeds: [...(latest.eligibility?.eligibleNeeds ?? [])],
          needs: latest.needs.map((n) => ({ outcome: n.outcome, inOwnWords: n.inOwnWords, metByCarer: n.metByCarer })),
          rationale: latest.eligibility?.rationale ?? null,
        }
      : null,
    carerPlan: carerPlan ? sharedPlan(carerPlan) : null,
  };
}
