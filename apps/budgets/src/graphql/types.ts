import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BudgetStatus, FundingBasis, IndicativeMethod, UnitType } from '@careplan/domain';
import { MoneyType } from '@careplan/subgraph-kit';

registerEnumType(BudgetStatus, { name: 'BudgetStatus', description: 'Indicative at the start of planning; final in the signed-off plan (R11).' });
registerEnumType(UnitType, { name: 'UnitType' });
registerEnumType(IndicativeMethod, { name: 'IndicativeMethod', description: 'How the indicative amount was worked out (R11).' });
registerEnumType(FundingBasis, { name: 'FundingBasis', description: 'Care Act, s.117 aftercare (never charged), NHS continuing healthcare, or joint.' });

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

  @Field(() => IndicativeMethod)
  indicativeMethod!: IndicativeMethod;

  @Field(() => String, { nullable: true, description: 'How the indicative amount was worked out.' })
  indicativeExplanation!: string | null;

  @Field(() => [String], { description: 'Others this budget is pooled with (R11b).' })
  pooledWith!: string[];

  @Field(() => String, { nullable: true, description: 'Who holds the personal health budget shown alongside.' })
  phbHeldBy!: string | null;

  @Field(() => String, { nullable: true, description: 'Why the final amount differs from the indicative one.' })
  explanation!: string | null;

  @Field(() => String, { nullable: true })
  finalisedOn!: string | null;

  @Field(() => Int)
  version!: number;
}

@ObjectType('CostLine', { description: 'What one support item of the plan costs a week (R11).' })
export class CostLineType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  supportItemId!: string;

  @Field(() => MoneyType)
  unitCost!: MoneyType;

  @Field(() => UnitType)
  unitType!: UnitType;

  @Field()
  plannedUnitsPerWeek!: number;

  @Field(() => MoneyType)
  weeklyCost!: MoneyType;

  @Field(() => FundingBasis)
  fundingBasis!: FundingBasis;
}

@InputType('CostLineInput')
export class CostLineInputType {
  @Field(() => ID)
  supportItemId!: string;

  @Field(() => Int, { description: 'Whole pence per unit.' })
  unitCostPence!: number;

  @Field(() => UnitType)
  unitType!: UnitType;

  @Field({ description: 'To two decimal places.' })
  plannedUnitsPerWeek!: number;

  @Field(() => FundingBasis, { defaultValue: FundingBasis.CARE_ACT })
  fundingBasis!: FundingBasis;
}

@InputType('FinaliseBudgetInput')
export class FinaliseBudgetInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => Int, { description: 'Final amount per week, in whole pence.' })
  finalWeeklyPence!: number;

  @Field(() => String, { nullable: true, description: 'Required when it differs from the indicative amount, and for the person when it is lower than the budget in force (R12).' })
  explanation?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'For a revised plan whose budget is lower than the one in force: the reassessment, completed since that budget was set, that shows the needs changed (R12).',
  })
  reassessmentId?: string | null;
}

@InputType('CreatePersonalBudgetInput')
export class CreatePersonalBudgetInput {
  @Field(() => ID)
  planId!: string;

  @Field(() => Int, { description: 'Indicative amount per week, in whole pence.' })
  indicativeWeeklyPence!: number;

  @Field(() => IndicativeMethod, { defaultValue: IndicativeMethod.RESOURCE_ALLOCATION_SYSTEM })
  indicativeMethod!: IndicativeMethod;

  @Field({ description: 'How the amount was worked out, in plain words for the person.' })
  indicativeExplanation!: string;
}
