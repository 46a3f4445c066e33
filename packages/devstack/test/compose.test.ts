import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@careplan/identity';
import { parse } from 'yaml';
import { stackProcesses } from '../src/processes';
import { DEMO_PEOPLE } from '../src/seed';

// No Docker engine runs these tests: they hold the files to what `docker compose up` needs to behave like `npm start`.
const compose = parse(readFileSync(join(repoRoot(), 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, { image?: string; profiles?: string[]; command?: string[]; environment?: Record<string, string>; healthcheck?: { test: string[] }; restart?: string; depends_on?: Record<string, unknown> }>;
};
const dockerfile = readFileSync(join(repoRoot(), 'infra/docker/Dockerfile'), 'utf8').split('\n');

describe('docker compose', () => {
  const { services } = compose;

  it('sweeps the same councils as npm start and sends e-mail to the local Mailpit', () => {
    const worker = services.worker.environment!;
    expect(worker.SERVICE_AUTHORITIES.split(',').sort()).toEqual(Object.keys(DEMO_PEOPLE).sort());
    expect(new URL(worker.SMTP_URL).hostname).toBe('mailpit');
    expect(services.mailpit.image).toMatch(/^axllent\/mailpit:/);
    expect(worker.QUEUE_DASHBOARD_PASSWORD).toBeTruthy();
  });

  it('gives every long-running service a health check, and Redis a password every process uses', () => {
    const running = Object.entries(services).filter(([, s]) => s.restart !== 'no' && !s.profiles);
    expect(running.map(([name]) => name).sort()).toEqual(['analytics', 'assessments', 'budgets', 'gateway', 'mailpit', 'people', 'plans', 'postgres', 'redis', 'reviews', 'worker']);
    for (const [name, s] of running) expect({ name, test: s.healthcheck?.test?.[0] }).toEqual({ name, test: 'CMD' });
    const password = services.redis.command![services.redis.command!.indexOf('--requirepass') + 1];
    for (const name of ['migrate', 'people', 'gateway', 'worker', 'seed']) expect(new URL(services[name].environment!.REDIS_URL).password).toBe(password);
  });

  it('starts each service after those npm start waits for: the gateway after the subgraphs, the worker after the gateway', () => {
    for (const spec of stackProcesses({ SUBGRAPH_PROCESSES: 'each' })) {
      const healthy = Object.entries(services[spec.name].depends_on ?? {}).filter(([, on]) => (on as { condition?: string }).condition === 'service_healthy');
      expect({ service: spec.name, after: healthy.map(([name]) => name).filter((name) => name !== 'mailpit') }).toEqual({ service: spec.name, after: spec.after });
    }
  });
});

describe('the observability profile', () => {
  const { services } = compose;

  it('has Prometheus scrape every process’s /metrics, Grafana a dashboard of careplan’s own metrics, and Jaeger receive traces', () => {
    const prometheus = parse(readFileSync(join(repoRoot(), 'infra/observability/prometheus.yml'), 'utf8')) as { scrape_configs: Array<{ static_configs: Array<{ targets: string[] }> }> };
    const targets = prometheus.scrape_configs.flatMap((c) => c.static_configs.flatMap((t) => t.targets)).sort();
    expect(targets).toEqual(['analytics:4006', 'assessments:4002', 'budgets:4004', 'gateway:4000', 'people:4001', 'plans:4003', 'reviews:4005', 'worker:4010']);
    for (const name of ['prometheus', 'grafana', 'jaeger']) expect(services[name].profiles).toEqual(['observability']);
    const dashboard = JSON.parse(readFileSync(join(repoRoot(), 'infra/observability/grafana/dashboards/careplan.json'), 'utf8')) as { panels: Array<{ targets: Array<{ expr: string }> }> };
    const metrics = new Set(dashboard.panels.flatMap((p) => p.targets.flatMap((t) => t.expr.match(/careplan_[a-z_]+/g) ?? [])).map((m) => m.replace(/_bucket$/, '')));
    // Every metric the dashboard charts is one the README documents (and so one a process serves).
    const readme = readFileSync(join(repoRoot(), 'README.md'), 'utf8');
    for (const metric of metrics) expect({ metric, documented: readme.includes(`\`${metric}\``) }).toEqual({ metric, documented: true });
    expect(services.jaeger.image).toMatch(/^jaegertracing\//);
  });
});

describe('the image', () => {
  const line = (pattern: RegExp) => dockerfile.findIndex((l) => pattern.test(l));

  it('installs dependencies from the manifests and lockfile before the sources are copied, so that layer caches', () => {
    const lock = line(/^COPY .*package-lock\.json/);
    const install = line(/^RUN .*npm ci/);
    const sources = line(/^COPY \. \./);
    expect(lock).toBeGreaterThan(-1);
    expect(lock).toBeLessThan(install);
    expect(install).toBeLessThan(sources);
    // Every workspace's manifest is there for `npm ci`.
    const root = JSON.parse(readFileSync(join(repoRoot(), 'package-lock.json'), 'utf8')) as { packages: Record<string, { link?: boolean }> };
    const workspaces = Object.keys(root.packages).filter((p) => /^(apps|packages)\/[^/]+$/.test(p));
    for (const ws of workspaces) expect(dockerfile.slice(0, install)).toContain(`COPY ${ws}/package.json ${ws}/`);
  });

  it('runs in production mode as a user that is not root', () => {
    const last = line(/^FROM /) + 1 + dockerfile.slice(line(/^FROM /) + 1).findIndex((l) => l.startsWith('FROM '));
    const final = dockerfile.slice(last);
    expect(final.some((l) => /^ENV .*NODE_ENV=production/.test(l))).toBe(true);
    expect(final.filter((l) => l.startsWith('USER ')).pop()).toBe('USER node');
  });
});
