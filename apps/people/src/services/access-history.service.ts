import { Forbidden, Role, type AccessOperation } from '@careplan/domain';
import { decodeCursor, encodeCursor, pageOf, pageSize, type Page as PageOf, type SubgraphContext } from '@careplan/subgraph-kit';

export interface AccessEvent {
  id: string;
  at: Date;
  userId: string;
  roles: string[];
  operation: AccessOperation;
  operationName: string | null;
  changed: boolean;
  requestId: string;
}

type Page = PageOf<AccessEvent>;

/**
 * Who read or changed a person's record, newest first, from the append-only audit rows. A team manager
 * may see it for anyone in their authority; a person for their own record.
 */
export class AccessHistoryService {
  constructor(private readonly ctx: SubgraphContext) {}

  async forPerson(personId: string, first?: number | null, after?: string | null): Promise<Page> {
    const { identity } = this.ctx;
    const own = identity.roles.includes(Role.PERSON) && identity.personId === personId;
    if (!own && !identity.roles.includes(Role.TEAM_MANAGER)) throw new Forbidden('only a team manager, or the person themself, may see who accessed a record');
    const size = pageSize(first);
    // Audit rows have a bigint id.
    const cursor = after ? decodeCursor(after, ['timestamp', 'bigint']) : null;
    this.ctx.audit.read(personId);
    // One statement for every person of the request asking for the same page.
    return this.ctx.loaders
      .get<string, Page>(`access-history:${size}:${after ?? ''}`, (ids) => this.pages(ids, size, cursor, after))
      .load(personId);
  }

  private async pages(personIds: readonly string[], size: number, cursor: string[] | null, after: string | null | undefined): Promise<Page[]> {
    // Reads' rows are written in batches by a connection of their own: wait until those pending are stored.
    await this.ctx.auditLog.flush();
    const manager = await this.ctx.db.manager();
    // The audit stores the operation as GraphQL names it ('query', 'mutation'); clients see the enum.
    const rows: Array<AccessEvent & { personId: string }> = await manager.query(
      `SELECT p.id AS "personId", a.id::text, a.at, a.user_id AS "userId", a.roles, upper(a.operation) AS operation, a.operation_name AS "operationName", a.changed, a.request_id AS "requestId"
         FROM unnest($2::uuid[]) AS p(id)
         CROSS JOIN LATERAL (
           SELECT * FROM people.access_audit
            WHERE authority_code = $1 AND person_ids @> ARRAY[p.id]
              AND ($3::timestamptz IS NULL OR (at, id) < ($3::timestamptz, $4::bigint))
            ORDER BY at DESC, id DESC
            LIMIT $5) AS a`,
      // Rows are ordered by when the request came; the id breaks ties.
      [this.ctx.identity.authority, personIds, cursor?.[0] ?? null, cursor?.[1] ?? null, size + 1],
    );
    return personIds.map((id) => {
      const mine = rows.filter((r) => r.personId === id).map(({ personId: _p, ...event }) => event);
      return pageOf(mine, size, after, (event) => encodeCursor(event.at, event.id));
    });
  }
}
