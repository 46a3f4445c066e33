import { readFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { Supergraph } from '@apollo/federation-internals';
import { parse, printSchema } from 'graphql';
import { SUBGRAPH_NAMES } from '@careplan/runtime';
import { subgraphSchemaFile } from '@careplan/subgraph-kit';
import { NODE_SUBGRAPH, NODE_SUBGRAPH_URL, nodeSubgraphSdl } from './node-subgraph';
import { defaultSubgraphUrl } from './subgraphs';

/**
 * Composes the supergraph from each subgraph's committed SDL (`apps/<name>/schema.graphql`, which a test
 * in each app keeps equal to its code), as Rover does from a supergraph config: no running services and
 * no subgraph code, with the gateway's own node subgraph. The result is committed as supergraph.graphql;
 * a test fails when it drifts from this.
 */
export function composeSupergraph(): string {
  const services = [
    ...SUBGRAPH_NAMES.map((name) => ({
      name,
      url: defaultSubgraphUrl(name),
      typeDefs: parse(readFileSync(subgraphSchemaFile(name), 'utf8')),
    })),
    { name: NODE_SUBGRAPH, url: NODE_SUBGRAPH_URL, typeDefs: parse(nodeSubgraphSdl()) },
  ];
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
