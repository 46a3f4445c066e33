import { SignJWT, importJWK, type JWK } from 'jose';
import { AUDIENCE, DEV_ISSUER, devKeysDir, devSigningKey } from './dev-keys';
import { claimsFromIdentity, type Identity } from './identity';
import { isProduction } from './issuers';

export interface SigningKey {
  issuer: string;
  jwk: JWK;
}

export async function signToken(
  identity: Omit<Identity, 'issuer'>,
  key: SigningKey,
  options: { ttlSeconds?: number; audience?: string; now?: Date } = {},
): Promise<string> {
  const alg = key.jwk.alg ?? 'ES256';
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  return new SignJWT({ ...claimsFromIdentity(identity) })
    .setProtectedHeader({ alg, ...(key.jwk.kid ? { kid: key.jwk.kid } : {}) })
    .setIssuer(key.issuer)
    .setAudience(options.audience ?? AUDIENCE)
    .setSubject(identity.userId)
    .setIssuedAt(now)
    .setExpirationTime(now + (options.ttlSeconds ?? 3600))
    .sign(await importJWK(key.jwk, alg));
}

/**
 * The key this process signs its own tokens with (the worker's per-authority service tokens, the dev CLI):
 * SERVICE_SIGNING_KEY (a private JWK, whose issuer is SERVICE_ISSUER) in production, the dev key otherwise.
 */
export async function localSigningKey(env: NodeJS.ProcessEnv = process.env): Promise<SigningKey> {
  if (env.SERVICE_SIGNING_KEY) {
    if (!env.SERVICE_ISSUER) throw new Error('SERVICE_SIGNING_KEY needs SERVICE_ISSUER');
    return { issuer: env.SERVICE_ISSUER, jwk: JSON.parse(env.SERVICE_SIGNING_KEY) as JWK };
  }
  if (isProduction(env)) throw new Error('production needs SERVICE_SIGNING_KEY and SERVICE_ISSUER to sign service tokens');
  return { issuer: DEV_ISSUER, jwk: await devSigningKey(devKeysDir(env)) };
}
