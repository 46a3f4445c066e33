import { Role } from '@careplan/domain';
import { portFromEnv } from '@careplan/runtime';
import type { Settings } from './backing-services';
import { migrateAll } from './migrate';
import { stackProcesses, type ProcessSpec } from './processes';
import { DEMO_PEOPLE, seedDemo } from './seed';
import { Supervisor } from './supervisor';
import { mintToken } from './token';

const SAMPLE_QUERY = `query {
  myCaseload(first: 5) {
    edges { node {
      id preferredName familyName nhsNumber
      relationships { kind name }
      advocacy { required reasons advocate { name } }
      communicationNeeds { formats language }
      currentPlan { status personalBudget { indicativeWeeklyAmount { display } } nextReview { dueDate status } }
    } }
  }
}`;

/** `npm start`: migrate, run the stack's processes (`stackProcesses`) under one supervisor, seed, and say how to use it. */
export async function startStack(settings: Settings, log: (line: string) => void): Promise<number> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: settings.databaseUrl,
    REDIS_URL: settings.redisUrl,
    // Subgraphs and the worker reach the graph through this gateway, wherever its port is.
    GRAPH_URL: process.env.GRAPH_URL ?? `http://127.0.0.1:${portFromEnv('gateway')}/graphql`,
    // The worker's reminder sweep covers the demo councils.
    SERVICE_AUTHORITIES: process.env.SERVICE_AUTHORITIES ?? Object.keys(DEMO_PEOPLE).join(','),
    APOLLO_TELEMETRY_DISABLED: '1',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
  };
  let processes: ProcessSpec[];
  try {
    processes = stackProcesses(env);
  } catch (err) {
    log(`start failed: ${(err as Error).message}`);
    return 2;
  }
  await migrateAll(settings, log);
  const supervisor = new Supervisor(env);
  try {
    await supervisor.startAll(processes);
    const graphUrl = `http://localhost:${portFromEnv('gateway', env)}/graphql`;
    const seeded = await seedDemo(graphUrl.replace('localhost', '127.0.0.1'));
    const tokens = await Promise.all(
      Object.keys(DEMO_PEOPLE).map(async (authority) => `  ${authority}  ${await mintToken({ authority, roles: [Role.PRACTITIONER, Role.TEAM_MANAGER] })}`),
    );
    log(
      [
        '',
        `careplan is running: ${graphUrl}`,
        `demo data: ${seeded} people with carers, advocates and communication needs, each with an assessment, plan, budget and review (re-seeding never duplicates)`,
        'bearer tokens (dev-practitioner: practitioner and team manager, 8 hours; `npm run token -- --help` for others):',
        ...tokens,
        'sample query:',
        SAMPLE_QUERY,
        'with curl:',
        `  curl -s ${graphUrl} -H 'content-type: application/json' -H "authorization: Bearer $TOKEN" \\`,
        `    -d '{"query":"{ people(first: 5) { edges { node { id givenName familyName } } } }"}'`,
        'Ctrl-C stops everything.',
        '',
      ].join('\n'),
    );
  } catch (err) {
    log(`start failed: ${(err as Error).message}`);
    await supervisor.stop(1);
  }
  return supervisor.done;
}
