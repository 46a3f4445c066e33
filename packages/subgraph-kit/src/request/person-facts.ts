import type { InformationFormat, Nation } from '@careplan/domain';
import type { SubgraphContext } from './context';
import { askGraph } from './graph-references';

/** What other subgraphs need to know about a person to decide and to write to them, owned by the people subgraph. */
export interface PersonFacts {
  preferredName: string | null;
  givenName: string;
  deafblind: boolean;
  authority: { name: string; nation: Nation };
  communicationNeeds: { formats: InformationFormat[] } | null;
  advocacy: { advocate: { name: string } | null };
}

/** The facts about the person a visible record is about, read through the graph with the caller's token. */
export async function personFacts(ctx: SubgraphContext, personId: string): Promise<PersonFacts> {
  const { person } = await askGraph<{ person: PersonFacts | null }>(
    ctx,
    `query PersonFacts($id: ID!) { person(id: $id) {
       preferredName givenName deafblind authority { name nation } communicationNeeds { formats } advocacy { advocate { name } } } }`,
    { id: personId },
  );
  if (!person) throw new Error(`person ${personId} of a visible record is not visible in the graph`);
  return person;
}
