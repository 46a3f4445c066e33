import { randomUUID } from 'node:crypto';
import type { DomainEventName, DomainEvents } from '@careplan/domain';
import type { RequestDb } from '../request/request-db';

/**
 * Writes domain events in the same transaction as the change they describe, so an event exists
 * exactly when its change committed. The relay publishes them afterwards.
 */
export class Outbox {
  private recorded = 0;

  constructor(
    private readonly db: RequestDb,
    private readonly schema: string,
    private readonly authority: string,
  ) {}

  get hasEvents(): boolean {
    return this.recorded > 0;
  }

  /** Records one event of the catalogue (`DomainEvents` in the domain) with its payload. */
  async record<N extends DomainEventName>(type: N, data: DomainEvents[N]): Promise<string> {
    const id = randomUUID();
    const manager = await this.db.manager();
    await manager.query(`INSERT INTO "${this.schema}".outbox (id, authority_code, type, data) VALUES ($1, $2, $3, $4)`, [
      id,
      this.authority,
      type,
      data,
    ]);
    this.recorded++;
    return id;
  }
}
