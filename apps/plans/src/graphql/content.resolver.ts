import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '@careplan/domain';
import { CASEWORK_ROLES, type SubgraphContext } from '@careplan/subgraph-kit';
import type { CareAndSupportPlan } from '../entities/care-and-support-plan.entity';
import { PlanOutcome } from '../entities/plan-outcome.entity';
import { SupportItemRecord } from '../entities/support-item.entity';
import { PlanContentService } from '../services/plan-content.service';
import {
  AddPlanOutcomeInput,
  AddSupportItemInput,
  CombinePlanInput,
  PlanContentCheckType,
  PlanInvolvementInput,
  PlanOutcomeType,
  PlanSectionsInput,
  RemovePlanOutcomeInput,
  RemoveSupportItemInput,
  SeparatePlanInput,
  SupportItemType,
} from './content.types';
import { CareAndSupportPlanType } from './types';

const WRITERS = [Role.PRACTITIONER, Role.TEAM_MANAGER, Role.SERVICE];
const EDITABLE = 'Only while the plan is DRAFT or RETURNED (CONFLICT otherwise; revise a plan in force to change it).';
const ROLES = 'Roles: PRACTITIONER, TEAM_MANAGER, SERVICE.';
const PLAN_ID = 'The plan’s id.';

/** Writing the plan while it is a draft (or returned): sections, outcomes and support (R5, R5w, R6). */
@Resolver(() => CareAndSupportPlanType)
export class PlanContentResolver {
  @FieldResolver(() => [PlanOutcomeType], { description: 'The person’s desired outcomes in their own words, in the order added (R5(d), R5w).' })
  outcomes(@Root() plan: CareAndSupportPlan, @Ctx() ctx: SubgraphContext) {
    return new PlanContentService(ctx).outcomes(plan.id);
  }

  @FieldResolver(() => [SupportItemType], { description: 'How each eligible need is met, in the order added (R6).' })
  supportItems(@Root() plan: CareAndSupportPlan, @Ctx() ctx: SubgraphContext) {
    return new PlanContentService(ctx).supportItems(plan.id);
  }

  @FieldResolver(() => PlanContentCheckType, {
    description:
      'What the plan still lacks before it can be signed off (the same as `planContentCheck`): proposePlan and submitPlanForApproval answer with it, so a plan never reaches agreement to find it stuck (R9).',
  })
  contentCheck(@Root() plan: CareAndSupportPlan, @Ctx() ctx: SubgraphContext) {
    return new PlanContentService(ctx).contentCheck(plan);
  }

  @Query(() => PlanContentCheckType, {
    description:
      'What the plan still lacks before it can be signed off: the R5 items in England, the R5w items in Wales (by your council’s nation). Roles: PRACTITIONER, TEAM_MANAGER, PANEL_MEMBER, FINANCE_OFFICER, SERVICE.',
  })
  @Authorized(...CASEWORK_ROLES)
  planContentCheck(@Arg('planId', () => ID, { description: PLAN_ID }) planId: string, @Ctx() ctx: SubgraphContext) {
    return new PlanContentService(ctx).missingContent(planId);
  }

  @Mutation(() => CareAndSupportPlanType, { description: `Writes the plan’s sections in words (R5, R5w) and returns the plan. ${EDITABLE} ${ROLES}` })
  @Authorized(...WRITERS)
  updatePlanSections(@Arg('input', () => PlanSectionsInput, { description: 'The sections to change; fields left out are kept.' }) input: PlanSectionsInput, @Ctx() ctx: SubgraphContext) {
    return new PlanContentService(ctx).updateSections(input);
  }

  @Mutation(() => CareAndSupportPlanType, {
    description: `Combines the plan with another organisation’s plan, naming one lead organisation and a lead professional; needs the person’s standing consent to a combined plan (R7). ${EDITABLE} ${ROLES}`,
  })
  @Authorized(...WRITERS)
  combinePlan(@Arg('input', () => CombinePlanInput, { description: 'The other plan and who leads.' }) input: CombinePlanInput, @Ctx() ctx: SubgraphContext) {
    return new PlanContentService(ctx).combine(input);
  }

  @Mutation(() => CareAndSupportPlanType, {
    description: `Separates the plan from the other person of a joint plan or from the other organisation’s plan, so it is the person’s own: when a consent it rested on is withdrawn, say (R7). The other person’s needs are planned in a plan of their own. ${EDITABLE} ${ROLES}`,
  })
  @Authorized(...WRITERS)
  separatePlan(@Arg('input', () => SeparatePlanInput, { description: 'The plan and what to separate it from.' }) input: SeparatePlanInput, @Ctx() ctx: SubgraphContext) {
    return new PlanContentService(ctx).separate(input);
  }

  @Mutation(() => CareAndSupportPlanType, {
    description: `Replaces the record of who took part in planning, how and when (R1), at any stage up to agreement (an advocate who attends sign-off too); returns the plan. ${ROLES}`,
  })
  @Authorized(...WRITERS)
  recordPlanInvolvement(@Arg('input', () => PlanInvolvementInput, { description: 'The plan and everyone who took part.' }) input: PlanInvolvementInput, @Ctx() ctx: SubgraphContext) {
    return new PlanContentService(ctx).recordInvolvement(input);
  }

  @Mutation(() => PlanOutcomeType, { description: `Adds a desired outcome in the person’s own words (R5(d), R5w) and returns it. ${EDITABLE} ${ROLES}` })
  @Authorized(...WRITERS)
  addPlanOutcome(@Arg('input', () => AddPlanOutcomeInput, { description: 'The plan and the outcome in the person’s words.' }) input: AddPlanOutcomeInput, @Ctx() ctx: SubgraphContext) {
    return new PlanContentService(ctx).addOutcome(input.planId, input.inOwnWords);
  }

  @Mutation(() => CareAndSupportPlanType, { description: `Removes a desired outcome from its plan and returns the plan. ${EDITABLE} ${ROLES}` })
  @Authorized(...WRITERS)
  removePlanOutcome(@Arg('input', () => RemovePlanOutcomeInput, { description: 'The outcome to remove.' }) input: RemovePlanOutcomeInput, @Ctx() ctx: SubgraphContext) {
    return new PlanContentService(ctx).remove(PlanOutcome, input.id);
  }

  @Mutation(() => SupportItemType, {
    description: `Adds one way of meeting an eligible need of the plan’s assessment (R6) and returns it. ${EDITABLE} ${ROLES}`,
  })
  @Authorized(...WRITERS)
  addSupportItem(@Arg('input', () => AddSupportItemInput, { description: 'The need, how it is met and by whom.' }) input: AddSupportItemInput, @Ctx() ctx: SubgraphContext) {
    return new PlanContentService(ctx).addSupportItem(input);
  }

  @Mutation(() => CareAndSupportPlanType, { description: `Removes a support item from its plan and returns the plan. ${EDITABLE} ${ROLES}` })
  @Authorized(...WRITERS)
  removeSupportItem(@Arg('input', () => RemoveSupportItemInput, { description: 'The support item to remove.' }) input: RemoveSupportItemInput, @Ctx() ctx: SubgraphContext) {
    return new PlanContentService(ctx).remove(SupportItemRecord, input.id);
  }
}
