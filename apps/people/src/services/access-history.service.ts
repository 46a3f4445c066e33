import { BadUserInput, Forbidden, Role } from '@careplan/domain';
import { decodeCursor, pageSize, type SubgraphContext } from '@careplan/subgraph-kit';

export interface AccessEvent {
  id: string;
  at: Date;
  userId: string;
  roles: string[];
  operation: string;
  operationName: string | null;
  changed: boolean;
  requestId: string;
}

/**
 * Who read or changed a person's record, newest first, from the append-only audit rows. A team manager
 * may see it for anyone in their authority; a person for their own record.
 */
export class AccessHistoryService {
  constructor(private readonly ctx: SubgraphContext) {}

  async forPerson(personId: string, first?: number | null, after?: string | null): Promise<{ rows: AccessEvent[]; hasNextPage: boolean }> {
    const { identity } = this.ctx;
    const own = identity.roles.includes(Role.PERSON) && identity.personId === personId;
    if (!own && !identity.roles.includes(Role.TEAM_MANAGER)) throw new Forbidden('only a team manager, or the person themself, may see who accessed a record');
    const size = pageSize(first);
    const cursor = after ? decodeCursor(after) : null;
    if (cursor && !/^[0-9]+$/.test(cursor.id)) throw new BadUserInput('after', 'after is not a cursor this API issued');
    // Reads' rows are written in batches: wait until those pending are stored (holding no connection
    // meanwhile), so the history misses none.
    if (await this.ctx.db.release()) await this.ctx.auditLog.flush();
    const manager = await this.ctx.db.manager();
    const rows: Array<AccessEvent & { id: string }> = await manager.query(
      `SELECT id::text, at, user_id AS "userId", roles, operation, operation_name AS "operationName", changed, request_id AS "requestId"
         FROM people.access_audit
        WHERE authority_code = $1 AND person_ids @> ARRAY[$2]::uuid[]
          AND ($3::timestamptz IS NULL OR (at, id) < ($3::timestamptz, $4::bigint))
        ORDER BY at DESC, id DESC
        LIMIT $5`,
      // Rows are ordered by when the request came, and the id breaks ties.
      [identity.authority, personId, cursor?.createdAt ?? null, cursor?.id ?? null, size + 1],
    );
    this.ctx.audit.read(personId);
    return { rows: rows.slice(0, size), hasNextPage: rows.length > size };
  }
}
