import { parseArgs } from 'node:util';
import { DomainError } from '@careplan/domain';
import { createLogger } from '@careplan/runtime';
import { serviceEnv } from '@careplan/subgraph-kit';
import { councilEnvironment } from './council-binding';
import { DEMO_AUTHORITIES, onboardAuthorities, onboardCouncil } from './onboarding';

// `node dist/onboard.js`: onboards councils as the schema owner, after the migrations. Without `--code` it
// onboards the demo councils (what `careplan-dev migrate` runs); only this app writes its schema, so the
// tools run this by path rather than importing the app.
const USAGE = `node apps/people/dist/onboard.js --code <GSS code> --name <council name> [options]
  --consideration-days <n>     R9: days to consider a proposed plan (1 to 90; default 14)
  --manager-user <sub>         the first team manager's sign-in subject; with
  --manager-given-name <name>  --manager-family-name <name>  [--manager-email <address>]
  --issuer <url>               the council's identity provider (its tokens' iss); with --jwks-url when new
  --jwks-url <url>
Without --code: onboards the demo councils. Safe to run again.`;

const logger = createLogger('people-onboard');

/** A mistake in the command line: said plainly, without a stack. */
class Usage extends Error {}

async function main(): Promise<void> {
  const { values: v } = parseArgs({
    options: {
      code: { type: 'string' },
      name: { type: 'string' },
      'consideration-days': { type: 'string' },
      'manager-user': { type: 'string' },
      'manager-given-name': { type: 'string' },
      'manager-family-name': { type: 'string' },
      'manager-email': { type: 'string' },
      issuer: { type: 'string' },
      'jwks-url': { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  const ownerUrl = serviceEnv('people').ownerUrl;
  if (v.help) return void process.stdout.write(`${USAGE}\n`);
  if (!v.code) {
    await onboardAuthorities(ownerUrl, DEMO_AUTHORITIES);
    return logger.info({ authorities: DEMO_AUTHORITIES.map((a) => a.code) }, 'councils onboarded');
  }
  if (!v.name) throw new Usage(`give --name\n${USAGE}`);
  const managerGiven = [v['manager-user'], v['manager-given-name'], v['manager-family-name']];
  if (managerGiven.some(Boolean) && !managerGiven.every(Boolean)) throw new Usage('give --manager-user, --manager-given-name and --manager-family-name together');
  const days = v['consideration-days'];
  const council = await onboardCouncil(ownerUrl, {
    code: v.code,
    name: v.name,
    planConsiderationDays: days === undefined ? undefined : Number(days),
    manager: v['manager-user'] ? { userId: v['manager-user'], givenName: v['manager-given-name']!, familyName: v['manager-family-name']!, email: v['manager-email'] } : undefined,
  });
  // Ids only in the log: the manager's name is staff data.
  logger.info({ authority: council.code, nation: council.nation, planConsiderationDays: council.planConsiderationDays, manager: council.manager }, 'council onboarded');
  let env: ReturnType<typeof councilEnvironment>;
  try {
    env = councilEnvironment(process.env, council.code, { issuer: v.issuer, jwksUrl: v['jwks-url'] });
  } catch (err) {
    throw new Usage((err as Error).message);
  }
  process.stdout.write(
    [
      `${council.code} (${council.nation}) onboarded${council.manager ? `; first team manager ${council.manager.id}${council.manager.created ? '' : ' (already there)'}` : ''}.`,
      'Set these for the gateway, every subgraph and the worker, and restart them:',
      `AUTH_ISSUERS='${env.AUTH_ISSUERS}'`,
      `SERVICE_AUTHORITIES=${env.SERVICE_AUTHORITIES}`,
      '',
    ].join('\n'),
  );
}

main().catch((err: unknown) => {
  if (err instanceof DomainError || err instanceof Usage) {
    process.stderr.write(`${err.message}\n`);
    process.exit(2);
  }
  logger.fatal({ err }, 'onboarding failed');
  process.exit(1);
});
