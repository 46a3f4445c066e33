import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PlanStatus, Role } from '@careplan/domain';
import { CASEWORK_ROLES, type SubgraphContext } from '@careplan/subgraph-kit';
import type { CareAndSupportPlan } from '../entities/care-and-support-plan.entity';
import { PlanLifecycleService } from '../services/plan-lifecycle.service';
import { PlanService } from '../services/plan.service';
import { CareAndSupportPlanType, CreatePlanInput, NeedsAssessmentRef, PersonRef } from './types';

const WRITERS = [Role.PRACTITIONER, Role.TEAM_MANAGER, Role.SERVICE];

@Resolver(() => CareAndSupportPlanType)
export class PlanResolver {
  @Query(() => CareAndSupportPlanType, { nullable: true })
  @Authorized(...CASEWORK_ROLES, Role.PERSON)
  plan(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<CareAndSupportPlan | null> {
    return new PlanService(ctx).get(id);
  }

  @Query(() => [CareAndSupportPlanType], { description: 'Plans waiting for approval, oldest first (R8).' })
  @Authorized(Role.TEAM_MANAGER, Role.PANEL_MEMBER, Role.FINANCE_OFFICER)
  plansAwaitingApproval(@Ctx() ctx: SubgraphContext, @Arg('first', () => Int, { nullable: true }) first?: number) {
    return new PlanService(ctx).queue(PlanStatus.AWAITING_APPROVAL, first);
  }

  @Query(() => [CareAndSupportPlanType], { description: 'Plans not agreed after the person’s consideration period (R9).' })
  @Authorized(Role.PRACTITIONER, Role.TEAM_MANAGER)
  plansPastConsideration(@Ctx() ctx: SubgraphContext, @Arg('first', () => Int, { nullable: true }) first?: number) {
    return new PlanService(ctx).pastConsideration(first);
  }

  @Query(() => [CareAndSupportPlanType], { description: 'Active plans a practitioner is responsible for (you, by default).' })
  @Authorized(Role.PRACTITIONER, Role.TEAM_MANAGER)
  activePlans(
    @Ctx() ctx: SubgraphContext,
    @Arg('practitionerUserId', () => String, { nullable: true }) practitionerUserId?: string,
    @Arg('first', () => Int, { nullable: true }) first?: number,
  ) {
    return new PlanService(ctx).queue(PlanStatus.ACTIVE, first, practitionerUserId ?? ctx.identity.userId);
  }

  @Mutation(() => CareAndSupportPlanType, { description: 'Starts a draft plan for a person.' })
  @Authorized(...WRITERS)
  createPlan(@Arg('input', () => CreatePlanInput) input: CreatePlanInput, @Ctx() ctx: SubgraphContext): Promise<CareAndSupportPlan> {
    return new PlanService(ctx).draft(input);
  }

  @FieldResolver(() => CareAndSupportPlanType, {
    nullable: true,
    description: 'The next version being prepared while this one stays in force; it replaces this one when agreed (R9).',
  })
  revision(@Root() plan: CareAndSupportPlan, @Ctx() ctx: SubgraphContext): Promise<CareAndSupportPlan | null> {
    return new PlanLifecycleService(ctx).revisionOf(plan.id);
  }

  @FieldResolver(() => PersonRef)
  person(@Root() plan: CareAndSupportPlan): PersonRef {
    return { id: plan.personId };
  }

  @FieldResolver(() => PersonRef, { nullable: true })
  jointPerson(@Root() plan: CareAndSupportPlan): PersonRef | null {
    return plan.jointPersonId ? { id: plan.jointPersonId } : null;
  }

  @FieldResolver(() => NeedsAssessmentRef, { nullable: true })
  assessment(@Root() plan: CareAndSupportPlan): NeedsAssessmentRef | null {
    return plan.assessmentId ? { id: plan.assessmentId } : null;
  }
}

@Resolver(() => PersonRef)
export class PersonPlansResolver {
  @FieldResolver(() => [CareAndSupportPlanType], { description: 'Every plan of the person, oldest first.' })
  plans(@Root() person: PersonRef, @Ctx() ctx: SubgraphContext): Promise<CareAndSupportPlan[]> {
    return new PlanService(ctx).forPerson(person.id);
  }

  @FieldResolver(() => CareAndSupportPlanType, { nullable: true, description: 'The plan in force, or else the one being prepared.' })
  currentPlan(@Root() person: PersonRef, @Ctx() ctx: SubgraphContext): Promise<CareAndSupportPlan | null> {
    return new PlanService(ctx).currentFor(person.id);
  }
}

@Resolver(() => NeedsAssessmentRef)
export class AssessmentPlanResolver {
  @FieldResolver(() => CareAndSupportPlanType, { nullable: true, description: 'The current plan drawn from this assessment.' })
  plan(@Root() assessment: NeedsAssessmentRef, @Ctx() ctx: SubgraphContext): Promise<CareAndSupportPlan | null> {
    return new PlanService(ctx).forAssessment(assessment.id);
  }
}
