import { SUBGRAPH_NAMES } from '@careplan/runtime';
import type { Settings } from './backing-services';
import { runScript } from './migrate';
import { appScript } from './processes';

/** `careplan-dev onboard …`: the people app's onboarding, run by path as a deployment runs it. */
export function onboard(settings: Settings, args: string[]): Promise<void> {
  return runScript(appScript('people', 'onboard.js'), { ...process.env, DATABASE_URL: settings.databaseUrl }, args);
}

/**
 * `careplan-dev offboard --authority <code> --export-dir <dir> [--erase]`: every subgraph exports the
 * council's rows; with `--erase`, only once every export is written does each export again and erase in the
 * same transaction, people last (its moves are the rule that needs the council's row).
 */
export async function offboard(settings: Settings, args: string[], log: (line: string) => void): Promise<void> {
  const env = { ...process.env, DATABASE_URL: settings.databaseUrl };
  const order = [...SUBGRAPH_NAMES.filter((n) => n !== 'people'), 'people'];
  const exportOnly = args.filter((a) => a !== '--erase');
  for (const name of order) await runScript(appScript(name, 'offboard.js'), env, exportOnly);
  if (exportOnly.length === args.length) return log('exported; nothing erased (add --erase)');
  for (const name of order) await runScript(appScript(name, 'offboard.js'), env, args);
  log('exported and erased from every subgraph');
}
