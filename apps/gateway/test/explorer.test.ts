import type { RunningGateway } from '../src/gateway';
import { startGateway } from '../src/gateway';
import { explorerEnabled } from '../src/explorer';
import { readSupergraph } from '../src/supergraph';

// No subgraph is called: the gateway plans over the committed supergraph and serves its own page.
const NOWHERE = Object.fromEntries(['people', 'assessments', 'plans', 'budgets', 'reviews'].map((n) => [n, 'http://127.0.0.1:9/graphql']));
const HTML = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };

let dev: RunningGateway;
let production: RunningGateway;
beforeAll(async () => {
  dev = await startGateway({ supergraphSdl: readSupergraph(), subgraphUrls: NOWHERE, port: 0 });
  production = await startGateway({ supergraphSdl: readSupergraph(), subgraphUrls: NOWHERE, port: 0, explorer: false });
});
afterAll(async () => {
  await dev?.close();
  await production?.close();
});

describe('the explorer works offline', () => {
  it('serves GraphiQL on GET /graphql, and every script and style it references comes from the gateway itself', async () => {
    const res = await fetch(dev.url, { headers: HTML });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    const page = await res.text();
    const refs = [...page.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThanOrEqual(5);
    for (const ref of refs) {
      expect(ref).toMatch(/^\/graphql\/explorer\/[\w.-]+$/);
      const asset = await fetch(new URL(ref, dev.url));
      expect(asset.status).toBe(200);
      const body = await asset.text();
      expect(body.length).toBeGreaterThan(100);
      // A stylesheet may pull in more: its fonts are inlined, nothing is imported from elsewhere.
      if (ref.endsWith('.css')) expect(body).not.toMatch(/@import|url\(\s*['"]?(?:https?:)?\/\//);
    }
    expect(page).not.toMatch(/(?:https?:)?\/\/[a-z]/i);
  });

  it('leaves operations to the GraphQL endpoint: a client that asks for JSON, or sends a query, is answered by the graph', async () => {
    const json = await fetch(`${dev.url}?query=${encodeURIComponent('{ __typename }')}`, { headers: HTML });
    // Apollo's CSRF rule answers a bare GET operation: the point is that the graph answers, in JSON.
    expect(json.headers.get('content-type')).toMatch(/json/);
    expect(((await json.json()) as { errors?: unknown[] }).errors).toBeDefined();
    const post = await fetch(dev.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(post.status).toBe(401);
  });

  it('is off in production: no page, no assets', async () => {
    expect(explorerEnabled({ NODE_ENV: 'production' })).toBe(false);
    expect(explorerEnabled({})).toBe(true);
    const res = await fetch(production.url, { headers: HTML });
    expect(res.headers.get('content-type') ?? '').not.toMatch(/html/);
    expect(await res.text()).not.toContain('<script');
    const asset = await fetch(new URL('/graphql/explorer/graphiql.js', production.url));
    expect(asset.status).toBeGreaterThanOrEqual(400);
    expect(await asset.text()).not.toContain('GraphiQL');
  });
});
