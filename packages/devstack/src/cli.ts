import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { DomainError } from '@careplan/domain';
import { DEFAULTS } from '@careplan/runtime';
import { ensureBackingServices, settingsFromEnv } from './backing-services';
import { offboard, onboard } from './council';
import { migrateAll } from './migrate';
import { seedDemo } from './seed';
import { startStack } from './start';
import { mintToken, parseRole } from './token';

const USAGE = `careplan-dev <command>
  start     check Postgres and Redis, migrate, run the stack, seed demo data
              (the subgraphs in one process; SUBGRAPH_PROCESSES=each for one process each)
  migrate   create roles, database and schemas; run every subgraph's migrations; onboard demo councils
  onboard   onboard a council (the people app's onboard.js; --help for its options):
              --code W06000015 --name "Cardiff Council" [--consideration-days 14]
              --manager-user <sub> --manager-given-name <name> --manager-family-name <name> [--manager-email …]
              [--issuer <url> [--jwks-url <url>]]   prints the AUTH_ISSUERS and SERVICE_AUTHORITIES to set
  offboard  export a council's rows from every subgraph to <dir>/<code>/<schema>.json, then erase them
              --authority E09000012 --export-dir <dir>   exports only (a dry run)
              --erase                                    then erases what was exported
  seed      add the demo people through a running gateway (GRAPH_URL); safe to run again
  token     print a development bearer token (the last line of output)
              --authority E09000012   GSS code of the council (required)
              --role PRACTITIONER     repeatable: ${'PRACTITIONER, TEAM_MANAGER, PANEL_MEMBER, FINANCE_OFFICER, ANALYST, RETURNS_OFFICER, PERSON, SERVICE'}
              --person <id>           the person a PERSON token may see
              --approval-limit-pence <n>
              --user <id>             subject (default dev-<role>)
              --ttl <seconds>         lifetime (default 8 hours)
Environment: DATABASE_URL, DATABASE_ADMIN_URL, REDIS_URL, GRAPH_URL, <NAME>_PORT; see README.md.`;

const log = (line: string) => process.stdout.write(`${line}\n`);

async function ready() {
  process.env.APOLLO_TELEMETRY_DISABLED = '1';
  const settings = settingsFromEnv(process.env, DEFAULTS);
  const problems = await ensureBackingServices(settings, log);
  if (problems.length) {
    process.stderr.write(`${problems.join('\n\n')}\n`);
    process.exit(1);
  }
  return settings;
}

async function token(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      authority: { type: 'string' },
      role: { type: 'string', multiple: true },
      person: { type: 'string' },
      'approval-limit-pence': { type: 'string' },
      user: { type: 'string' },
      ttl: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help || !values.authority) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(values.help ? 0 : 2);
  }
  const roles = (values.role ?? ['PRACTITIONER']).map(parseRole);
  const limit = values['approval-limit-pence'];
  const jwt = await mintToken({
    authority: values.authority,
    roles,
    userId: values.user,
    personId: values.person,
    approvalLimitPence: limit === undefined ? undefined : Number.parseInt(limit, 10),
    ttlSeconds: values.ttl === undefined ? undefined : Number.parseInt(values.ttl, 10),
  });
  process.stderr.write(`development token for ${values.authority.toUpperCase()} as ${roles.join(', ')}\n`);
  process.stdout.write(`${jwt}\n`);
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'token':
      return token(rest);
    case 'migrate':
      return migrateAll(await ready(), log);
    case 'onboard':
      return onboard(await ready(), rest);
    case 'offboard':
      return offboard(await ready(), rest, log);
    case 'seed':
      log(`seeded ${await seedDemo(process.env.GRAPH_URL ?? DEFAULTS.graphUrl)} demo people`);
      return;
    case 'start':
      process.exitCode = await startStack(await ready(), log);
      return;
    default:
      process.stdout.write(`${USAGE}\n`);
      process.exitCode = command === undefined || command === 'help' || command === '--help' ? 0 : 2;
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  process.stderr.write(`${err instanceof DomainError ? err.message : (err as Error).stack ?? String(err)}\n`);
  process.exit(err instanceof DomainError ? 2 : 1);
});
