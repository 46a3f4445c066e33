import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/** For development and tests only; production refuses to start without its own key. */
const DEVELOPMENT_SECRETS_KEY = 'careplan-development-secrets-key-not-for-production';
const VERSION = 'v1';

/**
 * The key secrets are encrypted with at rest (`SECRETS_KEY`, at least 32 characters, from the platform's
 * secret store): a copy of the database alone does not give away a council's webhook secret.
 */
export function secretsKey(env: NodeJS.ProcessEnv = process.env): Buffer {
  const key = env.SECRETS_KEY;
  if (!key || key.length < 32) {
    if (env.NODE_ENV === 'production') throw new Error('SECRETS_KEY must be set to at least 32 characters in production');
    return createHash('sha256').update(DEVELOPMENT_SECRETS_KEY).digest();
  }
  return createHash('sha256').update(key).digest();
}

/** AES-256-GCM: `v1:<iv>:<tag>:<ciphertext>`, base64url; tampering is detected when it is opened. */
export function sealSecret(plain: string, key: Buffer = secretsKey()): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), sealed].map((p) => (typeof p === 'string' ? p : p.toString('base64url'))).join(':');
}

/** The secret back; a value stored before secrets were sealed is returned as it is. */
export function openSecret(stored: string, key: Buffer = secretsKey()): string {
  const [version, iv, tag, sealed] = stored.split(':');
  if (version !== VERSION || !iv || !tag || sealed === undefined) return stored;
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(sealed, 'base64url')), decipher.final()]).toString('utf8');
}

/** A TypeORM column transformer: sealed in the database, plain in the process. */
export const sealedColumn = {
  to: (value: string | null | undefined) => (value == null ? value : sealSecret(value)),
  from: (value: string | null) => (value == null ? value : openSecret(value)),
};
