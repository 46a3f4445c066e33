import { DEFAULT_PORTS, SUBGRAPH_NAMES, type SubgraphName } from '@careplan/runtime';

export function defaultSubgraphUrl(name: SubgraphName): string {
  return `http://127.0.0.1:${DEFAULT_PORTS[name]}/graphql`;
}

/** Where each subgraph is: `<NAME>_URL` (e.g. PEOPLE_URL) moves one. */
export function subgraphUrlsFromEnv(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  return Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, env[`${name.toUpperCase()}_URL`] ?? defaultSubgraphUrl(name)]));
}
