import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '@careplan/subgraph-kit';
import { AuthorityType } from './authority.type';

@ObjectType('Person', { description: 'An adult who may need care and support, or a carer.' })
@Directive('@key(fields: "id")')
export class PersonType {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'GSS code of the authority whose record this is.' })
  authorityCode!: string;

  @Field(() => AuthorityType)
  authority!: AuthorityType;

  @Field()
  givenName!: string;

  @Field()
  familyName!: string;

  @Field({ description: 'YYYY-MM-DD' })
  dateOfBirth!: string;

  @Field(() => String, { nullable: true, description: 'Ten digits; null when not known.' })
  nhsNumber!: string | null;

  @Field(() => Int, { description: 'State this version when changing the record.' })
  version!: number;
}

@ObjectType('PersonEdge')
export class PersonEdge {
  @Field()
  cursor!: string;

  @Field(() => PersonType)
  node!: PersonType;
}

@ObjectType('PersonConnection')
export class PersonConnection {
  @Field(() => [PersonEdge])
  edges!: PersonEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
