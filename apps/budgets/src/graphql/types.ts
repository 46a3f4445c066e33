import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BudgetStatus, FundingBasis, IndicativeMethod, UnitType } from '@careplan/domain';
import { MoneyType, PenceScalar, LocalDateScalar, connectionOf } from '@careplan/subgraph-kit';

registerEnumType(BudgetStatus, {
  name: 'BudgetStatus',
  description: 'Indicative at the start of planning; final in the signed-off plan (R11).',
  valuesConfig: {
    INDICATIVE: {
      description: 'Being worked out: the indicative amount stands while support items are costed. A final budget comes back here when a support item added to a not-yet-agreed plan is costed.',
    },
    FINAL: { description: 'Final: every support item in the budget costed and covered (R11); its amount changes only as R12 allows.' },
  },
});
registerEnumType(UnitType, {
  name: 'UnitType',
  description: 'What one unit of a cost line is.',
  valuesConfig: {
    HOUR: { description: 'An hour of support.' },
    VISIT: { description: 'A visit.' },
    DAY: { description: 'A day, e.g. of day care.' },
    NIGHT: { description: 'A night, e.g. of respite or a sleep-in.' },
    WEEK: { description: 'A week, e.g. of a residential placement.' },
    ITEM: { description: 'One item, e.g. a piece of equipment.' },
  },
});
registerEnumType(IndicativeMethod, {
  name: 'IndicativeMethod',
  description: 'How the indicative amount was worked out (R11).',
  valuesConfig: {
    RESOURCE_ALLOCATION_SYSTEM: { description: 'The council’s resource allocation system.' },
    COST_OF_PLANNED_SUPPORT: { description: 'The cost of the support being planned.' },
    PRACTITIONER_ESTIMATE: { description: 'The practitioner’s estimate.' },
    CONTINUITY_OF_CARE: { description: 'The weekly amount of the other council’s plan, continued from the day the person arrived until the council has assessed (R22); set by the worker, not chosen.' },
    OTHER: { description: 'Another way, described in indicativeExplanation.' },
  },
});
registerEnumType(FundingBasis, {
  name: 'FundingBasis',
  description: 'Who funds a cost line, which decides whether the person’s contribution can be charged towards it (R11a).',
  valuesConfig: {
    CARE_ACT: { description: 'Council-funded care and support (Care Act 2014; in Wales, SSWBA 2014): chargeable.' },
    S117_AFTERCARE: { description: 'Mental Health Act s.117 aftercare: never charged to the person (R11a).' },
    NHS_CONTINUING_HEALTHCARE: { description: 'Funded by the NHS as continuing healthcare: not charged to the person.' },
    JOINT: { description: 'Jointly funded by the council and the NHS: chargeable.' },
  },
});

/** The plans subgraph's plan, to which this subgraph adds `personalBudget`. */
@ObjectType('CareAndSupportPlan')
@Directive('@key(fields: "id")')
export class PlanRef {
  @Field(() => ID)
  id!: string;
}

@ObjectType('PersonalBudget', {
  description: 'What meeting the person’s needs under one plan version costs, and who pays what (Care Act s.26, R11). Amounts are per week.',
})
@Directive('@key(fields: "id")')
export class PersonalBudgetType {
  @Field(() => ID, { description: 'The budget’s id.' })
  id!: string;

  @Field(() => PlanRef, { description: 'The plan version the budget is for; each version has its own budget.' })
  plan!: PlanRef;

  @Field(() => BudgetStatus, { description: 'Indicative or final (R11).' })
  status!: BudgetStatus;

  @Field(() => MoneyType, { description: 'The indicative amount a week, given at the start of planning (R11).' })
  indicativeWeeklyAmount!: MoneyType;

  @Field(() => IndicativeMethod, { description: 'How the indicative amount was worked out (R11).' })
  indicativeMethod!: IndicativeMethod;

  @Field(() => String, { nullable: true, description: 'How the indicative amount was worked out, in plain words for the person (R11).' })
  indicativeExplanation!: string | null;

  @Field(() => [String], { description: 'Others this budget is pooled with, e.g. household, carer or community (R11b); empty when none.' })
  pooledWith!: string[];

  @Field(() => String, { nullable: true, description: 'Who holds the personal health budget shown alongside (R11b); null when there is none or it was not said.' })
  phbHeldBy!: string | null;

  @Field(() => String, { nullable: true, description: 'Why the final amount differs from the indicative one (R11), or why it is lower than the budget it replaces (R12); null when none was needed.' })
  explanation!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Day the budget was made final, YYYY-MM-DD (Europe/London); null while indicative.' })
  finalisedOn!: string | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Day its plan closed, YYYY-MM-DD (Europe/London): from then nothing more is changed or paid under it, and its direct payments ended that day (R12a); null while the plan has not closed.',
  })
  endedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Who made the budget final: their sign-in (token subject); null while indicative.' })
  finalisedBy!: string | null;

  @Field(() => Int, { description: 'Edit counter: state it when changing the budget, which bumps it; a stale one is a CONFLICT.' })
  version!: number;
}

export const PersonalBudgetConnection = connectionOf(PersonalBudgetType, 'PersonalBudget', 'personal budgets', 'in the order the list asked for promises');

@ObjectType('CostLine', { description: 'What one support item of the plan costs a week (R11).' })
export class CostLineType {
  @Field(() => ID, { description: 'The cost line’s id; costing the item again replaces the line with a new one.' })
  id!: string;

  @Field(() => ID, { description: 'The plan’s support item it costs (SupportItem.id).' })
  supportItemId!: string;

  @Field(() => MoneyType, { description: 'The cost of one unit.' })
  unitCost!: MoneyType;

  @Field(() => UnitType, { description: 'What one unit is.' })
  unitType!: UnitType;

  @Field({ description: 'Units planned a week, to at most two decimal places (e.g. 7.5 hours).' })
  plannedUnitsPerWeek!: number;

  @Field(() => MoneyType, { description: 'unitCost × plannedUnitsPerWeek, rounded half up to whole pence.' })
  weeklyCost!: MoneyType;

  @Field(() => FundingBasis, { description: 'Who funds it, which decides whether a contribution can be charged towards it (R11a).' })
  fundingBasis!: FundingBasis;
}

@InputType('EndBudgetOfEndedPlanInput', { description: 'The plan that ended (closed or withdrawn), whose budget ends with it (R12a).' })
export class EndBudgetOfEndedPlanInput {
  @Field(() => ID, { description: 'A plan of your council that has closed or been withdrawn; one that has not ended is a CONFLICT.' })
  planId!: string;
}

@InputType('ReinstateBudgetOfPlanInput', { description: 'A plan reinstated after a death recorded in error had ended it, whose budget comes back with it (R12a).' })
export class ReinstateBudgetOfPlanInput {
  @Field(() => ID, { description: 'A plan of your council; while it has ended, nothing changes.' })
  planId!: string;
}

@InputType('StartContinuityBudgetInput', { description: 'The plan put in place on arrival whose budget continues the other council’s (R22).' })
export class StartContinuityBudgetInput {
  @Field(() => ID, { description: 'A plan of your council continuing another council’s (`continuesFrom`).' })
  planId!: string;
}

@InputType('SetCostLineInput', { description: 'The weekly cost of one support item of the budget’s plan (R11).' })
export class SetCostLineInput {
  @Field(() => ID, { description: 'The budget’s id.' })
  budgetId!: string;

  @Field(() => ID, { description: 'A support item of the budget’s plan; reablement items (service type SHORT_TERM_REABLEMENT) are outside the budget and refused (R11a).' })
  supportItemId!: string;

  @Field(() => PenceScalar, { description: 'Whole pence per unit, zero or more.' })
  unitCostPence!: number;

  @Field(() => UnitType, { description: 'What one unit is.' })
  unitType!: UnitType;

  @Field({ description: 'Units planned a week: 0 to 672, to at most two decimal places.' })
  plannedUnitsPerWeek!: number;

  @Field(() => FundingBasis, { defaultValue: FundingBasis.CARE_ACT, description: 'Who funds it; CARE_ACT when left out. S117_AFTERCARE and NHS_CONTINUING_HEALTHCARE lines are never charged (R11a).' })
  fundingBasis!: FundingBasis;
}

@InputType('FinaliseBudgetInput', { description: 'The final weekly amount of an indicative budget (R11).' })
export class FinaliseBudgetInput {
  @Field(() => ID, { description: 'The budget, still INDICATIVE.' })
  id!: string;

  @Field(() => Int, { description: 'The budget’s edit counter `version` as you read it; a stale one is a CONFLICT.' })
  version!: number;

  @Field(() => PenceScalar, { description: 'Final amount per week, in whole pence; it must cover the weekly cost of every support item in the budget (R11).' })
  finalWeeklyPence!: number;

  @Field(() => String, { nullable: true, description: 'Required when it differs from the indicative amount, and for the person when it is lower than the budget in force (R12).' })
  explanation?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'For a plan whose budget is lower than the one in force of the plan it replaces (`CareAndSupportPlan.replaces`): the reassessment, completed since that budget was set, that shows the needs changed (R12). A revision links one; a new plan rests on its own assessment, which is taken when this is left out.',
  })
  reassessmentId?: string | null;
}

@InputType('CreatePersonalBudgetInput', { description: 'A plan’s indicative personal budget, given at the start of planning (R11).' })
export class CreatePersonalBudgetInput {
  @Field(() => ID, { description: 'The plan version the budget is for; it must not have a budget yet.' })
  planId!: string;

  @Field(() => PenceScalar, { description: 'Indicative amount per week, in whole pence, zero or more.' })
  indicativeWeeklyPence!: number;

  @Field(() => IndicativeMethod, { defaultValue: IndicativeMethod.RESOURCE_ALLOCATION_SYSTEM, description: 'How the amount was worked out; RESOURCE_ALLOCATION_SYSTEM when left out.' })
  indicativeMethod!: IndicativeMethod;

  @Field({ description: 'How the amount was worked out, in plain words for the person (20 to 2000 characters).' })
  indicativeExplanation!: string;
}
