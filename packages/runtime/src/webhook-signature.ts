import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Signed webhooks, as council frontends verify them: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`
 * with the council's own secret. The timestamp inside the signature stops an old delivery being replayed.
 */
export const WEBHOOK_HEADERS = {
  signature: 'x-careplan-signature',
  /** The same for every attempt at one delivery: receivers drop repeats by it. */
  delivery: 'x-careplan-delivery',
  event: 'x-careplan-event',
} as const;

const hmac = (secret: string, timestamp: number, body: string) => createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');

export function signWebhook(secret: string, body: string, timestampSeconds: number): string {
  return `t=${timestampSeconds},v1=${hmac(secret, timestampSeconds, body)}`;
}

export function verifyWebhook(secret: string, body: string, header: string | undefined, nowSeconds: number, toleranceSeconds = 300): boolean {
  const parts = Object.fromEntries((header ?? '').split(',').map((p) => p.split('=', 2) as [string, string]));
  const timestamp = Number(parts.t);
  if (!Number.isInteger(timestamp) || !parts.v1 || Math.abs(nowSeconds - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(hmac(secret, timestamp, body), 'hex');
  const given = Buffer.from(parts.v1, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
