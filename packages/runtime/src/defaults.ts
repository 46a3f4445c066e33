/** Defaults for one developer machine; every one can be overridden from the environment. */
export const DEFAULTS = {
  database: 'careplan',
  adminUrl: 'postgres://postgres@127.0.0.1:5432/postgres',
  databaseUrl: 'postgres://careplan_app@127.0.0.1:5432/careplan',
  redisUrl: 'redis://127.0.0.1:6379',
  queuePrefix: 'careplan',
  graphUrl: 'http://127.0.0.1:4000/graphql',
} as const;

/**
 * Where each process listens by default on one machine. `<NAME>_PORT` (e.g. PEOPLE_PORT, GATEWAY_PORT)
 * moves one; the gateway finds a moved subgraph through `<NAME>_URL`.
 */
export const DEFAULT_PORTS = {
  gateway: 4000,
  people: 4001,
  assessments: 4002,
  plans: 4003,
  budgets: 4004,
  reviews: 4005,
  analytics: 4006,
  worker: 4010,
} as const;

export type ServiceName = keyof typeof DEFAULT_PORTS;
export type SubgraphName = Exclude<ServiceName, 'gateway' | 'worker'>;
export const SUBGRAPH_NAMES: SubgraphName[] = ['people', 'assessments', 'plans', 'budgets', 'reviews', 'analytics'];

export function portFromEnv(name: ServiceName, env: NodeJS.ProcessEnv = process.env): number {
  return Number(env[`${name.toUpperCase()}_PORT`] ?? DEFAULT_PORTS[name]);
}

/** Pages of a list: how many items when the caller does not say (`first`), and the most one page holds. */
export const DEFAULT_PAGE = 20;
export const MAX_PAGE = 100;

/**
 * The most tokens an operation may have: far more than any real question to the graph, few enough that
 * one nested thousands deep is refused as a parse failure before it exhausts the parser's stack.
 */
export const MAX_OPERATION_TOKENS = 10_000;
