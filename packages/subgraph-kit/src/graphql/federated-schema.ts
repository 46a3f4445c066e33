import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import type { GraphQLResolveInfo, GraphQLSchema } from 'graphql';
import gql from 'graphql-tag';
import { buildSchema, createResolversMap, type NonEmptyArray } from 'type-graphql';
import { authChecker } from '../request/auth-checker';
import { DateTimeScalar } from './scalars';

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

/** Runs after a root mutation field has returned its value and before its answer's fields resolve. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AfterMutation = (context: any, operationName: string | null) => Promise<void>;

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
export async function buildFederatedSchema(parts: SchemaParts, afterMutation?: AfterMutation): Promise<FederatedSchema> {
  const typeGraphQLSchema = await buildSchema({
    resolvers: parts.resolvers,
    orphanedTypes: parts.orphanedTypes,
    authChecker,
    // Every Date field is the kit's DateTime, whose refusals the malformed-input plugin names.
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validate: false,
    skipCheck: true,
  });
  const sdl = `${FEDERATION_LINK}\n\n${printSchemaWithDirectives(typeGraphQLSchema)}`;
  const resolvers = createResolversMap(typeGraphQLSchema) as Record<string, Record<string, unknown>>;
  for (const [type, reference] of Object.entries(parts.referenceResolvers ?? {})) {
    resolvers[type] = { ...(resolvers[type] ?? {}), ...reference };
  }
  if (afterMutation) settleMutations(resolvers.Mutation, afterMutation);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const schema = buildSubgraphSchema({ typeDefs: gql(sdl), resolvers: resolvers as any });
  return { schema, sdl };
}

type Resolve = (root: unknown, args: unknown, context: unknown, info: GraphQLResolveInfo) => unknown;

/** Wraps each root mutation resolver so that `afterMutation` runs once its value is in hand. */
function settleMutations(mutation: Record<string, unknown> | undefined, afterMutation: AfterMutation): void {
  for (const [field, resolve] of Object.entries(mutation ?? {})) {
    if (typeof resolve !== 'function') continue;
    mutation![field] = async (root: unknown, args: unknown, context: unknown, info: GraphQLResolveInfo) => {
      const value = await (resolve as Resolve)(root, args, context, info);
      await afterMutation(context, info.operation.name?.value ?? null);
      return value;
    };
  }
}
