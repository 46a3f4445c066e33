import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Role, Specialism } from '@careplan/domain';

registerEnumType(Specialism, { name: 'Specialism', description: 'What a practitioner is qualified for (R2c needs deafblind assessors).' });
registerEnumType(Role, { name: 'Role' });

@ObjectType('Team')
export class TeamType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;
}

@ObjectType('Practitioner', { description: 'A member of the council’s staff.' })
export class PractitionerType {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The sign-in (token subject) this record belongs to.' })
  userId!: string;

  @Field()
  givenName!: string;

  @Field()
  familyName!: string;

  @Field(() => String, { nullable: true, description: 'Work e-mail, where review reminders are sent (R18).' })
  email!: string | null;

  @Field(() => [Role])
  roles!: Role[];

  @Field(() => [Specialism])
  specialisms!: Specialism[];

  @Field(() => Int, { description: 'Largest annual plan cost they may approve, in pence (R8); 0 approves nothing.' })
  approvalLimitPence!: number;

  @Field()
  active!: boolean;

  @Field(() => Int)
  version!: number;
}

@InputType()
abstract class PractitionerFieldsInput {
  @Field()
  givenName!: string;

  @Field()
  familyName!: string;

  @Field(() => ID, { nullable: true })
  teamId?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => [Role])
  roles!: Role[];

  @Field(() => [Specialism], { nullable: true })
  specialisms?: Specialism[] | null;

  @Field(() => Int, { nullable: true })
  approvalLimitPence?: number | null;
}

@InputType('PractitionerInput')
export class PractitionerInput extends PractitionerFieldsInput {
  @Field({ description: 'The sign-in (token subject) the record belongs to.' })
  userId!: string;
}

@InputType('UpdatePractitionerInput')
export class UpdatePractitionerInput extends PractitionerFieldsInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field()
  active!: boolean;
}
