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
import { PageInfo, enumValueLabels } from '@careplan/subgraph-kit';
import { AuthorityType } from './authority.type';

const CLD = 'Adult Social Care Client Level Data code';
registerEnumType(Gender, { name: 'Gender', description: CLD, valuesConfig: enumValueLabels(GENDER_LABELS) });
registerEnumType(Ethnicity, { name: 'Ethnicity', description: CLD, valuesConfig: enumValueLabels(ETHNICITY_LABELS) });
registerEnumType(AccommodationStatus, { name: 'AccommodationStatus', description: CLD, valuesConfig: enumValueLabels(ACCOMMODATION_STATUS_LABELS) });
registerEnumType(PrimarySupportReason, { name: 'PrimarySupportReason', description: CLD, valuesConfig: enumValueLabels(PRIMARY_SUPPORT_REASON_LABELS) });
registerEnumType(ClientType, { name: 'ClientType', description: CLD, valuesConfig: enumValueLabels(CLIENT_TYPE_LABELS) });

@ObjectType('Person', { description: 'An adult who may need care and support, or a carer.' })
@Directive('@key(fields: "id")')
export class PersonType {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'GSS code of the authority whose record this is.' })
  authorityCode!: string;

  @Field(() => AuthorityType)
  authority!: AuthorityType;

  @Field({ description: 'Legal given name.' })
  givenName!: string;

  @Field({ description: 'Legal family name.' })
  familyName!: string;

  @Field(() => String, { nullable: true, description: '“Please call me”: use this when speaking and writing to the person.' })
  preferredName!: string | null;

  @Field({ description: 'YYYY-MM-DD' })
  dateOfBirth!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  dateOfDeath!: string | null;

  @Field(() => String, { nullable: true, description: 'Ten digits; null when not known.' })
  nhsNumber!: string | null;

  @Field(() => String, { nullable: true, description: 'The council’s own id for the person.' })
  localPersonId!: string | null;

  @Field(() => Gender, { nullable: true })
  gender!: Gender | null;

  @Field(() => Ethnicity, { nullable: true })
  ethnicity!: Ethnicity | null;

  @Field(() => String, { nullable: true })
  postcode!: string | null;

  @Field(() => String, { nullable: true })
  address!: string | null;

  @Field(() => AccommodationStatus, { nullable: true })
  accommodationStatus!: AccommodationStatus | null;

  @Field(() => PrimarySupportReason, { nullable: true })
  primarySupportReason!: PrimarySupportReason | null;

  @Field(() => ClientType, { nullable: true })
  clientType!: ClientType | null;

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
