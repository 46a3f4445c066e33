import { writeFileSync } from 'node:fs';
import { createLogger, onShutdown } from '@careplan/runtime';
import { serviceEnv } from './config';
import { buildFederatedSchema } from './graphql/federated-schema';
import { subgraphSchemaFile } from './graphql/schema-file';
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

/** Entry point of `npm run schema` for one subgraph (`node dist/schema.js`): commits the SDL composition reads. */
export function writeSubgraphSchema(def: SubgraphDefinition): Promise<void> {
  return orExit(def.name, 'schema', async () => {
    const file = subgraphSchemaFile(def.name);
    writeFileSync(file, (await buildFederatedSchema(def)).sdl);
    process.stdout.write(`wrote ${file}\n`);
  });
}
