import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Role } from '@careplan/domain';
import type { SubgraphContext } from '@careplan/subgraph-kit';
import type { CareAndSupportPlan } from '../entities/care-and-support-plan.entity';
import { PlanContinuityService } from '../services/plan-continuity.service';
import { ClosePlansOnMoveInput, ContinuedPlanType, StartContinuityPlanInput } from './continuity.types';
import { CareAndSupportPlanType } from './types';

/** R22: the plans a move between councils starts and ends, each by the worker for its own council. */
@Resolver(() => CareAndSupportPlanType)
export class PlanContinuityResolver {
  @FieldResolver(() => ContinuedPlanType, { nullable: true, description: 'R22: the other council’s plan this one continues from the day the person arrived; null for any other plan.' })
  continuesFrom(@Root() plan: CareAndSupportPlan): ContinuedPlanType | null {
    if (!plan.continuesHandoverId) return null;
    return { handoverId: plan.continuesHandoverId, authorityCode: plan.continuesAuthorityCode!, planId: plan.continuesPlanId!, weeklyBudgetPence: plan.continuityWeeklyBudgetPence };
  }

  @Mutation(() => CareAndSupportPlanType, {
    description:
      'R22 (the worker, for the council the person moved to): on the move date, with no assessment of its own yet, puts in place an active plan continuing the other council’s, with its budget. Once per move: a retried step returns the same plan. Roles: SERVICE.',
  })
  @Authorized(Role.SERVICE)
  startContinuityPlan(@Arg('input', () => StartContinuityPlanInput, { description: 'The move.' }) input: StartContinuityPlanInput, @Ctx() ctx: SubgraphContext) {
    return new PlanContinuityService(ctx).start(input.handoverId);
  }

  @Mutation(() => [CareAndSupportPlanType], {
    description:
      'R22 (the worker, for the council the person left): once the person has arrived, ends the person’s plans on the move date: those in force close as MOVED_TO_ANOTHER_COUNCIL, with no review, and those not yet agreed are withdrawn (R9); those a death since found recorded in error ended (not yet brought back) end so too (R17). Returns those it closed or withdrew (none when all have ended already). Roles: SERVICE.',
  })
  @Authorized(Role.SERVICE)
  closePlansOnMove(@Arg('input', () => ClosePlansOnMoveInput, { description: 'The move.' }) input: ClosePlansOnMoveInput, @Ctx() ctx: SubgraphContext) {
    return new PlanContinuityService(ctx).closeOnMove(input.handoverId);
  }
}
