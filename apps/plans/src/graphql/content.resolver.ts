import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '@careplan/domain';
import { CASEWORK_ROLES, InvolvementInput, type SubgraphContext } from '@careplan/subgraph-kit';
import type { CareAndSupportPlan } from '../entities/care-and-support-plan.entity';
import { PlanOutcome } from '../entities/plan-outcome.entity';
import { SupportItemRecord } from '../entities/support-item.entity';
import { PlanContentService } from '../services/plan-content.service';
import { AddSupportItemInput, CombinePlanInput, PlanContentCheckType, PlanOutcomeType, PlanSectionsInput, SupportItemType } from './content.types';
import { CareAndSupportPlanType } from './types';

const WRITERS = [Role.PRACTITIONER, Role.TEAM_MANAGER, Role.SERVICE];

/** Writing the plan while it is a draft (or returned): sections, outcomes and support (R5, R5w, R6). */
@Resolver(() => CareAndSupportPlanType)
export class PlanContentResolver {
  @FieldResolver(() => [PlanOutcomeType])
  outcomes(@Root() plan: CareAndSupportPlan, @Ctx() ctx: SubgraphContext) {
    return new PlanContentService(ctx).outcomes(plan.id);
  }

  @FieldResolver(() => [SupportItemType])
  supportItems(@Root() plan: CareAndSupportPlan, @Ctx() ctx: SubgraphContext) {
    return new PlanContentService(ctx).supportItems(plan.id);
  }

  @Query(() => PlanContentCheckType, { description: 'What the plan still lacks before it can be signed off (R5 or R5w, by the person’s nation).' })
  @Authorized(...CASEWORK_ROLES)
  planContentCheck(@Arg('planId', () => ID) planId: string, @Ctx() ctx: SubgraphContext) {
    return new PlanContentService(ctx).missingContent(planId);
  }

  @Mutation(() => CareAndSupportPlanType)
  @Authorized(...WRITERS)
  updatePlanSections(@Arg('input', () => PlanSectionsInput) input: PlanSectionsInput, @Ctx() ctx: SubgraphContext) {
    return new PlanContentService(ctx).updateSections(input);
  }

  @Mutation(() => CareAndSupportPlanType, { description: 'Combines the plan with another organisation’s plan (R7).' })
  @Authorized(...WRITERS)
  combinePlan(@Arg('input', () => CombinePlanInput) input: CombinePlanInput, @Ctx() ctx: SubgraphContext) {
    return new PlanContentService(ctx).combine(input);
  }

  @Mutation(() => CareAndSupportPlanType, { description: 'Replaces the record of who took part in planning (R1).' })
  @Authorized(...WRITERS)
  recordPlanInvolvement(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('involved', () => [InvolvementInput]) involved: InvolvementInput[],
    @Ctx() ctx: SubgraphContext,
  ) {
    return new PlanContentService(ctx).recordInvolvement(id, version, involved);
  }

  @Mutation(() => PlanOutcomeType)
  @Authorized(...WRITERS)
  addPlanOutcome(@Arg('planId', () => ID) planId: string, @Arg('inOwnWords') inOwnWords: string, @Ctx() ctx: SubgraphContext) {
    return new PlanContentService(ctx).addOutcome(planId, inOwnWords);
  }

  @Mutation(() => Boolean)
  @Authorized(...WRITERS)
  removePlanOutcome(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext) {
    return new PlanContentService(ctx).remove(PlanOutcome, id);
  }

  @Mutation(() => SupportItemType)
  @Authorized(...WRITERS)
  addSupportItem(@Arg('input', () => AddSupportItemInput) input: AddSupportItemInput, @Ctx() ctx: SubgraphContext) {
    return new PlanContentService(ctx).addSupportItem(input);
  }

  @Mutation(() => Boolean)
  @Authorized(...WRITERS)
  removeSupportItem(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext) {
    return new PlanContentService(ctx).remove(SupportItemRecord, id);
  }
}
