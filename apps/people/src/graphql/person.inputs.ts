import { Field, ID, InputType, Int } from 'type-graphql';
import { AccommodationStatus, ClientType, Ethnicity, Gender, PrimarySupportReason } from '@careplan/domain';

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

@InputType('UpdatePersonInput', { description: 'Leave a field out to keep it; send null to clear an optional one.' })
export class UpdatePersonInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The version you are editing; a stale one is a CONFLICT.' })
  version!: number;

  @Field(() => String, { nullable: true })
  givenName?: string | null;

  @Field(() => String, { nullable: true })
  familyName?: string | null;

  @Field(() => String, { nullable: true, description: '“Please call me”.' })
  preferredName?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  dateOfBirth?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  dateOfDeath?: string | null;

  @Field(() => String, { nullable: true })
  nhsNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'The council’s own id for the person.' })
  localPersonId?: string | null;

  @Field(() => Gender, { nullable: true })
  gender?: Gender | null;

  @Field(() => Ethnicity, { nullable: true })
  ethnicity?: Ethnicity | null;

  @Field(() => String, { nullable: true })
  postcode?: string | null;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => AccommodationStatus, { nullable: true })
  accommodationStatus?: AccommodationStatus | null;

  @Field(() => PrimarySupportReason, { nullable: true })
  primarySupportReason?: PrimarySupportReason | null;

  @Field(() => ClientType, { nullable: true })
  clientType?: ClientType | null;
}

@InputType('AllocatePersonInput')
export class AllocatePersonInput {
  @Field(() => ID)
  personId!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => ID, { nullable: true, description: 'Null to leave the person unallocated.' })
  practitionerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Defaults to the practitioner’s team.' })
  teamId?: string | null;
}

@InputType('PeopleFilter', { description: 'Search within your own authority; conditions combine.' })
export class PeopleFilter {
  @Field(() => String, { nullable: true })
  nhsNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'Words that each begin a given, family or preferred name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  dateOfBirth?: string | null;

  @Field(() => String, { nullable: true })
  postcode?: string | null;
}
