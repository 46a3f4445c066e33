import type { Identity } from '@careplan/identity';
import type { GraphClient, Logger } from '@careplan/runtime';
import { AuthorityCode, Forbidden, Role, type Nation } from '@careplan/domain';
import type { RequestDb } from './request-db';
import type { AccessAudit, AuditWriter } from './access-audit';
import type { LoaderCache } from './loaders';
import type { Outbox } from '../outbox/outbox';

/** What every resolver and service of a subgraph gets for one request. */
export interface SubgraphContext {
  requestId: string;
  identity: Identity;
  /** The caller's bearer token, to ask the graph on their behalf (never logged). */
  token: string;
  db: RequestDb;
  loaders: LoaderCache;
  audit: AccessAudit;
  /** The process's batched writer of reads' audit rows. */
  auditLog: AuditWriter;
  outbox: Outbox;
  graph: GraphClient;
  logger: Logger;
}

/** Roles that work with people's records. ANALYST sees aggregates only; PERSON sees only their own record. */
export const CASEWORK_ROLES = [Role.PRACTITIONER, Role.TEAM_MANAGER, Role.PANEL_MEMBER, Role.FINANCE_OFFICER, Role.SERVICE];

/**
 * Whether the caller may see this person's data at all (within their authority, which RLS already
 * guarantees): casework roles may; a PERSON only their own record.
 */
export function canSeePerson(identity: Identity, personId: string): boolean {
  if (identity.roles.some((r) => CASEWORK_ROLES.includes(r))) return true;
  return identity.roles.includes(Role.PERSON) && identity.personId === personId;
}

export function assertCanSeePerson(identity: Identity, personId: string): void {
  if (!canSeePerson(identity, personId)) throw new Forbidden('you may not see this person’s record');
}

/** The nation whose rules apply: the caller's council's, which its GSS code names. */
export function callerNation(ctx: Pick<SubgraphContext, 'identity'>): Nation {
  return AuthorityCode.parse(ctx.identity.authority).nation;
}
