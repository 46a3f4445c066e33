import { Role } from '@careplan/domain';
import { localSigningKey, signToken, type Identity } from '@careplan/identity';

export const AUTHORITY_A = 'E09000012';
export const AUTHORITY_B = 'W06000015';

/** A development-issuer token for tests. */
export async function tokenFor(
  who: Partial<Omit<Identity, 'issuer'>> & { authority: string },
  options: { ttlSeconds?: number; now?: Date } = {},
): Promise<string> {
  return signToken(
    { userId: who.userId ?? `test-${who.authority}`, roles: who.roles ?? [Role.PRACTITIONER], ...who },
    await localSigningKey(),
    options,
  );
}
