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

