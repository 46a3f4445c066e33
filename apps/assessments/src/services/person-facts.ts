import { askGraph, isUuid, type SubgraphContext } from '@careplan/subgraph-kit';

/** R2a: the people subgraph's guard, asked before an assessment is completed. */
export async function guardAdvocacy(ctx: SubgraphContext, personId: string): Promise<void> {
  await askGraph(ctx, `query Guard($id: ID!) { advocacyGuard(personId: $id, action: COMPLETE_ASSESSMENT) }`, { id: personId });
}

/** A practitioner's specialisms, or null when the id names nobody in the caller's authority. */
export async function practitionerSpecialisms(ctx: SubgraphContext, practitionerId: string): Promise<string[] | null> {
  if (!isUuid(practitionerId)) return null;
  const { practitioner } = await askGraph<{ practitioner: { specialisms: string[] } | null }>(
    ctx,
    `query Assessor($id: ID!) { practitioner(id: $id) { specialisms } }`,
    { id: practitionerId },
  );
  return practitioner?.specialisms ?? null;
}
