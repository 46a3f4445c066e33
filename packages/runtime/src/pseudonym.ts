import { createHmac, hkdfSync } from 'node:crypto';

/** For development and tests only; production refuses to start without its own key. */
const DEVELOPMENT_PSEUDONYM_KEY = 'careplan-development-pseudonym-key-not-for-production';

/**
 * The secret analytics pseudonyms are keyed by (`ANALYTICS_PSEUDONYM_KEY`, at least 32 characters).
 * Whoever holds it can tell whose a pseudonym is by trying ids, so it lives with the analytics subgraph
 * alone; changing it gives everyone new pseudonyms (rebuild the read model from its own log afterwards).
 */
export function analyticsPseudonymKey(env: NodeJS.ProcessEnv = process.env): string {
  const key = env.ANALYTICS_PSEUDONYM_KEY;
  if (key && key.length >= 32) return key;
  if (env.NODE_ENV === 'production') throw new Error('ANALYTICS_PSEUDONYM_KEY must be set to at least 32 characters in production');
  return DEVELOPMENT_PSEUDONYM_KEY;
}

/**
 * Keyed pseudonyms for one council: HMAC-SHA256 under a key derived (HKDF) from the secret and the
 * council's code, so a person's pseudonym is stable within the council and cannot be matched with
 * another council's. `kind` separates the record kinds, so a plan's reference is never a person's.
 */
export function pseudonymiser(authority: string, secret: string = analyticsPseudonymKey()): (kind: string, id: string) => string {
  const key = Buffer.from(hkdfSync('sha256', secret, 'careplan-analytics-pseudonym', authority, 32));
  return (kind, id) => createHmac('sha256', key).update(`${kind}:${id}`).digest('hex');
}
