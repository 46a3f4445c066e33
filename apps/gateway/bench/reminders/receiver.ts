import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WEBHOOK_HEADERS, verifyWebhook } from '@careplan/runtime';

export interface WebhookCounts {
  /** Distinct deliveries (by x-careplan-delivery id) received with a valid signature. */
  delivered: number;
  /** Requests repeating a delivery id already received. */
  duplicates: number;
  /** Requests whose signature did not verify (answered 401, so the worker would retry). */
  badSignatures: number;
}

/**
 * The councils' webhook endpoint on loopback, one path per council (`/<GSS code>`), each with its own
 * secret: verifies every signature and counts deliveries by their id, as a council frontend drops repeats.
 */
export async function startReceiver(secrets: ReadonlyMap<string, string>) {
  // Ids only, to count repeats: about 40 bytes each, the one thing here that grows with the run.
  const seen = new Set<string>();
  const counts: WebhookCounts = { delivered: 0, duplicates: 0, badSignatures: 0 };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const secret = secrets.get((req.url ?? '').slice(1));
      const body = Buffer.concat(chunks).toString('utf8');
      if (!secret || !verifyWebhook(secret, body, req.headers[WEBHOOK_HEADERS.signature] as string | undefined, Math.floor(Date.now() / 1000))) {
        counts.badSignatures++;
        res.writeHead(401).end();
        return;
      }
      const id = String(req.headers[WEBHOOK_HEADERS.delivery]);
      if (seen.has(id)) counts.duplicates++;
      else {
        seen.add(id);
        counts.delivered++;
      }
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    counts,
    urlFor: (authority: string) => `${base}/${authority}`,
    async close() {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
}

