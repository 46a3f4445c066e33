import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJWK, generateKeyPair } from 'jose';
import { AUDIENCE, publicPart } from '@careplan/identity';
import { defer } from './cleanup';

/** The issuer of the bench's tokens: a council issuer as production configures one, never the development issuer. */
const BENCH_ISSUER = 'urn:careplan:bench';

/**
 * What production requires of the stack's processes (`startGraph` runs them with NODE_ENV=production),
 * made up for this run alone and set on this process's environment, which they inherit: an issuer
 * trusted for the bench's councils only, whose private key this process signs its tokens with
 * (`tokenFor` signs with SERVICE_SIGNING_KEY when set), and fresh secrets.
 */
export async function provideProductionEnvironment(authorities: string[]): Promise<void> {
  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), alg: 'ES256', kid: `bench-${randomBytes(4).toString('hex')}` };
  const secret = () => randomBytes(32).toString('hex');
  Object.assign(process.env, {
    AUTH_ISSUERS: JSON.stringify([{ issuer: BENCH_ISSUER, authorities, publicKeyJwk: publicPart(jwk), audience: AUDIENCE }]),
    SERVICE_ISSUER: BENCH_ISSUER,
    SERVICE_SIGNING_KEY: JSON.stringify(jwk),
    SECRETS_KEY: secret(),
    EVENTS_SIGNING_KEY: secret(),
    ANALYTICS_PSEUDONYM_KEY: secret(),
    // The statement counter's in-process stack runs outside production: its development key stays out of the checkout.
    DEV_KEYS_DIR: mkdtempSync(join(tmpdir(), 'careplan-bench-keys-')),
  });
  defer(async () => rmSync(process.env.DEV_KEYS_DIR!, { recursive: true, force: true }));
}
