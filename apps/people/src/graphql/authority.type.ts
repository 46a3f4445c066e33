import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Nation } from '@careplan/domain';

registerEnumType(Nation, { name: 'Nation', description: 'Which law applies: the Care Act 2014 (England) or the SSWBA 2014 (Wales).' });

@ObjectType('Authority', { description: 'A council with adult social care duties, identified by its GSS code.' })
@Directive('@key(fields: "code")')
export class AuthorityType {
  @Field(() => ID, { description: 'GSS code, e.g. E09000012.' })
  code!: string;

  @Field()
  name!: string;

  @Field(() => Nation)
  nation!: Nation;

  @Field(() => Int, { description: 'R9: days a person has to consider a proposed plan.' })
  planConsiderationDays!: number;
}
