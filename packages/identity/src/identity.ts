import { AuthorityCode, Role, Unauthenticated } from '@careplan/domain';

/** A verified caller. Built only from a token whose signature and issuer were checked. */
export interface Identity {
  userId: string;
  authority: string;
  roles: Role[];
  issuer: string;
  /** Approvers' limit in pence (R8), when the issuer states one. */
  approvalLimitPence?: number;
  /** For the PERSON role: the person record this citizen may see. */
  personId?: string;
}

/** Claims as they travel in the JWT. */
export interface CareplanClaims {
  sub: string;
  authority: string;
  roles: string[];
  approval_limit_pence?: number;
  person_id?: string;
}

const ROLES = new Set<string>(Object.values(Role));

export function identityFromClaims(payload: Record<string, unknown>, issuer: string): Identity {
  const { sub, authority, roles, approval_limit_pence, person_id } = payload;
  if (typeof sub !== 'string' || sub.length === 0) throw new Unauthenticated('token has no subject');
  if (typeof authority !== 'string' || !AuthorityCode.isValid(authority)) {
    throw new Unauthenticated('token has no valid authority claim');
  }
  if (!Array.isArray(roles) || roles.length === 0 || !roles.every((r) => typeof r === 'string' && ROLES.has(r))) {
    throw new Unauthenticated('token has no valid roles claim');
  }
  if (approval_limit_pence !== undefined && !Number.isSafeInteger(approval_limit_pence)) {
    throw new Unauthenticated('token approval limit must be whole pence');
  }
  if (roles.includes(Role.PERSON) && typeof person_id !== 'string') {
    throw new Unauthenticated('a PERSON token must name its person');
  }
  return {
    userId: sub,
    authority,
    roles: roles as Role[],
    issuer,
    ...(approval_limit_pence !== undefined ? { approvalLimitPence: approval_limit_pence as number } : {}),
    ...(typeof person_id === 'string' ? { personId: person_id } : {}),
  };
}

export function claimsFromIdentity(identity: Omit<Identity, 'issuer'>): CareplanClaims {
  return {
    sub: identity.userId,
    authority: identity.authority,
    roles: identity.roles,
    ...(identity.approvalLimitPence !== undefined ? { approval_limit_pence: identity.approvalLimitPence } : {}),
    ...(identity.personId !== undefined ? { person_id: identity.personId } : {}),
  };
}

export function hasRole(identity: Identity, ...roles: Role[]): boolean {
  return roles.some((r) => identity.roles.includes(r));
}
