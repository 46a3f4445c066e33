import { importJWK, importSPKI, createRemoteJWKSet, type JWK, type JWTVerifyGetKey, type KeyLike } from 'jose';
import { AuthorityCode } from '@careplan/domain';
import { AUDIENCE, DEV_ISSUER, devKeysDir, devSigningKey, publicPart } from './dev-keys';

/**
 * One council's (or the platform's) token issuer. A council's issuer may only vouch for its own
 * authority, so a compromised issuer in one council cannot mint access to another's people.
 */
export interface IssuerConfig {
  issuer: string;
  /** GSS codes this issuer may assert, or ["*"] for the development issuer only. */
  authorities: string[];
  jwksUrl?: string;
  publicKeyJwk?: JWK;
  /** SPKI PEM, with `algorithm` (default RS256). */
  publicKeyPem?: string;
  algorithm?: string;
  /** HS256 shared secret: accepted only outside production. */
  secret?: string;
  audience?: string;
}

export interface ResolvedIssuer {
  config: IssuerConfig;
  key: KeyLike | Uint8Array | JWTVerifyGetKey;
  algorithms: string[];
}

export function isProduction(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV === 'production';
}

const ASYMMETRIC = ['ES256', 'ES384', 'RS256', 'PS256', 'EdDSA'];

function parseConfigured(env: NodeJS.ProcessEnv): IssuerConfig[] {
  if (!env.AUTH_ISSUERS) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(env.AUTH_ISSUERS);
  } catch {
    throw new Error('AUTH_ISSUERS must be a JSON array of issuer configurations');
  }
  if (!Array.isArray(parsed)) throw new Error('AUTH_ISSUERS must be a JSON array of issuer configurations');
  return parsed as IssuerConfig[];
}

/** Checks an issuer configuration; production refuses shared secrets and wildcard authorities. */
export function validateIssuer(config: IssuerConfig, production: boolean): void {
  if (!config.issuer) throw new Error('an issuer configuration has no issuer');
  const where = `issuer ${config.issuer}`;
  const keys = [config.jwksUrl, config.publicKeyJwk, config.publicKeyPem, config.secret].filter((k) => k !== undefined);
  if (keys.length !== 1) throw new Error(`${where}: give exactly one of jwksUrl, publicKeyJwk, publicKeyPem, secret`);
  if (production && config.secret !== undefined) {
    throw new Error(`${where}: HS256 shared secrets are not accepted in production; configure a JWKS URL or public key`);
  }
  if (!Array.isArray(config.authorities) || config.authorities.length === 0) {
    throw new Error(`${where}: list the authorities it may issue tokens for`);
  }
  for (const code of config.authorities) {
    if (code === '*') {
      if (production) throw new Error(`${where}: a wildcard authority is for development only`);
    } else if (!AuthorityCode.isValid(code)) {
      throw new Error(`${where}: ${code} is not a council GSS code`);
    }
  }
}

export async function resolveIssuer(config: IssuerConfig, production: boolean): Promise<ResolvedIssuer> {
  validateIssuer(config, production);
  if (config.jwksUrl) return { config, key: createRemoteJWKSet(new URL(config.jwksUrl)), algorithms: ASYMMETRIC };
  if (config.publicKeyJwk) {
    const alg = config.publicKeyJwk.alg ?? config.algorithm ?? 'ES256';
    return { config, key: (await importJWK(config.publicKeyJwk, alg)) as KeyLike, algorithms: [alg] };
  }
  if (config.publicKeyPem) {
    const alg = config.algorithm ?? 'RS256';
    return { config, key: await importSPKI(config.publicKeyPem, alg), algorithms: [alg] };
  }
  return { config, key: new TextEncoder().encode(config.secret), algorithms: ['HS256'] };
}

/** The issuers this process trusts: the configured councils, plus the local development issuer outside production. */
export async function loadIssuers(env: NodeJS.ProcessEnv = process.env): Promise<ResolvedIssuer[]> {
  const production = isProduction(env);
  const configs = parseConfigured(env);
  if (production && configs.some((c) => c.issuer === DEV_ISSUER)) {
    throw new Error('the development issuer is not accepted in production');
  }
  if (!production) {
    const devKey = await devSigningKey(devKeysDir(env));
    configs.unshift({ issuer: DEV_ISSUER, authorities: ['*'], publicKeyJwk: publicPart(devKey), audience: AUDIENCE });
  }
  if (configs.length === 0) throw new Error('no token issuers are configured: set AUTH_ISSUERS');
  return Promise.all(configs.map((c) => resolveIssuer(c, production)));
}
