// A child process of the graph bench: counts each request's SQL statements (statements.ts) on the
// in-process stack of the checkout at BENCH_ROOT and sends the counts to the bench. It runs under that
// checkout's ts-register, so the stack and every @careplan/* package are that checkout's sources; the
// bench's own code (seed, scenarios) is the working tree's. Keys of the requests to count are its arguments.
import 'reflect-metadata';
import { join } from 'node:path';
import { BENCH_AUTHORITIES } from '../councils';
import { cleanUp, cleanUpOnSignals, defer } from './cleanup';
import { CASELOAD_OF_5, SCENARIOS, throughHive } from './scenarios';
import { CASELOAD, seedPeople } from './seed';
import { countStatements } from './statements';
import { loadTargets } from './targets';

type StackModule = typeof import('../../test/support/stack');

async function main() {
  const keys = process.argv.slice(2);
  const scenarios = [...SCENARIOS, ...throughHive(SCENARIOS), CASELOAD_OF_5].filter((s) => keys.includes(s.key));
  // The checkout's own stack, not the one beside this file.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startStack } = require(join(process.env.BENCH_ROOT!, 'apps', 'gateway', 'test', 'support', 'stack')) as StackModule;
  const stack = await startStack(BENCH_AUTHORITIES);
  defer(() => stack.close());
  await seedPeople(stack.db, CASELOAD * BENCH_AUTHORITIES.length, BENCH_AUTHORITIES);
  const counts = await countStatements(stack, scenarios, (await loadTargets(stack.db, 1))[0]);
  await new Promise<void>((resolve, reject) => process.send!(counts, undefined, undefined, (err) => (err ? reject(err) : resolve())));
}

cleanUpOnSignals('closing the in-process stack');
main()
  .catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  })
  // Exits even if a client of the stack keeps a handle open, and closes the channel to the bench.
  .finally(() => cleanUp().finally(() => process.exit()));
