import { BadUserInput, LocalDate, parseConsent } from '@careplan/domain';
import { byId, loadForChange, loadVisibleBy, updateVersioned, type SubgraphContext } from '@careplan/subgraph-kit';
import { ConsentRecord } from '../entities/consent.entity';
import { Relationship } from '../entities/relationship.entity';
import type { RecordConsentInput } from '../graphql/involvement.types';
import { personForWrite } from './person-access';

/** Consents to joint and combined plans and to sharing copies; given by whom and when, and withdrawable. */
export class ConsentService {
  constructor(private readonly ctx: SubgraphContext) {}

  forPerson(personId: string): Promise<ConsentRecord[]> {
    return loadVisibleBy(this.ctx, ConsentRecord, 'personId', personId);
  }

  async record(input: RecordConsentInput): Promise<ConsentRecord> {
    const person = await personForWrite(this.ctx, input.personId);
    const consent = parseConsent(input, LocalDate.today());
    if (consent.givenByRelationshipId) {
      const giver = await byId(this.ctx, Relationship).load(consent.givenByRelationshipId);
      if (giver?.personId !== person.id) throw new BadUserInput('givenByRelationshipId', 'givenByRelationshipId must be one of this person’s relationships');
    }
    const manager = await this.ctx.db.manager();
    const row = await manager.save(
      manager.create(ConsentRecord, {
        authorityCode: person.authorityCode,
        personId: person.id,
        purpose: consent.purpose,
        givenByRelationshipId: consent.givenByRelationshipId,
        givenOn: consent.givenOn.toString(),
        recipients: consent.recipients,
        notes: consent.notes,
        withdrawnOn: null,
        withdrawnReason: null,
      }),
    );
    await this.ctx.outbox.record('ConsentGiven', { personId: person.id, consentId: row.id, purpose: row.purpose });
    return row;
  }

  async withdraw(id: string, version: number, reason: string | null | undefined): Promise<ConsentRecord> {
    const existing = await loadForChange(this.ctx, ConsentRecord, id, 'id', 'a consent');
    if (existing.withdrawnOn) throw new BadUserInput('id', 'this consent is already withdrawn');
    const row = await updateVersioned(this.ctx, ConsentRecord, 'Consent', id, version, {
      withdrawnOn: LocalDate.today().toString(),
      withdrawnReason: reason?.trim() || null,
    });
    await this.ctx.outbox.record('ConsentWithdrawn', { personId: row.personId, consentId: row.id, purpose: row.purpose });
    return row;
  }
}
