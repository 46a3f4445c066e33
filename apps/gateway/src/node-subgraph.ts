import { LocalGraphQLDataSource } from '@apollo/gateway';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { GraphQLError, parse, type GraphQLFormattedError } from 'graphql';
import type { GatewayContext } from './context';
import type { NodeTypeQuery } from './graph/generated';

/** The gateway's own subgraph, run in its process: `Query.node` and the `Node` interface. */
export const NODE_SUBGRAPH = 'node';

/** Where the supergraph says the node subgraph is; the gateway never calls it over HTTP. */
export const NODE_SUBGRAPH_URL = 'local:node';

/** The types a client can fetch again by id alone: each has a field of the NodeType operation that reads one. */
export const NODE_TYPES = ['Person', 'NeedsAssessment', 'CareAndSupportPlan', 'PersonalBudget', 'Review', 'Handover', 'Practitioner'] as const;

/**
 * Each type is declared here by its key only, as implementing Node; its fields come from the subgraph
 * that owns it, which the query plan asks once `node` has said which type the id names.
 */
export function nodeSubgraphSdl(): string {
  return `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])

"""
Anything with an id this graph issued, which a client can fetch again by that id alone with \`node(id:)\` (the Relay Global Object Identification convention). Ids are UUIDs, unique across every type, so an id is already global: it names one record of one type.
"""
interface Node {
  """
  The record's id, the same as the id field of its type: pass it to \`node(id:)\` to fetch the record again.
  """
  id: ID!
}

type Query {
  """
  The record with this id, whatever its type, if it is one you may read: null when your council has none with this id; FORBIDDEN when it is none you may read and an owner refused you (a PERSON may read only their own records, so any other id is FORBIDDEN to a PERSON, whether or not it names a record). Ask for its fields with a fragment on its type (\`... on Person { givenName }\`). Costs one more round of calls than reading the record by its own query.
  """
  node(
    """
    An id this graph issued.
    """
    id: ID!
  ): Node
}
${NODE_TYPES.map((type) => `\ntype ${type} implements Node @key(fields: "id", resolvable: false) {\n  id: ID!\n}\n`).join('')}`;
}

/** Runs NodeType as the caller, through the whole graph. */
export type NodeTypeLookup = (id: string, context: GatewayContext) => Promise<{ data?: NodeTypeQuery | null; errors?: readonly GraphQLFormattedError[] }>;

/**
 * Which type an id names, asked of every owner at once as the caller. Not found anywhere is null; an owner
 * that refused or failed is said, never taken for "not found", because the id may have been its own.
 */
export async function resolveNode(id: string, context: GatewayContext, lookup: NodeTypeLookup): Promise<{ __typename: string; id: string } | null> {
  const { data, errors = [] } = await lookup(id, context);
  const found = Object.values(data ?? {}).find((value) => value !== null);
  if (found) return { __typename: found.__typename, id };
  for (const code of ['BAD_USER_INPUT', 'FORBIDDEN']) {
    const refusal = errors.find((e) => e.extensions?.code === code);
    if (refusal) throw new GraphQLError(refusal.message, { extensions: { ...refusal.extensions, ...(code === 'BAD_USER_INPUT' ? { field: 'id' } : {}) } });
  }
  if (errors.length > 0) throw new Error(`node: an owner failed to say whether it holds the id (${errors.map((e) => e.extensions?.code).join(', ')})`);
  return null;
}

export function nodeDataSource(lookup: NodeTypeLookup): LocalGraphQLDataSource {
  const resolvers: GraphQLResolverMap<GatewayContext> = {
    Query: { node: (_, { id }, context) => resolveNode(id, context, lookup) },
    Node: { __resolveType: (node) => node.__typename },
  };
  return new LocalGraphQLDataSource(buildSubgraphSchema([{ typeDefs: parse(nodeSubgraphSdl()), resolvers }]));
}
