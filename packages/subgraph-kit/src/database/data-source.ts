import { DataSource, type MixedList, type EntitySchema } from 'typeorm';
import type { Logger } from '@careplan/runtime';
import { SnakeNamingStrategy } from './naming';
import { pgDriver } from './pg-driver';
import { QueryCounter } from './query-counter';

export interface DataSourceOptions {
  url: string;
  /** The subgraph's Postgres schema; its migrations table lives there too. */
  schema: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations?: MixedList<Function | string>;
  applicationName: string;
  poolSize?: number;
  logger: Logger;
  counter?: QueryCounter;
}

export function createDataSource(o: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: o.url,
    schema: o.schema,
    entities: o.entities,
    migrations: o.migrations ?? [],
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    logger: o.counter ?? new QueryCounter(),
    applicationName: o.applicationName,
    // A request that cannot get a connection fails in 10 s rather than waiting for ever.
    extra: { max: o.poolSize ?? 10, idleTimeoutMillis: 30_000, connectionTimeoutMillis: 10_000 },
    // A connection killed under us, idle or in use, must not crash the process.
    driver: pgDriver((err) => o.logger.warn({ err: err.message }, 'postgres connection lost')),
    poolErrorHandler: (err: Error) => o.logger.warn({ err: err.message }, 'postgres pool error'),
  });
}
