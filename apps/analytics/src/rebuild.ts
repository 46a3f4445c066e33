import 'reflect-metadata';
import { AuthorityCode } from '@careplan/domain';
import { createLogger } from '@careplan/runtime';
import { createDataSource, serviceEnv } from '@careplan/subgraph-kit';
import { rebuildCouncil } from './services/rebuild';

/**
 * `npm run rebuild [-- E09000012 …]`: empties each council's analytics read model and replays its log of
 * pseudonymised facts into it. Councils from the arguments, else SERVICE_AUTHORITIES (as the worker).
 */
async function main(): Promise<void> {
  const logger = createLogger('analytics-rebuild');
  const raw = process.argv.slice(2).length ? process.argv.slice(2) : (process.env.SERVICE_AUTHORITIES ?? '').split(',');
  const codes = raw.map((c) => c.trim()).filter(Boolean).map((c) => AuthorityCode.parse(c, 'authority').toString());
  if (!codes.length) throw new Error('name the councils to rebuild: npm run rebuild -- E09000012 …, or set SERVICE_AUTHORITIES');
  const ds = createDataSource({ url: serviceEnv('analytics').databaseUrl, schema: 'analytics', entities: [], applicationName: 'careplan-analytics-rebuild', poolSize: 1, logger });
  await ds.initialize();
  try {
    for (const code of codes) logger.info({ authority: code, events: await rebuildCouncil(ds, code) }, 'analytics read model rebuilt');
  } finally {
    await ds.destroy();
  }
}

main().catch((err: Error) => {
  console.error(`rebuild failed: ${err.message}`);
  process.exit(1);
});
