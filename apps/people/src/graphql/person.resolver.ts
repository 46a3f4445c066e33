import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '@careplan/domain';
import { encodeCursor, type SubgraphContext } from '@careplan/subgraph-kit';
import { PersonService, PEOPLE_READERS, PEOPLE_WRITERS } from '../services/person.service';
import { AuthorityService } from '../services/authority.service';
import type { Person } from '../entities/person.entity';
import { AuthorityType } from './authority.type';
import { CreatePersonInput, PeopleFilter } from './person.inputs';
import { PersonConnection, PersonType } from './person.type';

@Resolver(() => PersonType)
export class PersonResolver {
  @Query(() => PersonType, { nullable: true, description: 'A person in your authority; null if there is none.' })
  @Authorized(...PEOPLE_READERS, Role.PERSON)
  person(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<Person | null> {
    return new PersonService(ctx).get(id);
  }

  @Query(() => PersonConnection, { description: 'People in your authority, oldest record first.' })
  @Authorized(...PEOPLE_READERS)
  async people(
    @Ctx() ctx: SubgraphContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('filter', () => PeopleFilter, { nullable: true }) filter?: PeopleFilter,
  ): Promise<PersonConnection> {
    const page = await new PersonService(ctx).list(first, after, filter);
    const edges = page.rows.map((node) => ({ cursor: encodeCursor(node), node: node as unknown as PersonType }));
    return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  @Mutation(() => PersonType, { description: 'Records a person in your authority.' })
  @Authorized(...PEOPLE_WRITERS)
  createPerson(@Arg('input', () => CreatePersonInput) input: CreatePersonInput, @Ctx() ctx: SubgraphContext): Promise<Person> {
    return new PersonService(ctx).create(input);
  }

  @FieldResolver(() => AuthorityType)
  authority(@Root() person: Person, @Ctx() ctx: SubgraphContext): Promise<AuthorityType> {
    return new AuthorityService(ctx).load(person.authorityCode);
  }
}
