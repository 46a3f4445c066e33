import { mkdirSync, readFileSync, writeFileSync, linkSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import { repoRoot } from './repo-root';

export const DEV_ISSUER = 'urn:careplan:dev';
export const AUDIENCE = 'careplan';

export function devKeysDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.DEV_KEYS_DIR ?? join(repoRoot(), 'infra', 'dev-keys');
}

/**
 * The local development signing key (ES256), generated on first use and git-ignored. Several processes
 * start at once, so the file is published with link(): exactly one writer wins and everyone reads its key.
 */
export async function devSigningKey(dir = devKeysDir()): Promise<JWK> {
  const file = join(dir, 'dev-issuer.private.jwk.json');
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as JWK;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), alg: 'ES256', kid: `dev-${randomUUID().slice(0, 8)}` };
  const tmp = `${file}.${process.pid}.${randomUUID()}`;
  writeFileSync(tmp, JSON.stringify(jwk), { mode: 0o600 });
  try {
    linkSync(tmp, file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  } finally {
    unlinkSync(tmp);
  }
  return JSON.parse(readFileSync(file, 'utf8')) as JWK;
}

export function publicPart(jwk: JWK): JWK {
  const { d: _private, ...pub } = jwk;
  return pub;
}
