import { AuthorityCode, BadUserInput, Role } from '@careplan/domain';
import { localSigningKey, signToken } from '@careplan/identity';

export interface TokenRequest {
  authority: string;
  roles: Role[];
  userId?: string;
  personId?: string;
  approvalLimitPence?: number;
  ttlSeconds?: number;
}

const ROLES = new Set<string>(Object.values(Role));

export function parseRole(raw: string): Role {
  const role = raw.toUpperCase();
  if (!ROLES.has(role)) throw new BadUserInput('role', `unknown role ${raw}; one of ${[...ROLES].join(', ')}`);
  return role as Role;
}

/** A development bearer token signed by the local dev key (or the service key, where configured). */
export async function mintToken(request: TokenRequest): Promise<string> {
  const authority = AuthorityCode.parse(request.authority).toString();
  return signToken(
    {
      userId: request.userId ?? `dev-${request.roles[0]?.toLowerCase() ?? 'user'}`,
      authority,
      roles: request.roles,
      ...(request.personId ? { personId: request.personId } : {}),
      ...(request.approvalLimitPence !== undefined ? { approvalLimitPence: request.approvalLimitPence } : {}),
    },
    await localSigningKey(),
    { ttlSeconds: request.ttlSeconds ?? 8 * 3600 },
  );
}
