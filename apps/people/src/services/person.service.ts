import { AuthorityCode, BadUserInput, Conflict, Forbidden, parsePersonChanges, parsePersonDetails, Role } from '@careplan/domain';
import { assertCanSeePerson, byCreatedAt, byId, decodeCursor, pageOf, pageSize, updateVersioned, type Page, type SubgraphContext } from '@careplan/subgraph-kit';
import { Authority } from '../entities/authority.entity';
import { Person } from '../entities/person.entity';
import type { AllocatePersonInput, CreatePersonInput, UpdatePersonInput } from '../graphql/person.inputs';
import { HandoverService } from './handover.service';
import { personForWrite } from './person-access';
import { searchPeople, type PersonSearch } from './person-search';
import { PractitionerService } from './practitioner.service';
import { RelationshipService } from './relationship.service';

export type PersonPage = Page<Person>;

/** The people subgraph's use cases. Resolvers stay thin and call these. */
export class PersonService {
  constructor(private readonly ctx: SubgraphContext) {}

  /** One person, or null when there is none in the caller's authority (never saying which). */
  async get(id: string): Promise<Person | null> {
    const person = await byId(this.ctx, Person).load(id);
    if (!person) return null;
    assertCanSeePerson(this.ctx.identity, person.id);
    this.ctx.audit.read(person.id);
    return person;
  }

  async list(first: number | null | undefined, after: string | null | undefined, search: PersonSearch = {}): Promise<PersonPage> {
    const size = pageSize(first);
    const rows = await searchPeople(this.ctx, search, after ? decodeCursor(after) : null, size + 1);
    const page = pageOf(rows, size, after, byCreatedAt);
    this.ctx.audit.read(...page.rows.map((p) => p.id));
    return page;
  }

  /** People allocated to the signed-in practitioner; empty for someone with no practitioner record. */
  async caseload(first: number | null | undefined, after: string | null | undefined): Promise<PersonPage> {
    const me = await new PractitionerService(this.ctx).me();
    if (!me) return pageOf<Person>([], pageSize(first), after, byCreatedAt);
    return this.list(first, after, { allocatedPractitionerId: me.id });
  }

  /** Ids of the people allocated to a practitioner and/or team: other subgraphs filter worklists by them. */
  async allocatedIds(practitionerId: string | null | undefined, teamId: string | null | undefined): Promise<string[]> {
    if (!practitionerId && !teamId) throw new BadUserInput('practitionerId', 'name a practitioner or a team');
    const q = (await this.ctx.db.manager()).createQueryBuilder(Person, 'p').select('p.id').where('p.authority_code = :authority', { authority: this.ctx.identity.authority });
    if (practitionerId) q.andWhere('p.allocated_practitioner_id = :practitionerId', { practitionerId });
    if (teamId) q.andWhere('p.team_id = :teamId', { teamId });
    return (await q.getMany()).map((p) => p.id);
  }

  async update(input: UpdatePersonInput): Promise<Person> {
    const current = await personForWrite(this.ctx, input.id, 'id');
    const { id, version, ...fields } = input;
    const changes = parsePersonChanges(fields, current);
    if (changes.nhsNumber && changes.nhsNumber !== current.nhsNumber) await this.assertNhsNumberFree(current.authorityCode, changes.nhsNumber);
    if (changes.localPersonId && changes.localPersonId !== current.localPersonId) {
      const manager = await this.ctx.db.manager();
      if (await manager.existsBy(Person, { authorityCode: current.authorityCode, localPersonId: changes.localPersonId })) {
        throw new Conflict('another person in your authority has this local person id');
      }
    }
    const deathChanged = changes.dateOfDeath !== undefined && changes.dateOfDeath !== current.dateOfDeath;
    // Required fields were refused as null by parsePersonChanges.
    const person = await updateVersioned(this.ctx, Person, 'Person', id, version, changes as Partial<Person>);
    await this.ctx.outbox.record('PersonUpdated', { personId: person.id, version: person.version });
    if (deathChanged) await this.followDeath(person, current.dateOfDeath);
    return person;
  }

  /**
   * A date of death recorded, corrected or removed. The relationships others have with the person, and their
   * moves, are this subgraph's own and follow at once, so no arrival can race a death; the worker then ends the
   * person's care on the day (R17, R12a), moves those ends with a corrected date, or brings back what a date
   * recorded in error ended.
   */
  private async followDeath(person: Person, recordedBefore: string | null): Promise<void> {
    await new RelationshipService(this.ctx).followDeath(person);
    await new HandoverService(this.ctx).followDeath(person);
    if (!recordedBefore) {
      await this.ctx.outbox.record('PersonDied', { personId: person.id });
    } else {
      await this.ctx.outbox.record(person.dateOfDeath ? 'DateOfDeathCorrected' : 'DateOfDeathRemoved', { personId: person.id });
    }
  }

  /** Allocates the person to a practitioner and team (the team defaults to the practitioner's). */
  async allocate(input: AllocatePersonInput): Promise<Person> {
    await personForWrite(this.ctx, input.personId);
    const practitioners = new PractitionerService(this.ctx);
    const practitioner = input.practitionerId ? await practitioners.get(input.practitionerId) : null;
    if (input.practitionerId && !practitioner?.active) throw new BadUserInput('practitionerId', 'no such active practitioner in your authority');
    const teamId = input.teamId ?? practitioner?.teamId ?? null;
    if (input.teamId && !(await practitioners.team(input.teamId))) throw new BadUserInput('teamId', 'no such team in your authority');
    const person = await updateVersioned(this.ctx, Person, 'Person', input.personId, input.version, {
      allocatedPractitionerId: practitioner?.id ?? null,
      teamId,
    });
    await this.ctx.outbox.record('PersonAllocated', { personId: person.id, practitionerId: person.allocatedPractitionerId, teamId: person.teamId });
    return person;
  }

  private async assertNhsNumberFree(authority: string, nhsNumber: string): Promise<void> {
    const manager = await this.ctx.db.manager();
    if (await manager.existsBy(Person, { authorityCode: authority, nhsNumber })) {
      throw new Conflict('a person with this NHS number is already recorded in your authority');
    }
  }

  async create(input: CreatePersonInput): Promise<Person> {
    const authority = input.authorityCode ? AuthorityCode.parse(input.authorityCode).toString() : this.ctx.identity.authority;
    const details = parsePersonDetails(input);
    const manager = await this.ctx.db.manager();
    if (!(await manager.existsBy(Authority, { code: authority }))) {
      throw new BadUserInput('authorityCode', `authorityCode ${authority} is not a council using this service`);
    }
    if (authority !== this.ctx.identity.authority) {
      throw new Forbidden('a person can only be recorded in your own authority');
    }
    if (details.nhsNumber) await this.assertNhsNumberFree(authority, details.nhsNumber.toString());
    const person = await manager.save(
      manager.create(Person, {
        authorityCode: authority,
        givenName: details.givenName,
        familyName: details.familyName,
        dateOfBirth: details.dateOfBirth.toString(),
        nhsNumber: details.nhsNumber?.toString() ?? null,
      }),
    );
    this.ctx.audit.wrote(person.id);
    await this.ctx.outbox.record('PersonRegistered', { personId: person.id });
    return person;
  }
}

export const PEOPLE_READERS = [Role.PRACTITIONER, Role.TEAM_MANAGER, Role.PANEL_MEMBER, Role.FINANCE_OFFICER, Role.SERVICE];
export const PEOPLE_WRITERS = [Role.PRACTITIONER, Role.TEAM_MANAGER, Role.SERVICE];
