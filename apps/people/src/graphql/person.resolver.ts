import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '@careplan/domain';
import { toConnection, type SubgraphContext } from '@careplan/subgraph-kit';
import type { Person } from '../entities/person.entity';
import { AuthorityService } from '../services/authority.service';
import { PersonService, PEOPLE_READERS, PEOPLE_WRITERS, type PersonPage } from '../services/person.service';
import { PractitionerService } from '../services/practitioner.service';
import { AuthorityType } from './authority.type';
import { AllocatePersonInput, CreatePersonInput, PeopleFilter, UpdatePersonInput } from './person.inputs';
import { PersonConnection, PersonType } from './person.type';
import { PractitionerType, TeamType } from './practitioner.types';

const connection = (page: PersonPage) => toConnection(page) as unknown as PersonConnection;

@Resolver(() => PersonType)
export class PersonResolver {
  @Query(() => PersonType, { nullable: true, description: 'A person in your authority; null if there is none.' })
  @Authorized(...PEOPLE_READERS, Role.PERSON)
  person(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<Person | null> {
    return new PersonService(ctx).get(id);
  }

  @Query(() => PersonConnection, { description: 'People in your authority, oldest record first; filter to search.' })
  @Authorized(...PEOPLE_READERS)
  async people(
    @Ctx() ctx: SubgraphContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('filter', () => PeopleFilter, { nullable: true }) filter?: PeopleFilter,
  ): Promise<PersonConnection> {
    return connection(await new PersonService(ctx).list(first, after, filter ?? {}));
  }

  @Query(() => PersonConnection, { description: 'People allocated to you.' })
  @Authorized(Role.PRACTITIONER, Role.TEAM_MANAGER)
  async myCaseload(
    @Ctx() ctx: SubgraphContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<PersonConnection> {
    return connection(await new PersonService(ctx).caseload(first, after));
  }

  @Query(() => [ID], { description: 'Ids of the people allocated to a practitioner and/or a team (for worklists kept elsewhere).' })
  @Authorized(Role.PRACTITIONER, Role.TEAM_MANAGER, Role.SERVICE)
  allocatedPersonIds(
    @Ctx() ctx: SubgraphContext,
    @Arg('practitionerId', () => ID, { nullable: true }) practitionerId?: string,
    @Arg('teamId', () => ID, { nullable: true }) teamId?: string,
  ): Promise<string[]> {
    return new PersonService(ctx).allocatedIds(practitionerId, teamId);
  }

  @Mutation(() => PersonType, { description: 'Records a person in your authority.' })
  @Authorized(...PEOPLE_WRITERS)
  createPerson(@Arg('input', () => CreatePersonInput) input: CreatePersonInput, @Ctx() ctx: SubgraphContext): Promise<Person> {
    return new PersonService(ctx).create(input);
  }

  @Mutation(() => PersonType, { description: 'Changes a person’s details at the version you read.' })
  @Authorized(...PEOPLE_WRITERS)
  updatePerson(@Arg('input', () => UpdatePersonInput) input: UpdatePersonInput, @Ctx() ctx: SubgraphContext): Promise<Person> {
    return new PersonService(ctx).update(input);
  }

  @Mutation(() => PersonType, { description: 'Allocates the person to a practitioner and team.' })
  @Authorized(Role.TEAM_MANAGER, Role.SERVICE)
  allocatePerson(@Arg('input', () => AllocatePersonInput) input: AllocatePersonInput, @Ctx() ctx: SubgraphContext): Promise<Person> {
    return new PersonService(ctx).allocate(input);
  }

  @FieldResolver(() => AuthorityType)
  authority(@Root() person: Person, @Ctx() ctx: SubgraphContext): Promise<AuthorityType> {
    return new AuthorityService(ctx).load(person.authorityCode);
  }

  @FieldResolver(() => PractitionerType, { nullable: true })
  allocatedPractitioner(@Root() person: Person, @Ctx() ctx: SubgraphContext) {
    return person.allocatedPractitionerId ? new PractitionerService(ctx).get(person.allocatedPractitionerId) : null;
  }

  @FieldResolver(() => TeamType, { nullable: true })
  team(@Root() person: Person, @Ctx() ctx: SubgraphContext) {
    return person.teamId ? new PractitionerService(ctx).team(person.teamId) : null;
  }
}
