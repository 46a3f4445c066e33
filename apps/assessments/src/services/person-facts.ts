import type { InformationFormat, Nation } from '@careplan/domain';
import { askGraph, isUuid, type SubgraphContext } from '@careplan/subgraph-kit';

/** What this subgraph needs to know about a person, owned by the people subgraph and read through the graph. */
export interface PersonFacts {
  preferredName: string | null;
  givenName: string;
  deafblind: boolean;
  authority: { name: string; nation: Nation };
  communicationNeeds: { formats: InformationFormat[] } | null;
  advocacy: { advocate: { name: string } | null };
}

export async function personFacts(ctx: SubgraphContext, personId: string): Promise<PersonFacts> {
  const { person } = await askGraph<{ person: PersonFacts | null }>(
    ctx,
    `query PersonFacts($id: ID!) { person(id: $id) {
       preferredName givenName deafblind authority { name nation } communicationNeeds { formats } advocacy { advocate { name } } } }`,
    { id: personId },
  );
  if (!person) throw new Error(`person ${personId} of a visible assessment is not visible in the graph`);
  return person;
}

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
