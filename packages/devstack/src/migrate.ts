import { spawn } from 'node:child_process';
import { SUBGRAPH_NAMES } from '@careplan/runtime';
import { provisionDatabase } from '@careplan/subgraph-kit';
import type { Settings } from './backing-services';
import { appScript } from './processes';

export function runScript(script: string, env: NodeJS.ProcessEnv, args: string[] = []): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { env, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${script} exited with ${code}`))));
  });
}

/**
 * Roles, database and schemas (infra/postgres), then each subgraph's own migrate command, exactly as a
 * deployment runs them, then the people app's onboarding of the demo councils. Safe to run again.
 */
export async function migrateAll(settings: Settings, log: (line: string) => void): Promise<void> {
  const database = new URL(settings.databaseUrl).pathname.slice(1);
  await provisionDatabase(settings.adminUrl, database);
  log(`database ${database} provisioned`);
  const env = { ...process.env, DATABASE_URL: settings.databaseUrl };
  for (const name of SUBGRAPH_NAMES) await runScript(appScript(name, 'migrate.js'), env);
  await runScript(appScript('people', 'onboard.js'), env);
  log('migrations applied; demo councils onboarded');
}
