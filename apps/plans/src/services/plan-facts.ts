import { assessedNeedsInPlan, hasWillingCarer, needsTheCouncilMeets } from '@careplan/domain';
import { lookupInGraph, type SubgraphContext } from '@careplan/subgraph-kit';
import { PlanFactsDocument, type PlanContentFactsFragment } from '../graph/generated';

/** What the plan's rules need from other subgraphs: its person, assessment and budget. */
export type PlanFacts = PlanContentFactsFragment;

/**
 * The plan's facts as the graph knows them, read with the caller's token before the request's
 * transaction opens (the graph calls back into this subgraph for the plan itself).
 */
export function planFacts(ctx: SubgraphContext, planId: string, field = 'planId'): Promise<PlanFacts> {
  return lookupInGraph(ctx, PlanFactsDocument, planId, field);
}


/** R3d: of the assessment's eligible needs, those the council meets and those a carer meets. */
export function whoMeetsNeeds(facts: PlanFacts) {
  return needsTheCouncilMeets(facts.assessment?.eligibility?.eligibleNeeds ?? [], facts.assessment?.needs ?? [], hasWillingCarer(facts.person.relationships));
}

/** R5(a)–(c): every assessed need, whether it is eligible and who meets it, as a copy of the plan shows it. */
export function needsInPlan(facts: PlanFacts) {
  return assessedNeedsInPlan(facts.assessment?.eligibility?.eligibleNeeds ?? [], facts.assessment?.needs ?? [], hasWillingCarer(facts.person.relationships));
}
