import { LocalDateScalar } from '@careplan/subgraph-kit';
import { Field, ID, InputType, Int } from 'type-graphql';
import { AccommodationStatus, ClientType, Ethnicity, Gender, PrimarySupportReason } from '@careplan/domain';

@InputType('CreatePersonInput', { description: 'The details needed to record a person; add the rest afterwards with updatePerson.' })
export class CreatePersonInput {
  @Field({ description: 'Legal given name, 1 to 100 characters.' })
  givenName!: string;

  @Field({ description: 'Legal family name, 1 to 100 characters.' })
  familyName!: string;

  @Field(() => LocalDateScalar, { description: 'Date of birth, YYYY-MM-DD; not in the future and not before 1900.' })
  dateOfBirth!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Ten digits with a valid check digit; spaces and hyphens allowed. Leave out when not known; one already recorded in your council is a CONFLICT.',
  })
  nhsNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'GSS code of the council; defaults to, and must be, your own (another council’s is FORBIDDEN).' })
  authorityCode?: string | null;
}

@InputType('UpdatePersonInput', { description: 'Changes to a person’s details. Leave a field out to keep it; send null to clear an optional one.' })
export class UpdatePersonInput {
  @Field(() => ID, { description: 'The person to change.' })
  id!: string;

  @Field(() => Int, { description: 'The version you are editing; a stale one is a CONFLICT.' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'Legal given name, 1 to 100 characters; cannot be cleared.' })
  givenName?: string | null;

  @Field(() => String, { nullable: true, description: 'Legal family name, 1 to 100 characters; cannot be cleared.' })
  familyName?: string | null;

  @Field(() => String, { nullable: true, description: '“Please call me”: what the person likes to be called, 1 to 100 characters.' })
  preferredName?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Date of birth, YYYY-MM-DD; not in the future, not before 1900; cannot be cleared.' })
  dateOfBirth?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Date of death, YYYY-MM-DD; not in the future and not before the date of birth. Recorded where there was none, it ends the person’s care from that day: their moves not yet arrived are withdrawn at once, and the worker closes their plans in force as DIED on it, with their budgets and direct payments (R17, R12a). Corrected, those ends move to the new day; null (removed as recorded in error), what the date ended comes back as it was, the moves included (R20, R22).' })
  dateOfDeath?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Ten digits with a valid check digit; spaces and hyphens allowed. One recorded for another person in your council is a CONFLICT.',
  })
  nhsNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'The council’s own id for the person, up to 50 characters; one used for another person in your council is a CONFLICT.' })
  localPersonId?: string | null;

  @Field(() => Gender, { nullable: true, description: 'Gender as the person sees it (CLD).' })
  gender?: Gender | null;

  @Field(() => Ethnicity, { nullable: true, description: 'Ethnic group (CLD).' })
  ethnicity?: Ethnicity | null;

  @Field(() => String, { nullable: true, description: 'A UK postcode in any case and spacing, e.g. "e81dy"; stored as "E8 1DY".' })
  postcode?: string | null;

  @Field(() => String, { nullable: true, description: 'Postal address as free text, up to 500 characters.' })
  address?: string | null;

  @Field(() => AccommodationStatus, { nullable: true, description: 'Where the person lives now (CLD).' })
  accommodationStatus?: AccommodationStatus | null;

  @Field(() => PrimarySupportReason, { nullable: true, description: 'The main reason the person needs care and support (CLD).' })
  primarySupportReason?: PrimarySupportReason | null;

  @Field(() => ClientType, { nullable: true, description: 'Whether the person receives support or is a carer (CLD).' })
  clientType?: ClientType | null;
}

@InputType('AllocatePersonInput', { description: 'Who in your council is responsible for the person: a practitioner, a team, or neither.' })
export class AllocatePersonInput {
  @Field(() => ID, { description: 'The person to allocate.' })
  personId!: string;

  @Field(() => Int, { description: 'The person’s version you read; a stale one is a CONFLICT.' })
  version!: number;

  @Field(() => ID, { nullable: true, description: 'An active practitioner in your council; null or left out to leave the person unallocated.' })
  practitionerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A team in your council; defaults to the practitioner’s team (none when neither is given).' })
  teamId?: string | null;
}

@InputType('PeopleFilterInput', { description: 'Search within your own council; every condition given must match.' })
export class PeopleFilterInput {
  @Field(() => String, { nullable: true, description: 'Exact NHS number: ten digits with a valid check digit, spaces allowed.' })
  nhsNumber?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'One to four words, in any order, each the start of a given, family or preferred name, e.g. "marg oka"; not case sensitive.',
  })
  name?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Exact date of birth, YYYY-MM-DD.' })
  dateOfBirth?: string | null;

  @Field(() => String, { nullable: true, description: 'Exact UK postcode, in any case and spacing.' })
  postcode?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Only these people, at most a page (100) of ids: for services that look up many at once.' })
  ids?: string[] | null;
}
