import { composeServices } from '@apollo/composition';
import { Supergraph } from '@apollo/federation-internals';
import { printSchema } from 'graphql';
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

/**
 * The public schema clients see through the gateway (the supergraph without its join directives and
 * internal fields). Committed as schema.graphql: frontends generate their clients from it, and every
 * operation this repository sends to the graph is checked against it.
 */
export function apiSchemaOf(supergraphSdl: string): string {
  return printSchema(Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema());
}
