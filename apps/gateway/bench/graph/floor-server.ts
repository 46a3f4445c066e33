// A child process of the graph bench: the floor's SQL (floor-overview.ts) behind the thinnest HTTP
// server, GET /people/<id> with the authority in x-authority. No token check: that is graph overhead.
import { createServer } from 'node:http';
import { Pool, types } from 'pg';
import { readOverview } from './floor-overview';

// Dates as the graph returns them (YYYY-MM-DD), not as JavaScript Dates.
types.setTypeParser(types.builtins.DATE, (value) => value);
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

async function overview(authority: string, personId: string): Promise<string> {
  const client = await pool.connect();
  try {
    return JSON.stringify(await readOverview(client, authority, personId));
  } finally {
    client.release();
  }
}

const server = createServer((req, res) => {
  if (req.url === '/ready') return void res.end('ready');
  const personId = /^\/people\/([0-9a-f-]{36})$/.exec(req.url ?? '')?.[1];
  const authority = req.headers['x-authority'];
  if (!personId || typeof authority !== 'string') return void res.writeHead(400).end();
  overview(authority, personId).then(
    (body) => res.writeHead(200, { 'content-type': 'application/json' }).end(body),
    (err: Error) => res.writeHead(500).end(err.message),
  );
});
server.listen(Number(process.env.PORT), '127.0.0.1');
process.once('SIGTERM', () => server.close(() => void pool.end().then(() => process.exit(0))));
