import { lookup as dnsLookup } from 'node:dns';
import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import nodemailer, { type Transporter } from 'nodemailer';
import { isPrivateAddress } from '@careplan/domain';
import { isProduction } from '@careplan/identity';

export interface WebhookMessage {
  url: string;
  body: string;
  headers: Array<{ name: string; value: string }>;
}

export interface EmailMessage {
  from: string;
  to: string;
  subject: string;
  text: string;
  messageId: string;
}

const WEBHOOK_TIMEOUT_MS = 10_000;

/**
 * Connections open at once to one council's endpoint; more deliveries wait their turn here. Without a
 * cap, hundreds of jobs in hand would open hundreds of connections at once: more than an endpoint
 * accepts, so some wait out the timeout and are sent again.
 */
const CONNECTIONS_PER_ENDPOINT = 16;

// Kept alive and reused from one delivery to the next. Plain node:http, not fetch: a fraction of the CPU per request.
const agents: Record<string, HttpAgent> = {
  'http:': new HttpAgent({ keepAlive: true, maxSockets: CONNECTIONS_PER_ENDPOINT }),
  'https:': new HttpsAgent({ keepAlive: true, maxSockets: CONNECTIONS_PER_ENDPOINT }),
};

const insideTheNetwork = () => Object.assign(new Error('the webhook address leads inside the council’s network'), { code: 'EPRIVATE' });

/**
 * SSRF, at the moment of sending: a name checked when the setting was saved may point elsewhere now, so in
 * production it is resolved here and refused when any address it gives is loopback, private or link-local.
 */
const publicAddressesOnly: LookupFunction = (hostname, options, callback) =>
  dnsLookup(hostname, options, (err, address, family) => {
    const found = Array.isArray(address) ? address.map((a) => a.address) : [address];
    if (!err && found.some((a) => isPrivateAddress(a))) return callback(insideTheNetwork(), address, family);
    callback(err, address, family);
  });

/** Posts a signed webhook; anything but a 2xx answer within 10 s is a failed attempt (and will be retried). */
export function postWebhook(message: WebhookMessage): Promise<void> {
  const url = new URL(message.url);
  const production = isProduction();
  // An address written as a number is connected to without a lookup: check it here.
  const literal = url.hostname.replace(/^\[|\]$/g, '');
  if (production && isIP(literal) && isPrivateAddress(literal)) return Promise.reject(insideTheNetwork());
  const headers = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(message.body), ...Object.fromEntries(message.headers.map((h) => [h.name, h.value])) };
  return new Promise<void>((resolve, reject) => {
    const options = { method: 'POST', agent: agents[url.protocol], headers, ...(production ? { lookup: publicAddressesOnly } : {}) };
    const req = (url.protocol === 'https:' ? httpsRequest : httpRequest)(url, options, (res) => {
      res.resume();
      res.once('end', () => (res.statusCode! >= 200 && res.statusCode! < 300 ? resolve() : reject(new Error(`the webhook answered ${res.statusCode}`))));
      res.once('error', reject);
    });
    const timer = setTimeout(() => req.destroy(Object.assign(new Error('the webhook did not answer in time'), { code: 'ETIMEDOUT' })), WEBHOOK_TIMEOUT_MS);
    req.once('close', () => clearTimeout(timer));
    req.once('error', reject);
    req.end(message.body);
  });
}

/** E-mail over SMTP (nodemailer), one pooled transport for the process. */
export class Mailer {
  private readonly transport: Transporter | null;

  constructor(smtpUrl: string | undefined) {
    this.transport = smtpUrl ? nodemailer.createTransport(smtpUrl) : null;
  }

  get configured(): boolean {
    return this.transport !== null;
  }

  async send(message: EmailMessage): Promise<void> {
    if (!this.transport) throw new Error('no SMTP server is configured (SMTP_URL)');
    await this.transport.sendMail({ ...message });
  }

  close(): void {
    this.transport?.close();
  }
}
