import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import type { GraphQLSchema } from 'graphql';
import gql from 'graphql-tag';
import { buildSchema, createResolversMap, type NonEmptyArray } from 'type-graphql';
import { authChecker } from '../request/auth-checker';

/** One Federation version for every subgraph, so composition never mixes spec versions. */
export const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides"])';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type ClassType = Function;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ReferenceResolvers = Record<string, { __resolveReference: (reference: any, context: any) => unknown }>;

export interface SchemaParts {
  resolvers: NonEmptyArray<ClassType>;
  /** Types reached only through `_entities` (e.g. a stub of another subgraph's entity). */
  orphanedTypes?: ClassType[];
  referenceResolvers?: ReferenceResolvers;
}

export interface FederatedSchema {
  schema: GraphQLSchema;
  /** The subgraph's SDL with federation directives, which composition reads. */
  sdl: string;
}

/**
 * type-graphql classes → a Federation 2 subgraph schema: build with type-graphql, print with the
 * directives kept (plain printSchema drops @key), then hand the SDL and type-graphql's resolvers,
 * merged with each entity's __resolveReference, to @apollo/subgraph.
 */
export async function buildFederatedSchema(parts: SchemaParts): Promise<FederatedSchema> {
  const typeGraphQLSchema = await buildSchema({
    resolvers: parts.resolvers,
    orphanedTypes: parts.orphanedTypes,
    authChecker,
    validate: false,
    skipCheck: true,
  });
  const sdl = `${FEDERATION_LINK}\n\n${printSchemaWithDirectives(typeGraphQLSchema)}`;
  const resolvers = createResolversMap(typeGraphQLSchema) as Record<string, Record<string, unknown>>;
  for (const [type, reference] of Object.entries(parts.referenceResolvers ?? {})) {
    resolvers[type] = { ...(resolvers[type] ?? {}), ...reference };
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const schema = buildSubgraphSchema({ typeDefs: gql(sdl), resolvers: resolvers as any });
  return { schema, sdl };
}
