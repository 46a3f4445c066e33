import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { FinancialAssessmentKind } from '@careplan/domain';
import { MoneyType } from '@careplan/subgraph-kit';
import { ChallengeOutcome } from '../entities/budget-challenge.entity';

registerEnumType(FinancialAssessmentKind, { name: 'FinancialAssessmentKind' });
registerEnumType(ChallengeOutcome, { name: 'ChallengeOutcome' });

/** The people subgraph's Person, to which this subgraph adds financial assessments. */
@ObjectType('Person')
@Directive('@key(fields: "id")')
export class PersonRef {
  @Field(() => ID)
  id!: string;
}

@ObjectType('FinancialAssessment', { description: 'The person’s assessed weekly contribution.' })
export class FinancialAssessmentType {
  @Field(() => ID)
  id!: string;

  @Field(() => FinancialAssessmentKind)
  kind!: FinancialAssessmentKind;

  @Field(() => MoneyType)
  weeklyContribution!: MoneyType;

  @Field()
  assessedOn!: string;

  @Field()
  assessor!: string;
}

@InputType('RecordFinancialAssessmentInput')
export class RecordFinancialAssessmentInput {
  @Field(() => ID)
  personId!: string;

  @Field(() => FinancialAssessmentKind)
  kind!: FinancialAssessmentKind;

  @Field(() => Int)
  weeklyContributionPence!: number;

  @Field()
  assessedOn!: string;

  @Field()
  assessor!: string;
}

@ObjectType('BudgetShares', { description: 'R11: the weekly cost, the person’s contribution and the council’s share.' })
export class BudgetSharesType {
  @Field(() => MoneyType)
  total!: MoneyType;

  @Field(() => MoneyType, { description: 'What a contribution can be charged towards (never s.117 or NHS-funded support).' })
  chargeable!: MoneyType;

  @Field(() => MoneyType)
  person!: MoneyType;

  @Field(() => MoneyType)
  council!: MoneyType;
}

@ObjectType('BudgetManagement', { description: 'R11b: how the final budget is held each week.' })
export class BudgetManagementType {
  @Field(() => MoneyType)
  councilManaged!: MoneyType;

  @Field(() => MoneyType)
  directPayment!: MoneyType;

  @Field(() => MoneyType)
  individualServiceFund!: MoneyType;

  @Field(() => String, { nullable: true })
  isfProvider!: string | null;

  @Field(() => MoneyType, { nullable: true, description: 'A personal health budget shown alongside (not part of this budget).' })
  personalHealthBudget!: MoneyType | null;
}

@InputType('BudgetManagementInput')
export class BudgetManagementInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => Int)
  councilManagedPence!: number;

  @Field(() => Int)
  directPaymentPence!: number;

  @Field(() => Int)
  individualServiceFundPence!: number;

  @Field(() => String, { nullable: true })
  isfProvider?: string | null;

  @Field(() => [String], { defaultValue: [], description: 'Others the budget is pooled with (household, carer, community).' })
  pooledWith!: string[];

  @Field(() => Int, { nullable: true, description: 'A personal health budget shown alongside, pence a week.' })
  personalHealthBudgetWeeklyPence?: number | null;

  @Field(() => String, { nullable: true })
  personalHealthBudgetHeldBy?: string | null;
}

@InputType('ChangeBudgetInput')
export class ChangeBudgetInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => Int)
  newWeeklyPence!: number;

  @Field()
  reason!: string;

  @Field(() => ID, { nullable: true, description: 'Required to reduce: a completed reassessment since the budget was set.' })
  reassessmentId?: string | null;

  @Field(() => String, { nullable: true, description: 'Required to reduce: a written explanation for the person.' })
  explanation?: string | null;
}

@ObjectType('BudgetChange', { description: 'R12: a dated change to a final budget.' })
export class BudgetChangeType {
  @Field(() => ID)
  id!: string;

  @Field(() => MoneyType)
  from!: MoneyType;

  @Field(() => MoneyType)
  to!: MoneyType;

  @Field()
  reason!: string;

  @Field(() => ID, { nullable: true })
  reassessmentId!: string | null;

  @Field(() => String, { nullable: true })
  explanation!: string | null;

  @Field()
  changedOn!: string;

  @Field()
  changedBy!: string;
}

@ObjectType('BudgetChallenge', { description: 'A challenge to the budget’s sufficiency and its outcome.' })
export class BudgetChallengeType {
  @Field(() => ID)
  id!: string;

  @Field()
  raisedBy!: string;

  @Field()
  grounds!: string;

  @Field()
  raisedOn!: string;

  @Field(() => ChallengeOutcome)
  outcome!: ChallengeOutcome;

  @Field(() => String, { nullable: true })
  outcomeReasons!: string | null;

  @Field(() => String, { nullable: true })
  decidedOn!: string | null;

  @Field(() => Int)
  version!: number;
}
