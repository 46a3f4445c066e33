import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { DEFAULT_PAGE } from './defaults';

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
}

export const DEFAULT_LIMITS: QueryLimits = { maxDepth: 10, maxCost: 5_000 };

/** Assumed size of a list that cannot be paged. */
const ASSUMED_LIST_SIZE = 5;

export interface QueryMeasure {
  depth: number;
  cost: number;
}

/** An argument's value; the names of the variables read are added to `consulted`. */
function argumentValue(field: FieldNode, name: string, variables: Record<string, unknown>, consulted: Set<string>): unknown {
  const arg = field.arguments?.find((a) => a.name.value === name);
  if (!arg) return undefined;
  if (arg.value.kind === Kind.INT) return Number(arg.value.value);
  if (arg.value.kind === Kind.LIST) return arg.value.values;
  if (arg.value.kind === Kind.VARIABLE) {
    consulted.add(arg.value.name.value);
    return variables[arg.value.name.value];
  }
  return undefined;
}

/**
 * How many times a field's selection may be repeated: `first` when given, the page a subgraph answers
 * without it (a list asked for without `first` is not cheaper), a guess for other lists.
 */
function multiplier(field: FieldNode, def: GraphQLField<unknown, unknown>, variables: Record<string, unknown>, consulted: Set<string>): number {
  // At a subgraph, the gateway's `_entities` answers exactly as many as it was given.
  if (field.name.value === '_entities') {
    const representations = argumentValue(field, 'representations', variables, consulted);
    if (Array.isArray(representations)) return Math.max(representations.length, 1);
  }
  const first = argumentValue(field, 'first', variables, consulted);
  if (typeof first === 'number' && first > 0) return first;
  if (def.args.some((a) => a.name === 'first')) return DEFAULT_PAGE;
  // A connection's edges are already counted by its `first`.
  if (field.name.value === 'edges' || field.name.value === 'nodes') return 1;
  return isListType(getNullableType(def.type)) ? ASSUMED_LIST_SIZE : 1;
}

/**
 * Depth and cost of an operation, expanding fragments: each field costs one per time it may be
 * resolved. Introspection fields are free and do not count toward depth. The names of the variables the
 * measure depends on are added to `consulted`.
 */
export function measure(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
  consulted = new Set<string>(),
): QueryMeasure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);

  const walk = (set: SelectionSetNode, parent: GraphQLCompositeType, depth: number, times: number, seen: Set<string>): QueryMeasure => {
    let result: QueryMeasure = { depth, cost: 0 };
    const add = (m: QueryMeasure) => {
      result = { depth: Math.max(result.depth, m.depth), cost: result.cost + m.cost };
    };
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        if (sel.name.value.startsWith('__')) continue;
        const def = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[sel.name.value] : undefined;
        add({ depth, cost: times });
        if (sel.selectionSet && def) {
          const child = getNamedType(def.type);
          if (isCompositeType(child)) add(walk(sel.selectionSet, child, depth + 1, times * multiplier(sel, def, variables, consulted), seen));
        }
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const type = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : parent;
        if (type && isCompositeType(type)) add(walk(sel.selectionSet, type, depth, times, seen));
      } else {
        const fragment = fragments.get(sel.name.value);
        if (!fragment || seen.has(fragment.name.value)) continue;
        const type = schema.getType(fragment.typeCondition.name.value);
        if (type && isCompositeType(type)) add(walk(fragment.selectionSet, type, depth, times, new Set([...seen, fragment.name.value])));
      }
    }
    return result;
  };

  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  if (!root) return { depth: 0, cost: 0 };
  return walk(operation.selectionSet, root, 1, 1, new Set());
}

/** What a measure depends on in a variable: a count's value, a list's length. */
function variableKey(value: unknown): string {
  return Array.isArray(value) ? `[${value.length}]` : typeof value === 'number' ? String(value) : typeof value;
}

/** Measures kept per operation and the variables it depends on, for this many variants of each. */
const VARIANTS_KEPT = 64;

/**
 * `measure`, walking each operation once per schema and per value of the variables it depends on: Apollo
 * Server hands every request of the same text the same parsed document, so a document's measure is
 * looked up, not walked again.
 */
export function measuredOnce(): typeof measure {
  const bySchema = new WeakMap<GraphQLSchema, WeakMap<OperationDefinitionNode, { consulted: string[]; variants: Map<string, QueryMeasure> }>>();
  return (schema, document, operation, variables = {}) => {
    let byOperation = bySchema.get(schema);
    if (!byOperation) bySchema.set(schema, (byOperation = new WeakMap()));
    const known = byOperation.get(operation);
    if (!known) {
      const consulted = new Set<string>();
      const result = measure(schema, document, operation, variables, consulted);
      const names = [...consulted];
      byOperation.set(operation, { consulted: names, variants: new Map([[names.map((n) => variableKey(variables[n])).join(','), result]]) });
      return result;
    }
    const key = known.consulted.map((n) => variableKey(variables[n])).join(',');
    let result = known.variants.get(key);
    if (!result) {
      result = measure(schema, document, operation, variables);
      if (known.variants.size < VARIANTS_KEPT) known.variants.set(key, result);
    }
    return result;
  };
}

/** The part of Apollo Server's plugin API the limits use (so this package needs no server of its own). */
interface LimitsPlugin {
  requestDidStart(): Promise<{
    didResolveOperation(ctx: { schema: GraphQLSchema; document: DocumentNode; operation?: OperationDefinitionNode | null; request: { variables?: Record<string, unknown> } }): Promise<void>;
  }>;
}

/**
 * Rejects too deep or too costly operations after parsing and validation: at the gateway before it plans or
 * calls any subgraph, and at each subgraph the same, so one reached directly is no weaker (an `_entities`
 * call costs as many times as the representations it is given).
 */
export function queryLimitsPlugin(limits: QueryLimits = DEFAULT_LIMITS): LimitsPlugin {
  const measure = measuredOnce();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const { depth, cost } = measure(schema, document, operation, request.variables ?? {});
          if (depth > limits.maxDepth || cost > limits.maxCost) {
            throw new GraphQLError(
              depth > limits.maxDepth
                ? `query is nested ${depth} deep; the limit is ${limits.maxDepth}`
                : `query would cost ${cost}; the limit is ${limits.maxCost}. Ask for fewer items or fields.`,
              { extensions: { code: 'QUERY_TOO_COMPLEX', depth, cost, http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}
