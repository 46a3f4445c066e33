import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import IORedis from 'ioredis';
import { Client } from 'pg';

export interface Settings {
  /** Superuser connection, for creating roles, the database and schemas. */
  adminUrl: string;
  /** What the services use (careplan_app). */
  databaseUrl: string;
  redisUrl: string;
}

export function settingsFromEnv(env: NodeJS.ProcessEnv, defaults: Settings): Settings {
  const databaseUrl = env.DATABASE_URL ?? defaults.databaseUrl;
  // Without an explicit admin URL, the superuser of the server DATABASE_URL points at.
  const admin = new URL(databaseUrl);
  admin.username = 'postgres';
  admin.password = '';
  admin.pathname = '/postgres';
  return {
    adminUrl: env.DATABASE_ADMIN_URL ?? (env.DATABASE_URL ? admin.toString() : defaults.adminUrl),
    databaseUrl,
    redisUrl: env.REDIS_URL ?? defaults.redisUrl,
  };
}

async function postgresAnswers(url: string): Promise<string | undefined> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return undefined;
  } catch (err) {
    return (err as Error).message;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function redisAnswers(url: string): Promise<string | undefined> {
  const redis = new IORedis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 3_000 });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    await redis.ping();
    return undefined;
  } catch (err) {
    return (err as Error).message;
  } finally {
    redis.disconnect();
  }
}

function isLocal(url: string): boolean {
  return ['127.0.0.1', 'localhost', '::1', '[::1]'].includes(new URL(url).hostname);
}

function onPath(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function run(command: string, args: string[]): boolean {
  try {
    execFileSync(command, args, { stdio: 'ignore', timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
}

/** Starts a locally installed but stopped PostgreSQL: Debian's clusters, or PGDATA with pg_ctl. */
function startPostgres(): boolean {
  if (existsSync('/etc/postgresql') && onPath('pg_ctlcluster')) {
    return readdirSync('/etc/postgresql').some((version) => run('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'start']));
  }
  if (process.env.PGDATA && onPath('pg_ctl')) return run('pg_ctl', ['-D', process.env.PGDATA, '-w', 'start']);
  if (onPath('brew')) return run('brew', ['services', 'start', 'postgresql']);
  return false;
}

function startRedis(url: string): boolean {
  if (!onPath('redis-server')) return false;
  const port = new URL(url).port || '6379';
  // A development Redis keeps nothing on disk: everything the stack needs is rebuilt from Postgres.
  return run('redis-server', ['--daemonize', 'yes', '--bind', '127.0.0.1', '--port', port, '--save', '', '--appendonly', 'no', '--maxmemory-policy', 'noeviction']);
}

async function waitFor(check: () => Promise<string | undefined>, ms: number): Promise<string | undefined> {
  const end = Date.now() + ms;
  let problem = await check();
  while (problem && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 500));
    problem = await check();
  }
  return problem;
}

const POSTGRES_HELP = `PostgreSQL (15 or later) is needed and did not answer.
  Debian/Ubuntu: sudo apt-get install postgresql && sudo pg_ctlcluster 15 main start
  macOS:         brew install postgresql@15 && brew services start postgresql@15
  Docker:        docker compose up -d postgres
  Elsewhere:     set DATABASE_ADMIN_URL (a superuser) and DATABASE_URL to your server.`;

const REDIS_HELP = `Redis (7 or later) is needed and did not answer.
  Debian/Ubuntu: sudo apt-get install redis-server && redis-server --daemonize yes
  macOS:         brew install redis && brew services start redis
  Docker:        docker compose up -d redis
  Elsewhere:     set REDIS_URL to your server.`;

/**
 * Makes sure Postgres and Redis answer: starts a local one that is installed but stopped, or explains
 * exactly what to do. Returns the problems left (empty when both are up).
 */
export async function ensureBackingServices(settings: Settings, log: (line: string) => void): Promise<string[]> {
  const problems: string[] = [];
  const checks = [
    { name: 'PostgreSQL', url: settings.adminUrl, answers: postgresAnswers, start: startPostgres, help: POSTGRES_HELP },
    { name: 'Redis', url: settings.redisUrl, answers: redisAnswers, start: () => startRedis(settings.redisUrl), help: REDIS_HELP },
  ];
  for (const service of checks) {
    let problem = await service.answers(service.url);
    if (problem && isLocal(service.url)) {
      log(`${service.name} is not answering (${problem}); trying to start it`);
      if (service.start()) problem = await waitFor(() => service.answers(service.url), 20_000);
    }
    if (problem) problems.push(`${service.help}\n  (${service.name} said: ${problem})`);
    else log(`${service.name} is up`);
  }
  return problems;
}
