import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Nation } from '@careplan/domain';

registerEnumType(Nation, {
  name: 'Nation',
  description: 'Which law applies to a council’s records: the Care Act 2014 (England) or the Social Services and Well-being (Wales) Act 2014.',
  valuesConfig: {
    ENGLAND: { description: 'An English council: the Care Act 2014 and its regulations (eligibility R3a/R3b, plan content R5).' },
    WALES: { description: 'A Welsh council: the Social Services and Well-being (Wales) Act 2014 and its regulations (eligibility R3c, plan content R5w).' },
  },
});

@ObjectType('Authority', { description: 'A council with adult social care duties that uses this service, identified by its GSS code.' })
@Directive('@key(fields: "code")')
export class AuthorityType {
  @Field(() => ID, { description: 'GSS code, e.g. E09000012: E06, E08, E09 or E10 for an English council, W06 for a Welsh one.' })
  code!: string;

  @Field({ description: 'The council’s name, as shown on letters and plans.' })
  name!: string;

  @Field(() => Nation, { description: 'Which nation’s law applies to the council’s records; it follows from the GSS code.' })
  nation!: Nation;

  @Field(() => Int, { description: 'R9: days a person is given to consider a proposed plan before it is agreed (default 14).' })
  planConsiderationDays!: number;
}

@InputType('SetPlanConsiderationDaysInput', { description: 'How long people in your council are given to consider a proposed plan (R9).' })
export class SetPlanConsiderationDaysInput {
  @Field(() => Int, { description: 'Days, 1 to 90; anything else is BAD_USER_INPUT.' })
  days!: number;
}
