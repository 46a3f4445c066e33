import { Kind, parse, type ConstDirectiveNode, type DefinitionNode, type FieldDefinitionNode, type InputValueDefinitionNode } from 'graphql';

type Described = { description?: { value: string } | undefined };

const has = (node: Described) => Boolean(node.description?.value.trim());

/** A field whose owning subgraph only refers to it is described where it is owned. */
const external = (directives: readonly ConstDirectiveNode[] | undefined) => Boolean(directives?.some((d) => d.name.value === 'external'));

/** A stub of another subgraph's entity (`@key(…, resolvable: false)`): described where the entity is owned. */
const stub = (directives: readonly ConstDirectiveNode[] | undefined) =>
  Boolean(directives?.some((d) => d.name.value === 'key' && d.arguments?.some((a) => a.name.value === 'resolvable' && a.value.kind === Kind.BOOLEAN && !a.value.value)));

function fieldGaps(owner: string, field: FieldDefinitionNode | InputValueDefinitionNode): string[] {
  if (external(field.directives)) return [];
  const gaps = has(field) ? [] : [`${owner}.${field.name.value}`];
  if (field.kind === Kind.FIELD_DEFINITION) {
    for (const arg of field.arguments ?? []) if (!has(arg)) gaps.push(`${owner}.${field.name.value}(${arg.name.value})`);
  }
  return gaps;
}

/** Every type, field, argument, input field and enum value of an SDL document that has no description. */
export function undescribed(sdl: string): string[] {
  const gaps: string[] = [];
  for (const def of parse(sdl).definitions as readonly DefinitionNode[]) {
    switch (def.kind) {
      case Kind.OBJECT_TYPE_DEFINITION:
      case Kind.INTERFACE_TYPE_DEFINITION:
      case Kind.INPUT_OBJECT_TYPE_DEFINITION: {
        if (stub(def.directives)) break;
        const root = ['Query', 'Mutation', 'Subscription'].includes(def.name.value);
        if (!root && !has(def)) gaps.push(def.name.value);
        for (const field of def.fields ?? []) gaps.push(...fieldGaps(def.name.value, field));
        break;
      }
      case Kind.ENUM_TYPE_DEFINITION:
        if (!has(def)) gaps.push(def.name.value);
        for (const value of def.values ?? []) if (!has(value)) gaps.push(`${def.name.value}.${value.name.value}`);
        break;
      case Kind.SCALAR_TYPE_DEFINITION:
      case Kind.UNION_TYPE_DEFINITION:
        if (!has(def)) gaps.push(def.name.value);
        break;
      default:
        break;
    }
  }
  return gaps;
}
