import { createLogger, onShutdown } from '@careplan/runtime';
import { serviceEnv } from './config';
import { migrateSubgraph } from './migrate';
import { startSubgraph, type SubgraphDefinition } from './subgraph';

/** Entry point of a subgraph process (`node dist/main.js`). */
export async function runSubgraph(def: SubgraphDefinition): Promise<void> {
  process.env.APOLLO_TELEMETRY_DISABLED = '1';
  const logger = createLogger(def.name);
  const env = serviceEnv(def.name, def.defaultPort);
  const running = await startSubgraph(def, { ...env, logger });
  onShutdown(logger, [() => running.close()]);
}

/** Entry point of `npm run migrate` for one subgraph. */
export async function runMigrations(def: SubgraphDefinition): Promise<void> {
  const logger = createLogger(`${def.name}-migrate`);
  const ran = await migrateSubgraph(def, serviceEnv(def.name, def.defaultPort).ownerUrl, logger);
  logger.info({ ran }, ran.length ? 'migrations applied' : 'schema up to date');
}
