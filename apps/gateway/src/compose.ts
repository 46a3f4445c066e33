import { composeServices } from '@apollo/composition';
import gql from 'graphql-tag';
import { assessmentsSubgraph } from '@careplan/assessments';
import { budgetsSubgraph } from '@careplan/budgets';
import { peopleSubgraph } from '@careplan/people';
import { plansSubgraph } from '@careplan/plans';
import { reviewsSubgraph } from '@careplan/reviews';
import { buildFederatedSchema } from '@careplan/subgraph-kit';
import { defaultSubgraphUrl } from './subgraphs';

export const SUBGRAPHS = [peopleSubgraph, assessmentsSubgraph, plansSubgraph, budgetsSubgraph, reviewsSubgraph];

/**
 * Composes the supergraph in-process from each subgraph's own SDL (no running services, no Rover).
 * The result is committed as supergraph.graphql; a test fails when it drifts from this.
 */
export async function composeSupergraph(): Promise<string> {
  const services = await Promise.all(
    SUBGRAPHS.map(async (def) => ({
      name: def.name,
      url: defaultSubgraphUrl(def.name),
      typeDefs: gql((await buildFederatedSchema(def)).sdl),
    })),
  );
  const result = composeServices(services);
  if (result.errors) throw new Error(`composition failed:\n${result.errors.map((e) => e.message).join('\n')}`);
  return result.supergraphSdl;
}
