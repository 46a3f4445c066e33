import { withUser } from './database/provision';

/** Defaults for a developer machine; every one can be overridden from the environment. */
export const DEFAULTS = {
  database: 'careplan',
  adminUrl: 'postgres://postgres@127.0.0.1:5432/postgres',
  databaseUrl: 'postgres://careplan_app@127.0.0.1:5432/careplan',
  redisUrl: 'redis://127.0.0.1:6379',
  queuePrefix: 'careplan',
  graphUrl: 'http://127.0.0.1:4000/graphql',
} as const;

export interface ServiceEnv {
  /** Runtime connection (careplan_app). */
  databaseUrl: string;
  /** Migration connection (careplan_owner). */
  ownerUrl: string;
  redisUrl: string;
  queuePrefix: string;
  graphUrl: string;
  host: string;
  port: number;
}

/**
 * Settings of one subgraph. Each may have its own database (PEOPLE_DATABASE_URL, …) so a schema can
 * move to its own server; otherwise DATABASE_URL serves all.
 */
export function serviceEnv(name: string, defaultPort: number, env: NodeJS.ProcessEnv = process.env): ServiceEnv {
  const key = name.toUpperCase();
  const databaseUrl = env[`${key}_DATABASE_URL`] ?? env.DATABASE_URL ?? DEFAULTS.databaseUrl;
  return {
    databaseUrl,
    ownerUrl: env[`${key}_DATABASE_OWNER_URL`] ?? env.DATABASE_OWNER_URL ?? withUser(databaseUrl, 'careplan_owner'),
    redisUrl: env.REDIS_URL ?? DEFAULTS.redisUrl,
    queuePrefix: env.QUEUE_PREFIX ?? DEFAULTS.queuePrefix,
    graphUrl: env.GRAPH_URL ?? DEFAULTS.graphUrl,
    host: env.HOST ?? '127.0.0.1',
    port: Number(env[`${key}_PORT`] ?? defaultPort),
  };
}
