import { decodeJwt, jwtVerify, errors as joseErrors, type JWTVerifyGetKey, type KeyLike } from 'jose';
import { Unauthenticated } from '@careplan/domain';
import { AUDIENCE } from './dev-keys';
import { identityFromClaims, type Identity } from './identity';
import { loadIssuers, type ResolvedIssuer } from './issuers';

/** How many verified tokens a process remembers; the oldest is forgotten first. */
const CACHE_SIZE = 10_000;

/**
 * Turns a bearer token into a verified Identity, or throws Unauthenticated. Shared by the gateway and every
 * subgraph. A token verified once is remembered until it expires: one overview reaches several subgraphs,
 * each of which would otherwise check the same signature again. (Like any JWT, a token stays valid until it
 * expires even if its issuer's key is withdrawn meanwhile.)
 */
export class TokenVerifier {
  private readonly byIssuer: Map<string, ResolvedIssuer>;
  private readonly verified = new Map<string, { identity: Identity; expiresAt: number }>();

  constructor(issuers: ResolvedIssuer[]) {
    this.byIssuer = new Map(issuers.map((i) => [i.config.issuer, i]));
  }

  static async fromEnv(env: NodeJS.ProcessEnv = process.env): Promise<TokenVerifier> {
    return new TokenVerifier(await loadIssuers(env));
  }

  /** Accepts "Bearer <jwt>" or a bare token. */
  async verify(authorization: string | undefined | null): Promise<Identity> {
    const token = authorization?.replace(/^Bearer\s+/i, '').trim();
    if (!token) throw new Unauthenticated('a bearer token is required');
    const known = this.verified.get(token);
    if (known && known.expiresAt > Date.now()) return known.identity;
    if (known) this.verified.delete(token);
    let issuerName: string | undefined;
    try {
      issuerName = decodeJwt(token).iss;
    } catch {
      throw new Unauthenticated('the token is malformed');
    }
    const issuer = issuerName ? this.byIssuer.get(issuerName) : undefined;
    if (!issuer) throw new Unauthenticated('the token comes from an issuer this service does not trust');
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(token, issuer.key as KeyLike & JWTVerifyGetKey, {
        issuer: issuer.config.issuer,
        audience: issuer.config.audience ?? AUDIENCE,
        algorithms: issuer.algorithms,
        requiredClaims: ['exp', 'sub'],
        clockTolerance: 30,
      }));
    } catch (e) {
      if (e instanceof joseErrors.JWTExpired) throw new Unauthenticated('the token has expired');
      throw new Unauthenticated('the token could not be verified');
    }
    const identity = identityFromClaims(payload, issuer.config.issuer);
    const allowed = issuer.config.authorities;
    if (!allowed.includes('*') && !allowed.includes(identity.authority)) {
      throw new Unauthenticated(`the issuer may not issue tokens for authority ${identity.authority}`);
    }
    this.remember(token, identity, payload.exp as number);
    return identity;
  }

  private remember(token: string, identity: Identity, exp: number): void {
    if (this.verified.size >= CACHE_SIZE) this.verified.delete(this.verified.keys().next().value!);
    this.verified.set(token, { identity, expiresAt: exp * 1000 });
  }
}
