import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BudgetStatus } from '@careplan/domain';
import { MoneyType } from '@careplan/subgraph-kit';

registerEnumType(BudgetStatus, { name: 'BudgetStatus', description: 'Indicative at the start of planning; final in the signed-off plan (R11).' });

/** The plans subgraph's plan, to which this subgraph adds `personalBudget`. */
@ObjectType('CareAndSupportPlan')
@Directive('@key(fields: "id")')
export class PlanRef {
  @Field(() => ID)
  id!: string;
}

@ObjectType('PersonalBudget', { description: 'What meeting the person’s needs costs, and who pays what (Care Act s.26).' })
@Directive('@key(fields: "id")')
export class PersonalBudgetType {
  @Field(() => ID)
  id!: string;

  @Field(() => PlanRef)
  plan!: PlanRef;

  @Field(() => BudgetStatus)
  status!: BudgetStatus;

  @Field(() => MoneyType, { description: 'Indicative amount per week.' })
  indicativeWeeklyAmount!: MoneyType;

  @Field(() => Int)
  version!: number;
}

@InputType('CreatePersonalBudgetInput')
export class CreatePersonalBudgetInput {
  @Field(() => ID)
  planId!: string;

  @Field(() => Int, { description: 'Indicative amount per week, in whole pence.' })
  indicativeWeeklyPence!: number;
}
