import type { EntityManager } from 'typeorm';
import type { Identity } from '@careplan/identity';

/**
 * Collects whose personal data a request read or changed, and writes one append-only row per request
 * (who, authority, roles, operation, person ids, when) in the request's own transaction.
 */
export class AccessAudit {
  private readonly persons = new Set<string>();
  private changed = false;

  read(...personIds: Array<string | null | undefined>): void {
    for (const id of personIds) if (id) this.persons.add(id);
  }

  wrote(...personIds: Array<string | null | undefined>): void {
    this.read(...personIds);
    this.changed = true;
  }

  get touched(): boolean {
    return this.persons.size > 0;
  }

  async flush(
    manager: EntityManager,
    schema: string,
    entry: { identity: Identity; requestId: string; operation: string; operationName?: string | null },
  ): Promise<void> {
    if (!this.touched) return;
    await manager.query(
      `INSERT INTO "${schema}".access_audit (authority_code, user_id, roles, request_id, operation, operation_name, person_ids, changed)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        entry.identity.authority,
        entry.identity.userId,
        entry.identity.roles,
        entry.requestId,
        entry.operation,
        entry.operationName?.slice(0, 200) ?? null,
        [...this.persons],
        this.changed,
      ],
    );
  }
}
