import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BadUserInput, InformationFormat, LocalDate, Money as DomainMoney } from '@careplan/domain';

registerEnumType(InformationFormat, { name: 'InformationFormat', description: 'Accessible Information Standard formats (R2b).' });

/** Money as clients see it: exact pence and a display string. Shared value type across subgraphs. */
@ObjectType('Money', { description: 'An amount of money: exact integer pence and how to show it.' })
@Directive('@shareable')
export class MoneyType {
  @Field(() => Int, { description: 'Whole pence; never a float.' })
  pence!: number;

  @Field({ description: 'Formatted for people, e.g. "£1,234.56".' })
  display!: string;

  static of(pence: number): MoneyType {
    const m = new MoneyType();
    m.pence = pence;
    m.display = DomainMoney.ofPence(pence).display();
    return m;
  }
}

@ObjectType('PageInfo', { description: 'Relay cursor pagination.' })
@Directive('@shareable')
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ObjectType('Involvement', { description: 'Who took part, how and when (R1). Shared by assessments, plans and reviews.' })
@Directive('@shareable')
export class InvolvementType {
  @Field()
  name!: string;

  @Field({ description: 'The person, a carer, an advocate, family, a professional…' })
  role!: string;

  @Field({ description: 'In person, by phone, in writing…' })
  how!: string;

  @Field({ description: 'YYYY-MM-DD' })
  on!: string;
}

@InputType('InvolvementInput')
export class InvolvementInput {
  @Field()
  name!: string;

  @Field()
  role!: string;

  @Field()
  how!: string;

  @Field({ description: 'YYYY-MM-DD' })
  on!: string;
}

/** R1: validates who took part; names required, dates real and not in the future. */
export function parseInvolvement(items: readonly InvolvementInput[]): InvolvementType[] {
  return items.map((item, i) => {
    const name = item.name.trim();
    if (!name || name.length > 200) throw new BadUserInput(`involved.${i}.name`, 'name who took part (1 to 200 characters)');
    const role = item.role.trim();
    const how = item.how.trim();
    if (!role || role.length > 100) throw new BadUserInput(`involved.${i}.role`, 'say in what role they took part');
    if (!how || how.length > 100) throw new BadUserInput(`involved.${i}.how`, 'say how they took part');
    const on = LocalDate.parse(item.on, `involved.${i}.on`);
    if (on.isAfter(LocalDate.today())) throw new BadUserInput(`involved.${i}.on`, 'involvement cannot be dated in the future');
    return { name, role, how, on: on.toString() };
  });
}

/** GraphQL enum value descriptions from a code list's labels (CLD codes show their national wording). */
export function enumValueLabels<E extends string>(labels: Record<E, string>): Record<E, { description: string }> {
  return Object.fromEntries(Object.entries(labels).map(([value, description]) => [value, { description: description as string }])) as Record<E, { description: string }>;
}

/** The fields every issued letter shows (decision letters, review refusals); each subgraph adds its kind. */
@ObjectType()
export abstract class IssuedLetterFields {
  @Field(() => ID)
  id!: string;

  @Field(() => InformationFormat, { nullable: true, description: 'Null for standard print.' })
  format!: InformationFormat | null;

  @Field(() => [InformationFormat], { description: 'Formats the person needs that could not be produced yet (flagged, R2b).' })
  notYetAvailable!: InformationFormat[];

  @Field(() => [String])
  copiesTo!: string[];

  @Field({ description: 'The accessible HTML as issued.' })
  html!: string;

  @Field()
  issuedOn!: string;

  @Field()
  issuedBy!: string;
}
