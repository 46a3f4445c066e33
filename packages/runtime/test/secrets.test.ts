import { openSecret, sealSecret, secretsKey } from '../src';

describe('secrets sealed at rest', () => {
  const secret = 'whsec_0123456789abcdef0123456789abcdef';

  it('seals with a fresh nonce each time and opens back; a legacy plain value opens as it is', () => {
    const once = sealSecret(secret);
    expect(once).toMatch(/^v1:/);
    expect(once).not.toContain(secret);
    expect(sealSecret(secret)).not.toBe(once);
    expect(openSecret(once)).toBe(secret);
    expect(openSecret(secret)).toBe(secret);
  });

  it('refuses a sealed value that was changed, or opened with another key', () => {
    const [v, iv, tag, body] = sealSecret(secret).split(':');
    const flipped = `${v}:${iv}:${tag}:${body.slice(0, -2)}${body.endsWith('AA') ? 'AB' : 'AA'}`;
    expect(() => openSecret(flipped)).toThrow();
    expect(() => openSecret(sealSecret(secret), secretsKey({ SECRETS_KEY: 'k'.repeat(32) }))).toThrow();
  });

  it('production refuses to start without a key of its own', () => {
    expect(() => secretsKey({ NODE_ENV: 'production' })).toThrow(/SECRETS_KEY/);
  });
});
