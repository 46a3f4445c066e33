import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '@careplan/domain';
import { toConnection, withReadAhead, type SubgraphContext } from '@careplan/subgraph-kit';
import type { Person } from '../entities/person.entity';
import { AuthorityService } from '../services/authority.service';
import { PersonService, PEOPLE_READERS, PEOPLE_WRITERS, type PersonPage } from '../services/person.service';
import { PractitionerService } from '../services/practitioner.service';
import { AuthorityType } from './authority.type';
import { involvementReadsAhead } from './involvement.resolver';
import { AllocatePersonInput, CreatePersonInput, PeopleFilterInput, UpdatePersonInput } from './person.inputs';
import { PersonConnection, PersonType } from './person.type';
import { PractitionerType, TeamType } from './practitioner.types';

const connection = (page: PersonPage) => toConnection(page) as unknown as PersonConnection;

@Resolver(() => PersonType)
export class PersonResolver {
  @Query(() => PersonType, {
    nullable: true,
    description: 'A person in your council; null when there is none. A PERSON sign-in may read only their own record (FORBIDDEN otherwise).',
  })
  @Authorized(...PEOPLE_READERS, Role.PERSON)
  person(@Arg('id', () => ID, { description: 'The person’s id.' }) id: string, @Ctx() ctx: SubgraphContext, @Info() info: GraphQLResolveInfo): Promise<Person | null> {
    return withReadAhead(info, involvementReadsAhead(ctx, id), () => new PersonService(ctx).get(id));
  }

  @Query(() => PersonConnection, { description: 'People in your council, oldest record first, a page at a time; give a filter to search. Not for PERSON sign-ins.' })
  @Authorized(...PEOPLE_READERS)
  async people(
    @Ctx() ctx: SubgraphContext,
    @Arg('first', () => Int, { nullable: true, description: 'How many to return: 1 to 100, default 20.' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'The `endCursor` of the page before; leave out for the first page.' }) after?: string,
    @Arg('filter', () => PeopleFilterInput, { nullable: true, description: 'Search conditions; leave out to list everyone.' }) filter?: PeopleFilterInput,
  ): Promise<PersonConnection> {
    return connection(await new PersonService(ctx).list(first, after, filter ?? {}));
  }

  @Query(() => PersonConnection, {
    description: 'People allocated to you, the signed-in practitioner, oldest record first; empty when your sign-in has no practitioner record. Practitioners and team managers.',
  })
  @Authorized(Role.PRACTITIONER, Role.TEAM_MANAGER)
  async myCaseload(
    @Ctx() ctx: SubgraphContext,
    @Arg('first', () => Int, { nullable: true, description: 'How many to return: 1 to 100, default 20.' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'The `endCursor` of the page before; leave out for the first page.' }) after?: string,
  ): Promise<PersonConnection> {
    return connection(await new PersonService(ctx).caseload(first, after));
  }

  @Query(() => [ID], {
    description:
      'Ids of the people in your council allocated to a practitioner, a team, or both (both given: that practitioner within that team), to filter worklists by. Give at least one (BAD_USER_INPUT otherwise).',
  })
  @Authorized(Role.PRACTITIONER, Role.TEAM_MANAGER, Role.SERVICE)
  allocatedPersonIds(
    @Ctx() ctx: SubgraphContext,
    @Arg('practitionerId', () => ID, { nullable: true, description: 'Only people allocated to this practitioner.' }) practitionerId?: string,
    @Arg('teamId', () => ID, { nullable: true, description: 'Only people whose team is this one.' }) teamId?: string,
  ): Promise<string[]> {
    return new PersonService(ctx).allocatedIds(practitionerId, teamId);
  }

  @Mutation(() => PersonType, {
    description:
      'Records a new person in your council and returns the record. An NHS number already recorded in your council is a CONFLICT. Practitioners and team managers.',
  })
  @Authorized(...PEOPLE_WRITERS)
  createPerson(@Arg('input', () => CreatePersonInput, { description: 'Who the person is.' }) input: CreatePersonInput, @Ctx() ctx: SubgraphContext): Promise<Person> {
    return new PersonService(ctx).create(input);
  }

  @Mutation(() => PersonType, {
    description:
      'Changes a person’s details at the version you read and returns the record as now stored. A stale version, or an NHS number or local person id used for someone else in your council, is a CONFLICT. Practitioners and team managers.',
  })
  @Authorized(...PEOPLE_WRITERS)
  updatePerson(@Arg('input', () => UpdatePersonInput, { description: 'The fields to change.' }) input: UpdatePersonInput, @Ctx() ctx: SubgraphContext): Promise<Person> {
    return new PersonService(ctx).update(input);
  }

  @Mutation(() => PersonType, {
    description:
      'Allocates the person to a practitioner and team, or leaves them unallocated (team managers). The practitioner must be active in your council; the team defaults to theirs. Returns the person.',
  })
  @Authorized(Role.TEAM_MANAGER, Role.SERVICE)
  allocatePerson(@Arg('input', () => AllocatePersonInput, { description: 'Who the person is allocated to.' }) input: AllocatePersonInput, @Ctx() ctx: SubgraphContext): Promise<Person> {
    return new PersonService(ctx).allocate(input);
  }

  @FieldResolver(() => AuthorityType, { description: 'The council whose record this is.' })
  authority(@Root() person: Person, @Ctx() ctx: SubgraphContext): Promise<AuthorityType> {
    return new AuthorityService(ctx).load(person.authorityCode);
  }

  @FieldResolver(() => PractitionerType, { nullable: true, description: 'The practitioner the person is allocated to; null when unallocated.' })
  allocatedPractitioner(@Root() person: Person, @Ctx() ctx: SubgraphContext) {
    return person.allocatedPractitionerId ? new PractitionerService(ctx).get(person.allocatedPractitionerId) : null;
  }

  @FieldResolver(() => TeamType, { nullable: true, description: 'The team responsible for the person; null when none.' })
  team(@Root() person: Person, @Ctx() ctx: SubgraphContext) {
    return person.teamId ? new PractitionerService(ctx).team(person.teamId) : null;
  }
}
