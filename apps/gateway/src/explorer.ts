import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import express, { type Router } from 'express';
import { isProduction } from '@careplan/identity';

const requireFrom = createRequire(__filename);
const packageFile = (pkg: string, file: string) => join(dirname(requireFrom.resolve(`${pkg}/package.json`)), file);

/** Everything the page loads, from this gateway: the explorer works on a machine without the internet. */
const ASSETS: Record<string, string> = {
  'react.js': packageFile('react', 'umd/react.production.min.js'),
  'react-dom.js': packageFile('react-dom', 'umd/react-dom.production.min.js'),
  'graphiql.js': packageFile('graphiql', 'graphiql.min.js'),
  'graphiql.css': packageFile('graphiql', 'graphiql.min.css'),
  // Beside src and dist alike, so tests and the build serve the same file.
  'start.js': join(__dirname, '../explorer/start.js'),
};

const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>careplan explorer</title>
  <link rel="stylesheet" href="/graphql/explorer/graphiql.css">
  <style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
</head>
<body>
  <div id="graphiql">Loading the explorer…</div>
  <script src="/graphql/explorer/react.js"></script>
  <script src="/graphql/explorer/react-dom.js"></script>
  <script src="/graphql/explorer/graphiql.js"></script>
  <script src="/graphql/explorer/start.js"></script>
</body>
</html>`;

// The browser may load and call nothing but this gateway, whatever a script asks.
const POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'";

/** The explorer is for development: off in production, where the graph takes only operations. */
export function explorerEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return !isProduction(env);
}

/**
 * GraphiQL on `GET /graphql` for a browser (a request that accepts HTML and carries no operation), with
 * its assets under `/graphql/explorer/`. Anything else falls through to the GraphQL endpoint.
 */
export function explorer(): Router {
  const router = express.Router();
  router.get('/graphql', (req, res, next) => {
    if (req.query.query !== undefined || req.accepts(['application/json', 'text/html']) !== 'text/html') return next();
    res.set('content-security-policy', POLICY).type('html').send(PAGE);
  });
  router.get('/graphql/explorer/:file', (req, res, next) => {
    const file = ASSETS[req.params.file];
    if (!file) return next();
    res.set('cache-control', 'public, max-age=3600').sendFile(file);
  });
  return router;
}
