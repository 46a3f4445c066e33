import type { Nation } from '@careplan/domain';
import { askGraph, type SubgraphContext } from '@careplan/subgraph-kit';

/** What the plan needs from other subgraphs, read through the graph with the caller's token. */
export interface PlanFacts {
  nation: Nation;
  assessment: { needs: Array<{ outcome: string; metByCarer: boolean }>; eligibility: { eligibleNeeds: string[] } | null } | null;
  personalBudget: { id: string } | null;
}

export async function planFacts(ctx: SubgraphContext, plan: { id: string; personId: string; assessmentId: string | null }): Promise<PlanFacts> {
  const data = await askGraph<{
    person: { authority: { nation: Nation } } | null;
    plan: { personalBudget: { id: string } | null } | null;
    assessment?: PlanFacts['assessment'];
  }>(
    ctx,
    `query PlanFacts($person: ID!, $plan: ID!, $assessment: ID!, $withAssessment: Boolean!) {
       person(id: $person) { authority { nation } }
       plan(id: $plan) { personalBudget { id } }
       assessment(id: $assessment) @include(if: $withAssessment) { needs { outcome metByCarer } eligibility { eligibleNeeds } } }`,
    { person: plan.personId, plan: plan.id, assessment: plan.assessmentId ?? plan.id, withAssessment: plan.assessmentId !== null },
  );
  if (!data.person) throw new Error(`person of plan ${plan.id} is not visible in the graph`);
  return { nation: data.person.authority.nation, assessment: data.assessment ?? null, personalBudget: data.plan?.personalBudget ?? null };
}
