import { BadUserInput, LocalDate, carerStoppedCaring, parseRelationship, relationshipAfterDeath, type RelationshipInput } from '@careplan/domain';
import { byId, loadForChange, loadVisibleBy, manyBy, updateVersioned, type SubgraphContext } from '@careplan/subgraph-kit';
import { Person } from '../entities/person.entity';
import { Relationship } from '../entities/relationship.entity';
import type { RecordRelationshipInput, UpdateRelationshipInput } from '../graphql/involvement.types';
import { personForWrite } from './person-access';

function columns(r: ReturnType<typeof parseRelationship>) {
  return {
    name: r.name,
    relatedPersonId: r.relatedPersonId,
    relationshipToPerson: r.relationshipToPerson,
    organisation: r.organisation,
    contact: r.contact,
    paid: r.paid,
    willingAndAble: r.willingAndAble,
    willingAndAbleRecordedOn: r.willingAndAbleRecordedOn?.toString() ?? null,
    powerScope: r.powerScope,
    startedOn: r.startedOn?.toString() ?? null,
    endedOn: r.endedOn?.toString() ?? null,
    // Recorded by hand, it is the practitioner's: a date of death corrected or removed leaves it as they set it.
    endedForDeath: false,
    endedOnBeforeDeath: null,
  };
}

/** The people around a person (R1), with the R2a rule that a paid carer is never the appropriate individual. */
export class RelationshipService {
  constructor(private readonly ctx: SubgraphContext) {}

  forPerson(personId: string): Promise<Relationship[]> {
    return loadVisibleBy(this.ctx, Relationship, 'personId', personId);
  }

  private async checkRelated(personId: string, relatedPersonId: string | null | undefined): Promise<void> {
    if (!relatedPersonId) return;
    if (relatedPersonId === personId) throw new BadUserInput('relatedPersonId', 'a person cannot be related to themself');
    if (!(await byId(this.ctx, Person).load(relatedPersonId))) throw new BadUserInput('relatedPersonId', 'relatedPersonId is not a person in your authority');
  }

  async record(input: RecordRelationshipInput): Promise<Relationship> {
    const person = await personForWrite(this.ctx, input.personId);
    const parsed = parseRelationship(input as RelationshipInput, LocalDate.today());
    await this.checkRelated(person.id, parsed.relatedPersonId);
    const manager = await this.ctx.db.manager();
    const row = await manager.save(
      manager.create(Relationship, { authorityCode: person.authorityCode, personId: person.id, kind: parsed.kind, ...columns(parsed) }),
    );
    await this.ctx.outbox.record('RelationshipRecorded', { personId: person.id, relationshipId: row.id, kind: row.kind });
    return row;
  }

  async update(input: UpdateRelationshipInput): Promise<Relationship> {
    const existing = await loadForChange(this.ctx, Relationship, input.id, 'id', 'a relationship');
    const parsed = parseRelationship({ ...(input as Omit<RelationshipInput, 'kind'>), kind: existing.kind }, LocalDate.today());
    await this.checkRelated(existing.personId, parsed.relatedPersonId);
    return this.changed(existing, input.version, columns(parsed));
  }

  /**
   * R14, R2a, R12a: the relationships others have with a person follow the date of death on that person's record
   * (relationshipAfterDeath): ended on it, moved with it, standing again once it is removed as recorded in error.
   * Whatever the recorder may see: the people cared for, represented or paid through the person are the council's
   * to look after. Each change is a relationship changed, so what follows one follows (an unplanned review when an
   * unpaid carer's caring ends, one of whom a direct payment goes to).
   */
  async followDeath(person: { id: string; dateOfDeath: string | null }): Promise<void> {
    for (const relationship of await manyBy(this.ctx, Relationship, 'relatedPersonId').load(person.id)) {
      const after = relationshipAfterDeath(relationship, person.dateOfDeath);
      if (after) await this.changed(relationship, relationship.version, after);
    }
  }

  private async changed(existing: Relationship, version: number, changes: Partial<Relationship>): Promise<Relationship> {
    const before = { willingAndAble: existing.willingAndAble, endedOn: existing.endedOn };
    const row = await updateVersioned(this.ctx, Relationship, 'Relationship', existing.id, version, changes);
    this.ctx.audit.wrote(row.personId);
    // A review this change prompts goes again should the death that ended it be removed as recorded in error (R14).
    const death = row.endedForDeath && row.relatedPersonId ? { forDeathOf: row.relatedPersonId } : {};
    await this.ctx.outbox.record('RelationshipChanged', { personId: row.personId, relationshipId: row.id, kind: row.kind, ...death });
    if (carerStoppedCaring(row.kind, before, row)) await this.ctx.outbox.record('CarerStoppedCaring', { personId: row.personId, relationshipId: row.id, ...death });
    return row;
  }
}
