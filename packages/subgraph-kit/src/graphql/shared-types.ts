import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { Money as DomainMoney } from '@careplan/domain';

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
