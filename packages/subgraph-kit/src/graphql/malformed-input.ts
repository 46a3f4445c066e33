import type { ApolloServerPlugin } from '@apollo/server';
import {
  Kind,
  TypeInfo,
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  valueFromAST,
  visit,
  visitWithTypeInfo,
  type ArgumentNode,
  type DocumentNode,
  type GraphQLArgument,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { BadUserInput, INPUT_LIMITS, LocalDate, hasUnwantedCharacters } from '@careplan/domain';
import { domainToGraphQLError } from '@careplan/runtime';
import { isUuid } from '../request/loaders';
import { isInstant, isLocalDate, isPence } from './scalars';

/** Ids that are codes rather than record ids (an authority is keyed by its GSS code). */
const CODE_IDS = new Set(['code']);

/** What each of the graph's scalars accepts, and what the caller is told when a value is not that. */
const SCALARS: Record<string, { accepts: (value: unknown, name: string) => boolean; expected: string }> = {
  ID: { accepts: (value, name) => CODE_IDS.has(name) || isUuid(value), expected: 'an id this API issued' },
  LocalDate: { accepts: isLocalDate, expected: `a calendar date written YYYY-MM-DD, in the years ${LocalDate.EARLIEST_YEAR} to ${LocalDate.LATEST_YEAR}` },
  Pence: { accepts: isPence, expected: 'a whole number of pence' },
  DateTime: { accepts: isInstant, expected: `an instant written ISO 8601 with a time and an offset, in the years ${LocalDate.EARLIEST_YEAR} to ${LocalDate.LATEST_YEAR}` },
};

interface Malformed {
  path: string;
  expected: string;
}

/** Where a value is malformed, and what it should have been: a null byte in any text, or a scalar not as it must be. */
function malformed(type: GraphQLInputType, value: unknown, path: string, name: string): Malformed | null {
  if (value === null || value === undefined) return null;
  const at = (key: string | number) => (path ? `${path}.${key}` : String(key));
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const items = value as unknown[];
    if (items.length > INPUT_LIMITS.listEntries) return { path, expected: `a list of at most ${INPUT_LIMITS.listEntries} entries` };
    for (let i = 0; i < items.length; i++) {
      const found = malformed(nullable.ofType, items[i], at(i), name);
      if (found) return found;
    }
    return null;
  }
  if (isInputObjectType(nullable)) {
    for (const [key, field] of Object.entries(nullable.getFields()) as Array<[string, GraphQLInputField]>) {
      const found = malformed(field.type, (value as Record<string, unknown>)[key], at(key), key);
      if (found) return found;
    }
    return null;
  }
  if (typeof value === 'string' && hasUnwantedCharacters(value)) return { path, expected: 'text without control or direction-changing characters' };
  if (typeof value === 'string' && value.length > INPUT_LIMITS.textCharacters) return { path, expected: `text of at most ${INPUT_LIMITS.textCharacters} characters` };
  const scalar = SCALARS[getNamedType(nullable).name];
  if (scalar && !scalar.accepts(value, name)) return { path, expected: scalar.expected };
  return null;
}

/**
 * Malformed input is the caller's mistake, named, before any resolver or the database sees it: a control
 * or direction-changing character (PostgreSQL stores no null byte), text or a list beyond the graph's
 * bounds (`INPUT_LIMITS`), an id that is not one this API issued, a date that is not a calendar date or
 * money that is not whole pence answers BAD_USER_INPUT on that argument or input field, never an internal
 * error — the same rule in every subgraph, so a date one accepts no other refuses. Checked once per
 * request, over the operation's arguments with their variables.
 */
export function malformedInputPlugin(): ApolloServerPlugin {
  // Where each parsed operation takes arguments, found once per document (Apollo reuses the parsed one).
  const sitesOf = new WeakMap<DocumentNode, ArgumentSite[]>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request }) {
          let sites = sitesOf.get(document);
          if (!sites) {
            sites = argumentSites(schema, document);
            sitesOf.set(document, sites);
          }
          let found: Malformed | null = null;
          for (const { node, arg } of sites) {
            // Fields of a mutation's single `input` are named as services name them: `familyName`, not `input.familyName`.
            found = malformed(arg.type, valueFromAST(node.value, arg.type, request.variables ?? {}), arg.name === 'input' ? '' : arg.name, arg.name);
            if (found) break;
          }
          if (!found) return;
          const error = domainToGraphQLError(new BadUserInput(found.path, `${found.path} must be ${found.expected}`));
          // Refused before execution, Apollo would answer 500; the gateway relays a 200's errors as they are.
          error.extensions.http = { status: 200 };
          throw error;
        },
      };
    },
  };
}

interface ArgumentSite {
  node: ArgumentNode;
  arg: GraphQLArgument;
}

/** Every argument the operation passes, with its definition in the schema. */
function argumentSites(schema: GraphQLSchema, document: DocumentNode): ArgumentSite[] {
  const typeInfo = new TypeInfo(schema);
  const sites: ArgumentSite[] = [];
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      [Kind.ARGUMENT]: (node) => {
        const arg = typeInfo.getArgument();
        if (arg) sites.push({ node, arg });
      },
    }),
  );
  return sites;
}
