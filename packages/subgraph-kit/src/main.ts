import { createLogger, onShutdown } from '@careplan/runtime';
import { serviceEnv } from './config';
import { migrateSubgraph } from './migrate';
import { startSubgraph, type SubgraphDefinition } from './subgraph';

async function orExit(name: string, what: string, task: () => Promise<void>): Promise<void> {
  try {
    await task();
  } catch (err) {
    createLogger(name).fatal({ err }, `${what} failed`);
    process.exit(1);
  }
}

/** Entry point of a subgraph process (`node dist/main.js`). */
export function runSubgraph(def: SubgraphDefinition): Promise<void> {
  process.env.APOLLO_TELEMETRY_DISABLED = '1';
  return orExit(def.name, 'start', async () => {
    const logger = createLogger(def.name);
    const running = await startSubgraph(def, { ...serviceEnv(def.name), logger });
    onShutdown(logger, [() => running.close()]);
  });
}

/** Entry point of `npm run migrate` for one subgraph (`node dist/migrate.js`). */
export function runMigrations(def: SubgraphDefinition): Promise<void> {
  return orExit(def.name, 'migrate', async () => {
    const logger = createLogger(`${def.name}-migrate`);
    const ran = await migrateSubgraph(def, serviceEnv(def.name).ownerUrl, logger);
    logger.info({ ran }, ran.length ? 'migrations applied' : 'schema up to date');
  });
}
