import { readFileSync } from 'node:fs';
import { Kind, buildSchema, parse } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { Role } from '@careplan/domain';
import { nodeSubgraphSdl } from '../../../src/node-subgraph';
import { API_SCHEMA_FILE } from '../../../src/supergraph';
import { SUBGRAPHS } from '../subgraphs';

/**
 * The roles each subgraph's `@Authorized` allows on its root fields, keyed `Query.name` / `Mutation.name`,
 * resolved as type-graphql does: the method's decorator, else its resolver class's; none: undefined.
 */
function declaredRoles(): Map<string, string[] | undefined> {
  const storage = getMetadataStorage();
  const resolvers = new Set(SUBGRAPHS.flatMap((def) => def.resolvers));
  const declared = new Map<string, string[] | undefined>();
  for (const [type, handlers] of [['Query', storage.queries], ['Mutation', storage.mutations]] as const) {
    for (const handler of handlers.filter((h) => resolvers.has(h.target))) {
      const authorized =
        storage.authorizedFields.find((a) => a.target === handler.target && a.fieldName === handler.methodName) ??
        storage.authorizedResolver.find((a) => a.target === handler.target);
      declared.set(`${type}.${handler.schemaName}`, authorized?.roles);
    }
  }
  // The gateway's own `node`: any signed-in caller; the owner of the record decides what it shows.
  for (const def of parse(nodeSubgraphSdl()).definitions) {
    if (def.kind === Kind.OBJECT_TYPE_DEFINITION && def.name.value === 'Query') for (const f of def.fields ?? []) declared.set(`Query.${f.name.value}`, undefined);
  }
  return declared;
}

/** Every root field of the public schema × the roles that may call it, as a Markdown table. */
export function rolesMatrix(): string {
  const schema = buildSchema(readFileSync(API_SCHEMA_FILE, 'utf8'));
  const declared = declaredRoles();
  const roles = Object.values(Role);
  const rows = [schema.getQueryType()!, schema.getMutationType()!].flatMap((type) =>
    Object.keys(type.getFields())
      .sort()
      .map((name) => {
        const field = `${type.name}.${name}`;
        if (!declared.has(field)) throw new Error(`${field} is in the public schema but no subgraph's resolver declares it`);
        const allowed = declared.get(field);
        // No roles named: the token alone decides (every request needs a verified one).
        if (!allowed?.length) return `| \`${field}\` (any signed-in caller) |${' ✓ |'.repeat(roles.length)}`;
        return `| \`${field}\` |${roles.map((role) => (allowed.includes(role) ? ' ✓ |' : ' |')).join('')}`;
      }),
  );
  return [`| field | ${roles.join(' | ')} |`, `| --- |${' :-: |'.repeat(roles.length)}`, ...rows].join('\n');
}
