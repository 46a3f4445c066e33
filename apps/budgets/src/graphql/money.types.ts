import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { FinancialAssessmentKind } from '@careplan/domain';
import { MoneyType, PenceScalar, LocalDateScalar } from '@careplan/subgraph-kit';
import { ChallengeOutcome } from '../entities/budget-challenge.entity';

registerEnumType(FinancialAssessmentKind, {
  name: 'FinancialAssessmentKind',
  description: 'What kind of financial assessment set the person’s contribution.',
  valuesConfig: {
    FULL: { description: 'A full financial assessment of the person’s income and capital.' },
    LIGHT_TOUCH: { description: 'A light-touch financial assessment, where the council can be sure of the result without a full one.' },
    NOT_REQUIRED: { description: 'No financial assessment was needed (e.g. the support is never charged); the contribution is zero.' },
  },
});
registerEnumType(ChallengeOutcome, {
  name: 'ChallengeOutcome',
  description: 'What came of a challenge to a budget’s sufficiency.',
  valuesConfig: {
    PENDING: { description: 'Not decided yet.' },
    UPHELD: { description: 'The council agreed the budget is not enough; the amount changes only through changePersonalBudget.' },
    NOT_UPHELD: { description: 'The council did not agree; its reasons are in outcomeReasons.' },
  },
});

/** The people subgraph's Person, to which this subgraph adds financial assessments. */
@ObjectType('Person')
@Directive('@key(fields: "id")')
export class PersonRef {
  @Field(() => ID)
  id!: string;
}

@ObjectType('FinancialAssessment', { description: 'A financial assessment: what the person was assessed to pay a week towards their chargeable support (R11).' })
export class FinancialAssessmentType {
  @Field(() => ID, { description: 'The financial assessment’s id.' })
  id!: string;

  @Field(() => FinancialAssessmentKind, { description: 'Full, light-touch, or not required.' })
  kind!: FinancialAssessmentKind;

  @Field(() => MoneyType, { description: 'What the person was assessed to pay a week; it is charged only towards chargeable support (R11a).' })
  weeklyContribution!: MoneyType;

  @Field(() => LocalDateScalar, { description: 'Day of the assessment, YYYY-MM-DD.' })
  assessedOn!: string;

  @Field({ description: 'Who carried out the financial assessment.' })
  assessor!: string;
}

@InputType('RecordFinancialAssessmentInput', { description: 'A financial assessment of a person: their assessed weekly contribution (R11).' })
export class RecordFinancialAssessmentInput {
  @Field(() => ID, { description: 'The person assessed, in your council.' })
  personId!: string;

  @Field(() => FinancialAssessmentKind, { description: 'Full, light-touch, or not required.' })
  kind!: FinancialAssessmentKind;

  @Field(() => PenceScalar, {
    description:
      'Whole pence a week, zero or more; zero when NOT_REQUIRED. Above zero is refused when all the person’s costed support is s.117 aftercare or NHS-funded (R11a).',
  })
  weeklyContributionPence!: number;

  @Field(() => LocalDateScalar, { description: 'Day of the assessment, YYYY-MM-DD, not in the future.' })
  assessedOn!: string;

  @Field({ description: 'Who carried out the financial assessment (required).' })
  assessor!: string;
}

@ObjectType('BudgetShares', { description: 'R11: the weekly cost of the costed support, the person’s contribution and the council’s share.' })
export class BudgetSharesType {
  @Field(() => MoneyType, { description: 'What the support costs a week: the sum of the cost lines.' })
  total!: MoneyType;

  @Field(() => MoneyType, { description: 'The part a contribution can be charged towards: Care Act and jointly funded lines, never s.117 aftercare or NHS continuing healthcare (R11a).' })
  chargeable!: MoneyType;

  @Field(() => MoneyType, { description: 'What the person pays a week: their latest assessed contribution, never more than the chargeable part (R11a); zero without a financial assessment.' })
  person!: MoneyType;

  @Field(() => MoneyType, { description: 'What the council pays a week: the total less the person’s part.' })
  council!: MoneyType;
}

@ObjectType('BudgetManagement', { description: 'R11b: how the final budget is held each week; the three parts add up to the final amount exactly.' })
export class BudgetManagementType {
  @Field(() => MoneyType, { description: 'The part managed by the council, a week.' })
  councilManaged!: MoneyType;

  @Field(() => MoneyType, { description: 'The part paid as direct payments, a week; the direct payments in force never add up to more (R11b).' })
  directPayment!: MoneyType;

  @Field(() => MoneyType, { description: 'The part held by a provider as an individual service fund, a week.' })
  individualServiceFund!: MoneyType;

  @Field(() => String, { nullable: true, description: 'The provider holding the individual service fund; null when there is none.' })
  isfProvider!: string | null;

  @Field(() => MoneyType, { nullable: true, description: 'A personal health budget shown alongside, a week (not part of this budget, R11b); null when there is none.' })
  personalHealthBudget!: MoneyType | null;
}

@InputType('BudgetManagementInput', { description: 'How a final budget is held each week (R11b): the three parts must add up to its final weekly amount exactly.' })
export class BudgetManagementInput {
  @Field(() => ID, { description: 'The budget, which must be FINAL.' })
  id!: string;

  @Field(() => Int, { description: 'The budget’s edit counter `version` as you read it; a stale one is a CONFLICT.' })
  version!: number;

  @Field(() => PenceScalar, { description: 'Whole pence a week managed by the council, zero or more.' })
  councilManagedPence!: number;

  @Field(() => PenceScalar, { description: 'Whole pence a week paid as direct payments, zero or more; at least what the direct payments in force pay (R11b).' })
  directPaymentPence!: number;

  @Field(() => PenceScalar, { description: 'Whole pence a week held by a provider as an individual service fund, zero or more.' })
  individualServiceFundPence!: number;

  @Field(() => String, { nullable: true, description: 'The provider holding the individual service fund; required when that part is above zero, ignored otherwise.' })
  isfProvider?: string | null;

  @Field(() => [String], { defaultValue: [], description: 'Others the budget is pooled with (household, carer, community); replaces the list, empty when left out.' })
  pooledWith!: string[];

  @Field(() => PenceScalar, { nullable: true, description: 'A personal health budget shown alongside (not part of this budget), in whole pence a week; null when there is none.' })
  personalHealthBudgetWeeklyPence?: number | null;

  @Field(() => String, { nullable: true, description: 'Who holds that personal health budget; kept only with an amount.' })
  personalHealthBudgetHeldBy?: string | null;
}

@InputType('ChangeBudgetInput', { description: 'A change to a final budget’s weekly amount, with its reason (R12).' })
export class ChangeBudgetInput {
  @Field(() => ID, { description: 'The budget, which must be FINAL.' })
  id!: string;

  @Field(() => Int, { description: 'The budget’s edit counter `version` as you read it; a stale one is a CONFLICT.' })
  version!: number;

  @Field(() => PenceScalar, { description: 'The new final amount, in whole pence a week; it must differ from the current one.' })
  newWeeklyPence!: number;

  @Field({ description: 'Why the budget changes (at least 10 characters).' })
  reason!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Required to reduce: a completed reassessment of the person, made since the budget was set and not the assessment it rested on, showing the needs changed (R12).',
  })
  reassessmentId?: string | null;

  @Field(() => String, { nullable: true, description: 'Required to reduce: a written explanation for the person, at least 20 characters (R12).' })
  explanation?: string | null;
}

@ObjectType('BudgetChange', { description: 'R12: a dated change to a final budget’s weekly amount, with its reason.' })
export class BudgetChangeType {
  @Field(() => ID, { description: 'The change’s id.' })
  id!: string;

  @Field(() => MoneyType, { description: 'The weekly amount before the change.' })
  from!: MoneyType;

  @Field(() => MoneyType, { description: 'The weekly amount after the change.' })
  to!: MoneyType;

  @Field({ description: 'Why the budget changed.' })
  reason!: string;

  @Field(() => ID, { nullable: true, description: 'The reassessment showing the needs changed, which a reduction requires (R12); null when none was linked.' })
  reassessmentId!: string | null;

  @Field(() => String, { nullable: true, description: 'The written explanation for the person, which a reduction requires (R12); null when none was given.' })
  explanation!: string | null;

  @Field(() => LocalDateScalar, { description: 'Day of the change, YYYY-MM-DD (Europe/London).' })
  changedOn!: string;

  @Field({ description: 'Who made the change: their sign-in (token subject).' })
  changedBy!: string;
}

@ObjectType('BudgetChallenge', { description: 'A challenge that a final budget is not enough to meet the needs (R11), and its outcome.' })
export class BudgetChallengeType {
  @Field(() => ID, { description: 'The challenge’s id.' })
  id!: string;

  @Field({ description: 'Who challenged the budget, in words (e.g. the person, a carer, an advocate).' })
  raisedBy!: string;

  @Field({ description: 'Why they say the budget is not enough.' })
  grounds!: string;

  @Field(() => LocalDateScalar, { description: 'Day the challenge was recorded, YYYY-MM-DD (Europe/London).' })
  raisedOn!: string;

  @Field(() => ChallengeOutcome, { description: 'Pending, upheld or not upheld.' })
  outcome!: ChallengeOutcome;

  @Field(() => String, { nullable: true, description: 'The reasons for the decision; null while pending.' })
  outcomeReasons!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Day the challenge was decided, YYYY-MM-DD; null while pending.' })
  decidedOn!: string | null;

  @Field(() => Int, { description: 'Edit counter: state it when deciding the challenge; a stale one is a CONFLICT.' })
  version!: number;
}

@InputType('ChallengeBudgetInput', { description: 'A challenge that a final budget is not enough to meet the needs (R11).' })
export class ChallengeBudgetInput {
  @Field(() => ID, { description: 'The budget, which must be FINAL.' })
  budgetId!: string;

  @Field({ description: 'Who challenges it, in words (e.g. the person, a carer, an advocate).' })
  raisedBy!: string;

  @Field({ description: 'Why the budget is not enough (at least 10 characters).' })
  grounds!: string;
}

@InputType('DecideBudgetChallengeInput', { description: 'The decision on a PENDING budget challenge (R11).' })
export class DecideBudgetChallengeInput {
  @Field(() => ID, { description: 'The challenge’s id.' })
  id!: string;

  @Field(() => Int, { description: 'The challenge’s edit counter `version` as you read it; a stale one is a CONFLICT.' })
  version!: number;

  @Field({ description: 'True when the council agrees the budget is not enough.' })
  upheld!: boolean;

  @Field({ description: 'The reasons for the decision (at least 10 characters).' })
  reasons!: string;
}
