import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  ACCOMMODATION_STATUS_LABELS,
  AccommodationStatus,
  CLIENT_TYPE_LABELS,
  ClientType,
  ETHNICITY_LABELS,
  Ethnicity,
  GENDER_LABELS,
  Gender,
  PRIMARY_SUPPORT_REASON_LABELS,
  PrimarySupportReason,
} from '@careplan/domain';
import { PageInfo, enumValueLabels, LocalDateScalar } from '@careplan/subgraph-kit';
import { AuthorityType } from './authority.type';

// Each value's description is the national wording of its Adult Social Care Client Level Data (CLD) code list.
const CLD = (what: string) => `${what} A code of the Adult Social Care Client Level Data (CLD) return; each value shows the return’s own wording.`;
registerEnumType(Gender, {
  name: 'Gender',
  description: CLD('Gender as the person sees it, not sex at birth.'),
  valuesConfig: enumValueLabels(GENDER_LABELS),
});
registerEnumType(Ethnicity, {
  name: 'Ethnicity',
  description: CLD('Ethnic group, in the 2021 Census groups. REFUSED: the person declined to say; NOT_KNOWN: never asked, or the answer is lost.'),
  valuesConfig: enumValueLabels(ETHNICITY_LABELS),
});
registerEnumType(AccommodationStatus, {
  name: 'AccommodationStatus',
  description: CLD('Where the person lives now. TENANT_SOCIAL covers every social landlord (council, housing association).'),
  valuesConfig: enumValueLabels(ACCOMMODATION_STATUS_LABELS),
});
registerEnumType(PrimarySupportReason, {
  name: 'PrimarySupportReason',
  description: CLD('The main reason the person needs care and support. SENSORY_DUAL marks the person as deafblind (R2c).'),
  valuesConfig: enumValueLabels(PRIMARY_SUPPORT_REASON_LABELS),
});
registerEnumType(ClientType, {
  name: 'ClientType',
  description: CLD('Whose record this is: someone receiving support, a carer, or a carer known only through the person they care for.'),
  valuesConfig: enumValueLabels(CLIENT_TYPE_LABELS),
});

@ObjectType('Person', {
  description:
    'An adult who may need care and support, or a carer, as recorded by one council. Its staff in casework roles may read the record (analysts may not); a person signed in as PERSON may read only their own.',
})
@Directive('@key(fields: "id")')
export class PersonType {
  @Field(() => ID, { description: 'The person’s id, the same wherever the person appears in the graph.' })
  id!: string;

  @Field({ description: 'GSS code of the council whose record this is, e.g. E09000012.' })
  authorityCode!: string;

  @Field(() => AuthorityType, { description: 'The council whose record this is.' })
  authority!: AuthorityType;

  @Field({ description: 'Legal given name.' })
  givenName!: string;

  @Field({ description: 'Legal family name.' })
  familyName!: string;

  @Field(() => String, { nullable: true, description: '“Please call me”: use this when speaking and writing to the person; null when not given (use givenName).' })
  preferredName!: string | null;

  @Field(() => LocalDateScalar, { description: 'Date of birth, YYYY-MM-DD.' })
  dateOfBirth!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Date of death, YYYY-MM-DD; null unless one is recorded.' })
  dateOfDeath!: string | null;

  @Field(() => String, { nullable: true, description: 'NHS number: ten digits, no spaces (show it as "943 476 5919"); null when not known.' })
  nhsNumber!: string | null;

  @Field(() => String, { nullable: true, description: 'The council’s own id for the person, e.g. from its case management system; unique within the council; null when not recorded.' })
  localPersonId!: string | null;

  @Field(() => Gender, { nullable: true, description: 'Gender as the person sees it (CLD); null when not recorded.' })
  gender!: Gender | null;

  @Field(() => Ethnicity, { nullable: true, description: 'Ethnic group (CLD); null when not recorded.' })
  ethnicity!: Ethnicity | null;

  @Field(() => String, { nullable: true, description: 'UK postcode in capitals with one space, e.g. "E8 1DY"; null when not recorded.' })
  postcode!: string | null;

  @Field(() => String, { nullable: true, description: 'Postal address as free text; null when not recorded.' })
  address!: string | null;

  @Field(() => AccommodationStatus, { nullable: true, description: 'Where the person lives now (CLD); null when not recorded.' })
  accommodationStatus!: AccommodationStatus | null;

  @Field(() => PrimarySupportReason, { nullable: true, description: 'The main reason the person needs care and support (CLD); null when not recorded.' })
  primarySupportReason!: PrimarySupportReason | null;

  @Field(() => ClientType, { nullable: true, description: 'Whether the person receives support or is a carer (CLD); null when not recorded.' })
  clientType!: ClientType | null;

  @Field(() => Int, { description: 'The record’s version: send it back with updatePerson or allocatePerson; a stale one is refused with CONFLICT.' })
  version!: number;
}

@ObjectType('PersonEdge', { description: 'One person in a page of people.' })
export class PersonEdge {
  @Field({ description: 'This person’s place in the list: pass it as `after` to continue after them.' })
  cursor!: string;

  @Field(() => PersonType, { description: 'The person.' })
  node!: PersonType;
}

@ObjectType('PersonConnection', { description: 'A page of people, oldest record first.' })
export class PersonConnection {
  @Field(() => [PersonEdge], { description: 'The people on this page, each with its cursor.' })
  edges!: PersonEdge[];

  @Field(() => PageInfo, { description: 'Whether more people follow, and the cursor to ask for them.' })
  pageInfo!: PageInfo;
}
