import { BadUserInput, LocalDate, carerStoppedCaring, parseRelationship, type RelationshipInput } from '@careplan/domain';
import { byId, loadForChange, loadVisibleBy, updateVersioned, type SubgraphContext } from '@careplan/subgraph-kit';
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
    const before = { willingAndAble: existing.willingAndAble, endedOn: existing.endedOn };
    const row = await updateVersioned(this.ctx, Relationship, 'Relationship', input.id, input.version, columns(parsed));
    await this.ctx.outbox.record('RelationshipChanged', { personId: row.personId, relationshipId: row.id, kind: row.kind });
    if (carerStoppedCaring(row.kind, before, row)) await this.ctx.outbox.record('CarerStoppedCaring', { personId: row.personId, relationshipId: row.id });
    return row;
  }
}
