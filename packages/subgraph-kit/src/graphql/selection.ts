import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Found once per field of an operation: graphql-js hands every item of a list the same `fieldNodes`, so a
 * field resolved for fifty entities walks its selection once.
 */
const found = new WeakMap<readonly FieldNode[], Set<string>>();

/** The names of the fields selected directly under the field being resolved, through any fragments. */
export function selectedFields(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): Set<string> {
  let names = found.get(info.fieldNodes);
  if (names) return names;
  names = new Set<string>();
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) names!.add(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else visit(info.fragments[selection.name.value]?.selectionSet);
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
  found.set(info.fieldNodes, names);
  return names;
}
