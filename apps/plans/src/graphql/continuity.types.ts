import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { PenceScalar } from '@careplan/subgraph-kit';

@ObjectType('ContinuedPlan', { description: 'R22: the other council’s plan a plan put in place on arrival continues, until the council has assessed.' })
export class ContinuedPlanType {
  @Field(() => ID, { description: 'The move (Handover) it belongs to.' })
  handoverId!: string;

  @Field({ description: 'GSS code of the council the person moved from.' })
  authorityCode!: string;

  @Field(() => ID, { description: 'The plan’s id at that council (readable there only; its copy is in the handover’s package).' })
  planId!: string;

  @Field(() => PenceScalar, { nullable: true, description: 'The personal budget a week under that plan, in whole pence, which this plan’s own budget continues from the day of arrival (R22); null when it had none.' })
  weeklyBudgetPence!: number | null;
}

@InputType('StartContinuityPlanInput', { description: 'The move the plan is put in place for.' })
export class StartContinuityPlanInput {
  @Field(() => ID, { description: 'A move into your council whose date has come, with the sending council’s plan shared and no assessment of yours recorded.' })
  handoverId!: string;
}

@InputType('ClosePlansOnMoveInput', { description: 'The move the plans end for.' })
export class ClosePlansOnMoveInput {
  @Field(() => ID, { description: 'A move out of your council that has arrived.' })
  handoverId!: string;
}
