import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createLogger, onShutdown } from '@careplan/runtime';
import { serviceEnv } from './config';
import { buildFederatedSchema } from './graphql/federated-schema';
import { subgraphSchemaFile } from './graphql/schema-file';
import { migrateSubgraph } from './migrate';
import { offboardSchema, type OffboardingOptions } from './database/offboarding';
import { startSubgraph, type RunningSubgraph, type SubgraphDefinition } from './subgraph';

async function orExit(name: string, what: string, task: () => Promise<void>): Promise<void> {
  try {
    await task();
  } catch (err) {
    createLogger(name).fatal({ err }, `${what} failed`);
    process.exit(1);
  }
}

/** The subgraphs this process serves: one, or several when their entry scripts run in one process. */
const served: RunningSubgraph[] = [];

/**
 * Entry point of a subgraph (`node dist/main.js`). Several may run in one process (`node --require
 * apps/people/dist/main.js apps/plans/dist/main.js`, as `npm start` runs them): each on its own port with its
 * own pools, and one shutdown that closes them all before the process exits.
 */
export function runSubgraph(def: SubgraphDefinition): Promise<void> {
  process.env.APOLLO_TELEMETRY_DISABLED = '1';
  return orExit(def.name, 'start', async () => {
    const logger = createLogger(def.name);
    const running = await startSubgraph(def, { ...serviceEnv(def.name), logger });
    if (served.push(running) === 1) onShutdown(logger, [() => Promise.all(served.map((s) => s.close()))]);
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

/**
 * Entry point of offboarding a council from one subgraph (`node dist/offboard.js --authority <code>
 * --export-dir <dir> [--erase]`): its rows exported to `<dir>/<code>/<schema>.json`, then, with `--erase`,
 * deleted. Logs counts only, never the rows.
 */
export function runOffboarding(def: SubgraphDefinition, shared?: OffboardingOptions['shared']): Promise<void> {
  return orExit(def.name, 'offboarding', async () => {
    const logger = createLogger(`${def.name}-offboard`);
    const { values } = parseArgs({ options: { authority: { type: 'string' }, 'export-dir': { type: 'string' }, erase: { type: 'boolean' } } });
    if (!values.authority || !values['export-dir']) throw new Error('usage: offboard.js --authority <GSS code> --export-dir <dir> [--erase]');
    const report = await offboardSchema(serviceEnv(def.name).ownerUrl, def.schema, { authority: values.authority, exportDir: values['export-dir'], erase: values.erase === true, shared });
    logger.info({ authority: values.authority.toUpperCase(), ...report }, values.erase ? 'council exported and erased' : 'council exported (nothing erased)');
  });
}
