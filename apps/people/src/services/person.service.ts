import { MoreThan, type FindOptionsWhere } from 'typeorm';
import { AuthorityCode, BadUserInput, Conflict, Forbidden, NhsNumber, parsePersonDetails, Role } from '@careplan/domain';
import { assertCanSeePerson, byId, decodeCursor, encodeCursor, pageSize, type SubgraphContext } from '@careplan/subgraph-kit';
import { Authority } from '../entities/authority.entity';
import { Person } from '../entities/person.entity';
import type { CreatePersonInput, PeopleFilter } from '../graphql/person.inputs';

export interface PersonPage {
  rows: Person[];
  hasNextPage: boolean;
}

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

  async list(first: number | null | undefined, after: string | null | undefined, filter?: PeopleFilter | null): Promise<PersonPage> {
    const size = pageSize(first);
    const where: FindOptionsWhere<Person> = { authorityCode: this.ctx.identity.authority };
    if (filter?.nhsNumber) where.nhsNumber = NhsNumber.parse(filter.nhsNumber, 'filter.nhsNumber').toString();
    const manager = await this.ctx.db.manager();
    let rows: Person[];
    if (after) {
      const cursor = decodeCursor(after);
      // Keyset pagination on (created_at, id): stable and index-backed however deep the page.
      rows = await manager.find(Person, {
        where: [
          { ...where, createdAt: MoreThan(new Date(cursor.createdAt)) },
          { ...where, createdAt: new Date(cursor.createdAt), id: MoreThan(cursor.id) },
        ],
        order: { createdAt: 'ASC', id: 'ASC' },
        take: size + 1,
      });
    } else {
      rows = await manager.find(Person, { where, order: { createdAt: 'ASC', id: 'ASC' }, take: size + 1 });
    }
    const page = rows.slice(0, size);
    this.ctx.audit.read(...page.map((p) => p.id));
    return { rows: page, hasNextPage: rows.length > size };
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
    if (details.nhsNumber && (await manager.existsBy(Person, { authorityCode: authority, nhsNumber: details.nhsNumber.toString() }))) {
      throw new Conflict('a person with this NHS number is already recorded in your authority');
    }
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
