import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { stackProcesses } from '@careplan/devstack/dist/processes';
import { DEMO_AUTHORITIES, onboardAuthorities } from '@careplan/people';
import { SUBGRAPH_NAMES } from '@careplan/runtime';
import { AUTHORITY_A, createTestDatabase, freePorts, graphql, redisUrl, removePrefix, tokenFor, uniquePrefix, until, type TestDatabase } from '@careplan/testing';
import { SUBGRAPHS } from './support/subgraphs';

jest.setTimeout(90_000);

const typeNames = (sdl: string) => [...sdl.matchAll(/^(?:extend )?type (\w+)/gm)].map((m) => m[1]);

let db: TestDatabase;
const queuePrefix = uniquePrefix();

beforeAll(async () => {
  db = await createTestDatabase(SUBGRAPHS, (owner) => onboardAuthorities(owner, DEMO_AUTHORITIES));
});

afterAll(async () => {
  await db.drop();
  await removePrefix(queuePrefix);
});

describe('npm start runs the six subgraphs in one process', () => {
  it('each answers on its own port with its own schema and metrics, and one SIGTERM closes every one before the process exits', async () => {
    const chosen = await freePorts(SUBGRAPH_NAMES.length);
    const ports = Object.fromEntries(SUBGRAPH_NAMES.map((name, i) => [name, chosen[i]] as const));
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      // As npm start runs it: under NODE_ENV=test, Apollo Server leaves the termination signals alone.
      NODE_ENV: 'development',
      DATABASE_URL: db.appUrl,
      REDIS_URL: redisUrl(),
      QUEUE_PREFIX: queuePrefix,
      GRAPH_URL: 'http://127.0.0.1:9/unreachable',
      LOG_LEVEL: 'info',
      SHUTDOWN_DRAIN_MS: '0',
      ...Object.fromEntries(SUBGRAPH_NAMES.map((name) => [`${name.toUpperCase()}_PORT`, String(ports[name])])),
    };
    const [subgraphs] = stackProcesses(env);
    expect(subgraphs.name).toBe('subgraphs');
    const child = spawn(process.execPath, subgraphs.args, { env, stdio: ['ignore', 'pipe', 'inherit'] });
    const logs: Array<{ service: string; msg: string }> = [];
    createInterface({ input: child.stdout! }).on('line', (line) => logs.push(JSON.parse(line)));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    try {
      await until(async () => (await Promise.all(subgraphs.readyUrls.map((url) => fetch(url).then((r) => r.ok, () => false)))).every(Boolean));

      const token = await tokenFor({ authority: AUTHORITY_A });
      for (const name of SUBGRAPH_NAMES) {
        const base = `http://127.0.0.1:${ports[name]}`;
        const { data } = await graphql<{ _service: { sdl: string } }>(`${base}/graphql`, '{ _service { sdl } }', {}, token);
        // Its own schema: every type its committed SDL declares (the answer adds federation's own).
        const committed = typeNames(readFileSync(join(__dirname, '..', '..', name, 'schema.graphql'), 'utf8'));
        expect({ name, missing: committed.filter((t) => !typeNames(data!._service.sdl).includes(t)) }).toEqual({ name, missing: [] });
        // Each keeps its own registry: its pool's series carry its name alone.
        const metrics = await (await fetch(`${base}/metrics`)).text();
        expect({ name, services: [...metrics.matchAll(/^careplan_db_pool_max_connections\{service="(\w+)"\}/gm)].map((m) => m[1]) }).toEqual({ name, services: [name] });
      }

      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(logs.filter((l) => l.msg === 'subgraph closed').map((l) => l.service).sort()).toEqual([...SUBGRAPH_NAMES].sort());
      expect(logs.filter((l) => l.msg === 'shutting down')).toHaveLength(1);
    } finally {
      child.kill('SIGKILL');
    }
  });
});
