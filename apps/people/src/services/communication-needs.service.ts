import { LocalDate, parseCommunicationNeeds } from '@careplan/domain';
import { loadVisibleBy, type SubgraphContext } from '@careplan/subgraph-kit';
import { CommunicationNeedsRecord } from '../entities/communication-needs.entity';
import type { SetCommunicationNeedsInput } from '../graphql/involvement.types';
import { personForWrite } from './person-access';

/** R2b: one current set of needs per person; setting them again replaces them. */
export class CommunicationNeedsService {
  constructor(private readonly ctx: SubgraphContext) {}

  async forPerson(personId: string): Promise<CommunicationNeedsRecord | null> {
    return (await loadVisibleBy(this.ctx, CommunicationNeedsRecord, 'personId', personId))[0] ?? null;
  }

  async set(input: SetCommunicationNeedsInput): Promise<CommunicationNeedsRecord> {
    const person = await personForWrite(this.ctx, input.personId);
    const needs = parseCommunicationNeeds(input, LocalDate.today());
    const manager = await this.ctx.db.manager();
    // Replacing the current set is one statement, so two people saving at once cannot both insert.
    await manager.query(
      `INSERT INTO people.communication_needs (authority_code, person_id, formats, interpreter_required, language, post_only, notes, review_on)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (person_id) DO UPDATE SET formats = EXCLUDED.formats, interpreter_required = EXCLUDED.interpreter_required,
         language = EXCLUDED.language, post_only = EXCLUDED.post_only, notes = EXCLUDED.notes, review_on = EXCLUDED.review_on,
         version = communication_needs.version + 1, updated_at = now()`,
      [person.authorityCode, person.id, needs.formats, needs.interpreterRequired, needs.language, needs.postOnly, needs.notes, needs.reviewOn.toString()],
    );
    await this.ctx.outbox.record('CommunicationNeedsSet', { personId: person.id });
    return manager.findOneByOrFail(CommunicationNeedsRecord, { personId: person.id });
  }
}
