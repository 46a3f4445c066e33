/** The five subgraphs and where they listen by default; `<NAME>_URL` moves one (e.g. PEOPLE_URL). */
export const SUBGRAPH_PORTS: Record<string, number> = {
  people: 4001,
  assessments: 4002,
  plans: 4003,
  budgets: 4004,
  reviews: 4005,
};

export function defaultSubgraphUrl(name: string): string {
  return `http://127.0.0.1:${SUBGRAPH_PORTS[name]}/graphql`;
}

export function subgraphUrlsFromEnv(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  return Object.fromEntries(Object.keys(SUBGRAPH_PORTS).map((name) => [name, env[`${name.toUpperCase()}_URL`] ?? defaultSubgraphUrl(name)]));
}
