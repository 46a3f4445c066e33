import { Field, InputType } from 'type-graphql';

@InputType('CreatePersonInput')
export class CreatePersonInput {
  @Field()
  givenName!: string;

  @Field()
  familyName!: string;

  @Field({ description: 'YYYY-MM-DD' })
  dateOfBirth!: string;

  @Field(() => String, { nullable: true, description: 'Ten digits with a valid check digit; spaces allowed.' })
  nhsNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'Defaults to, and must be, the caller’s own authority.' })
  authorityCode?: string | null;
}

@InputType('PeopleFilter')
export class PeopleFilter {
  @Field(() => String, { nullable: true })
  nhsNumber?: string | null;
}
