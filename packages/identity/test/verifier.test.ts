import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignJWT, exportJWK, generateKeyPair, importJWK } from 'jose';
import { Role } from '@careplan/domain';
import { AUDIENCE, DEV_ISSUER, TokenVerifier, loadIssuers, localSigningKey, signToken, validateIssuer } from '../src';

const HACKNEY = 'E09000012';
const CARDIFF = 'W06000015';

function devEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { DEV_KEYS_DIR: mkdtempSync(join(tmpdir(), 'careplan-keys-')), ...extra };
}

async function councilIssuer() {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const issuer = 'https://login.hackney.example';
  return {
    issuer,
    signingKey: { issuer, jwk: { ...(await exportJWK(privateKey)), alg: 'ES256' } },
    config: { issuer, authorities: [HACKNEY], publicKeyJwk: { ...(await exportJWK(publicKey)), alg: 'ES256' } },
  };
}

describe('identity: token issuers and verification', () => {
  it('accepts a dev token signed by the local key generated on first use, outside production', async () => {
    const env = devEnv();
    const token = await signToken({ userId: 'u1', authority: HACKNEY, roles: [Role.PRACTITIONER] }, await localSigningKey(env));
    const identity = await (await TokenVerifier.fromEnv(env)).verify(`Bearer ${token}`);
    expect(identity).toMatchObject({ userId: 'u1', authority: HACKNEY, roles: [Role.PRACTITIONER], issuer: DEV_ISSUER });
  });

  it('refuses HS256 shared secrets in production and accepts them only in development', () => {
    const secret = { issuer: 'https://idp.example', authorities: [HACKNEY], secret: 'shh' };
    expect(() => validateIssuer(secret, true)).toThrow(/HS256/);
    expect(() => validateIssuer(secret, false)).not.toThrow();
  });

  it('refuses the development issuer, a wildcard authority and a missing issuer list in production', async () => {
    await expect(loadIssuers({ NODE_ENV: 'production' })).rejects.toThrow(/AUTH_ISSUERS/);
    const wildcard = JSON.stringify([{ issuer: 'https://idp.example', authorities: ['*'], jwksUrl: 'https://idp.example/jwks' }]);
    await expect(loadIssuers({ NODE_ENV: 'production', AUTH_ISSUERS: wildcard })).rejects.toThrow(/wildcard/);
    const dev = JSON.stringify([{ issuer: DEV_ISSUER, authorities: [HACKNEY], jwksUrl: 'https://idp.example/jwks' }]);
    await expect(loadIssuers({ NODE_ENV: 'production', AUTH_ISSUERS: dev })).rejects.toThrow(/development issuer/);
    await expect(localSigningKey({ NODE_ENV: 'production' })).rejects.toThrow(/SERVICE_SIGNING_KEY/);
  });

  it('in production trusts only the configured council issuer, and only for its own authority', async () => {
    const council = await councilIssuer();
    const verifier = await TokenVerifier.fromEnv({ NODE_ENV: 'production', AUTH_ISSUERS: JSON.stringify([council.config]) });
    const own = await signToken({ userId: 'sw1', authority: HACKNEY, roles: [Role.PRACTITIONER] }, council.signingKey);
    expect((await verifier.verify(own)).authority).toBe(HACKNEY);
    const other = await signToken({ userId: 'sw1', authority: CARDIFF, roles: [Role.PRACTITIONER] }, council.signingKey);
    await expect(verifier.verify(other)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    const dev = await signToken({ userId: 'u', authority: HACKNEY, roles: [Role.PRACTITIONER] }, await localSigningKey(devEnv()));
    await expect(verifier.verify(dev)).rejects.toThrow(/issuer this service does not trust/);
  });

  it('refuses expired, wrongly signed, HS256-downgraded and claimless tokens as UNAUTHENTICATED', async () => {
    const council = await councilIssuer();
    const verifier = new TokenVerifier(await loadIssuers({ NODE_ENV: 'production', AUTH_ISSUERS: JSON.stringify([council.config]) }));
    const identity = { userId: 'sw1', authority: HACKNEY, roles: [Role.PRACTITIONER] };
    const expired = await signToken(identity, council.signingKey, { now: new Date(Date.now() - 3 * 3600_000) });
    await expect(verifier.verify(expired)).rejects.toThrow(/expired/);
    const impostor = await councilIssuer();
    await expect(verifier.verify(await signToken(identity, impostor.signingKey))).rejects.toThrow(/could not be verified/);
    const hs = await new SignJWT({ authority: HACKNEY, roles: ['PRACTITIONER'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(council.issuer)
      .setAudience(AUDIENCE)
      .setSubject('sw1')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('guessable'));
    await expect(verifier.verify(hs)).rejects.toThrow(/could not be verified/);
    const noRoles = await new SignJWT({ authority: HACKNEY, roles: [] })
      .setProtectedHeader({ alg: 'ES256' })
      .setIssuer(council.issuer)
      .setAudience(AUDIENCE)
      .setSubject('sw1')
      .setExpirationTime('1h')
      .sign(await importJWK(council.signingKey.jwk, 'ES256'));
    await expect(verifier.verify(noRoles)).rejects.toThrow(/roles/);
    await expect(verifier.verify(undefined)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(verifier.verify('Bearer not-a-jwt')).rejects.toThrow(/malformed/);
  });

  it('remembers a verified token only until it expires, and never a forged copy of it', async () => {
    const env = devEnv();
    const verifier = await TokenVerifier.fromEnv(env);
    const token = await signToken({ userId: 'u1', authority: HACKNEY, roles: [Role.PRACTITIONER] }, await localSigningKey(env), { ttlSeconds: 60 });
    await expect(verifier.verify(token)).resolves.toMatchObject({ userId: 'u1' });
    const [header, payload] = token.split('.');
    await expect(verifier.verify(`${header}.${payload}.${'A'.repeat(86)}`)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(verifier.verify(token)).resolves.toMatchObject({ userId: 'u1' });
    jest.useFakeTimers({ now: Date.now() + 5 * 60_000, doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    try {
      await expect(verifier.verify(token)).rejects.toThrow(/expired/);
    } finally {
      jest.useRealTimers();
    }
  });
});
