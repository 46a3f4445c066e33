import { DEFAULTS, portFromEnv, type SubgraphName } from '@careplan/runtime';
import { withUser } from './database/provision';

export interface ServiceEnv {
  /** Runtime connection (careplan_app). */
  databaseUrl: string;
  /** Migration connection (careplan_owner). */
  ownerUrl: string;
  /** The outbox relay's own login (careplan_relay). */
  relayDatabaseUrl: string;
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
export function serviceEnv(name: SubgraphName, env: NodeJS.ProcessEnv = process.env): ServiceEnv {
  const key = name.toUpperCase();
  const databaseUrl = env[`${key}_DATABASE_URL`] ?? env.DATABASE_URL ?? DEFAULTS.databaseUrl;
  return {
    databaseUrl,
    ownerUrl: env[`${key}_DATABASE_OWNER_URL`] ?? env.DATABASE_OWNER_URL ?? withUser(databaseUrl, 'careplan_owner'),
    relayDatabaseUrl: env[`${key}_RELAY_DATABASE_URL`] ?? env.RELAY_DATABASE_URL ?? withUser(databaseUrl, 'careplan_relay'),
    redisUrl: env.REDIS_URL ?? DEFAULTS.redisUrl,
    queuePrefix: env.QUEUE_PREFIX ?? DEFAULTS.queuePrefix,
    graphUrl: env.GRAPH_URL ?? DEFAULTS.graphUrl,
    host: env.HOST ?? '127.0.0.1',
    port: portFromEnv(name, env),
  };
}
