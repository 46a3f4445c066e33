import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { WEBHOOK_HEADERS, verifyWebhook } from '@careplan/runtime';

export interface ReceivedWebhook {
  deliveryId: string;
  signed: boolean;
  body: Record<string, any>;
  raw: string;
}

/**
 * A council frontend's webhook endpoint on loopback: checks each signature, records every request, and
 * can be told to fail (500) or to hold the next request unanswered (to kill a worker mid-delivery).
 */
export async function startWebhookReceiver(secret: string) {
  const received: ReceivedWebhook[] = [];
  let mode: 'ok' | 'fail' | 'hold' = 'ok';
  let onHold: (() => void) | null = null;
  const held: ServerResponse[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      const header = req.headers[WEBHOOK_HEADERS.signature] as string | undefined;
      received.push({ deliveryId: String(req.headers[WEBHOOK_HEADERS.delivery]), signed: verifyWebhook(secret, raw, header, Math.floor(Date.now() / 1000)), body: JSON.parse(raw), raw });
      if (mode === 'hold') {
        held.push(res);
        mode = 'ok';
        onHold?.();
        return;
      }
      res.writeHead(mode === 'fail' ? 500 : 204).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/careplan/reminders`,
    received,
    set mode(m: 'ok' | 'fail') {
      mode = m;
    },
    /** Resolves when the next request has arrived and is being held unanswered. */
    holdNext(): Promise<void> {
      mode = 'hold';
      return new Promise((r) => (onHold = r));
    },
    distinct: () => new Set(received.map((r) => r.deliveryId)),
    async close() {
      for (const res of held) res.destroy();
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
}

export interface ReceivedMail {
  to: string[];
  messageId: string;
  subject: string;
  /** The message as sent, quoted-printable undone so text can be searched. */
  raw: string;
}

const unquote = (qp: string) => qp.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** A real SMTP server on loopback that keeps every message it accepts. */
export async function startSmtpReceiver() {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      stream.on('end', () => {
        const header = (name: string) => raw.match(new RegExp(`^${name}: (.*)$`, 'mi'))?.[1]?.trim() ?? '';
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), messageId: header('Message-ID'), subject: header('Subject'), raw: unquote(raw) });
        callback();
      });
    },
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`,
    received,
    distinct: () => new Set(received.map((m) => m.messageId)),
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
