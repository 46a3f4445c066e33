import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PlanStatus, Role } from '@careplan/domain';
import { CASEWORK_ROLES, PageArgs, toConnection, withReadAhead, type Page, type SubgraphContext } from '@careplan/subgraph-kit';
import type { CareAndSupportPlan } from '../entities/care-and-support-plan.entity';
import { PlanContentService } from '../services/plan-content.service';
import { PlanLifecycleService } from '../services/plan-lifecycle.service';
import { PlanService } from '../services/plan.service';
import { CareAndSupportPlanConnection, CareAndSupportPlanType, CreatePlanInput, NeedsAssessmentRef, PersonRef } from './types';

const WRITERS = [Role.PRACTITIONER, Role.TEAM_MANAGER, Role.SERVICE];
const connection = (page: Page<CareAndSupportPlan>) => toConnection(page) as unknown as InstanceType<typeof CareAndSupportPlanConnection>;

@Resolver(() => CareAndSupportPlanType)
export class PlanResolver {
  @Query(() => CareAndSupportPlanType, {
    nullable: true,
    description:
      'A plan version by id; null when your council has none with that id. A PERSON may read only their own plans (FORBIDDEN otherwise). Roles: PRACTITIONER, TEAM_MANAGER, PANEL_MEMBER, FINANCE_OFFICER, SERVICE, PERSON.',
  })
  @Authorized(...CASEWORK_ROLES, Role.PERSON)
  plan(@Arg('id', () => ID, { description: 'The plan version’s id.' }) id: string, @Ctx() ctx: SubgraphContext): Promise<CareAndSupportPlan | null> {
    return new PlanService(ctx).get(id);
  }

  @Query(() => [CareAndSupportPlanType], {
    nullable: 'items',
    description:
      'Plan versions by id, in the order asked (1 to 100 ids); null in place of any your council has none with. A PERSON may read only their own plans (FORBIDDEN otherwise). Roles: PRACTITIONER, TEAM_MANAGER, PANEL_MEMBER, FINANCE_OFFICER, SERVICE, PERSON.',
  })
  @Authorized(...CASEWORK_ROLES, Role.PERSON)
  plans(@Arg('ids', () => [ID], { description: 'The plan versions’ ids, 1 to 100.' }) ids: string[], @Ctx() ctx: SubgraphContext): Promise<Array<CareAndSupportPlan | null>> {
    return new PlanService(ctx).getMany(ids);
  }

  @Query(() => [CareAndSupportPlanType], {
    description:
      'The joint plans of others a person is the other person of (R7; usually as their carer), every version, oldest first: the other side of `CareAndSupportPlan.jointPerson`. Empty for a person of another council. Roles: PRACTITIONER, TEAM_MANAGER, PANEL_MEMBER, FINANCE_OFFICER, SERVICE.',
  })
  @Authorized(...CASEWORK_ROLES)
  jointPlansOf(@Arg('personId', () => ID, { description: 'The other person of the joint plans.' }) personId: string, @Ctx() ctx: SubgraphContext): Promise<CareAndSupportPlan[]> {
    return new PlanService(ctx).jointWith(personId);
  }

  @Query(() => CareAndSupportPlanConnection, {
    description: 'Your council’s plans waiting for approval by an approver or the panel, oldest plan first, a page at a time (R8). Roles: TEAM_MANAGER, PANEL_MEMBER, FINANCE_OFFICER.',
  })
  @Authorized(Role.TEAM_MANAGER, Role.PANEL_MEMBER, Role.FINANCE_OFFICER)
  async plansAwaitingApproval(@Ctx() ctx: SubgraphContext, @Args(() => PageArgs) page: PageArgs) {
    return connection(await new PlanService(ctx).queue(PlanStatus.AWAITING_APPROVAL, page));
  }

  @Query(() => CareAndSupportPlanConnection, {
    description:
      'Plans proposed but not yet agreed whose consideration period has ended (R9), longest overdue first, a page at a time: they need following up with the person. Roles: PRACTITIONER, TEAM_MANAGER.',
  })
  @Authorized(Role.PRACTITIONER, Role.TEAM_MANAGER)
  async plansPastConsideration(@Ctx() ctx: SubgraphContext, @Args(() => PageArgs) page: PageArgs) {
    return connection(await new PlanService(ctx).pastConsideration(page));
  }

  @Query(() => CareAndSupportPlanConnection, {
    description:
      'Active plans a practitioner is responsible for (the practitioner who drafted them), oldest plan first, a page at a time; yours when no practitioner is given. Roles: PRACTITIONER, TEAM_MANAGER.',
  })
  @Authorized(Role.PRACTITIONER, Role.TEAM_MANAGER)
  async activePlans(
    @Ctx() ctx: SubgraphContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('practitionerUserId', () => String, { nullable: true, description: 'The practitioner’s sign-in (token subject); you when left out.' }) practitionerUserId?: string,
  ) {
    return connection(await new PlanService(ctx).queue(PlanStatus.ACTIVE, page, practitionerUserId ?? ctx.identity.userId));
  }

  @Mutation(() => CareAndSupportPlanType, {
    description:
      'Starts a DRAFT plan for a person, with you as the responsible practitioner. The assessment must be of the same person; a joint plan needs both people’s consent (R7). Roles: PRACTITIONER, TEAM_MANAGER, SERVICE.',
  })
  @Authorized(...WRITERS)
  createPlan(@Arg('input', () => CreatePlanInput, { description: 'The person, and optionally the assessment, kind and joint person.' }) input: CreatePlanInput, @Ctx() ctx: SubgraphContext): Promise<CareAndSupportPlan> {
    return new PlanService(ctx).draft(input);
  }

  @FieldResolver(() => CareAndSupportPlanType, {
    nullable: true,
    description: 'The next version being prepared while this one stays in force; it replaces this one when agreed (R9).',
  })
  revision(@Root() plan: CareAndSupportPlan, @Ctx() ctx: SubgraphContext): Promise<CareAndSupportPlan | null> {
    return new PlanLifecycleService(ctx).revisionOf(plan.id);
  }

  @FieldResolver(() => CareAndSupportPlanType, {
    nullable: true,
    description:
      'While this plan is not yet agreed: the plan in force it replaces once agreed (R9) — the version it revises, or else the person’s plan of its kind in force, such as one continuing another council’s after a move — whose final budget a lower one of this plan’s cuts, so needs a reassessment and reasons (R12). Null when there is none, and once this plan is agreed (`previousVersionId` still names the version a revision revised).',
  })
  async replaces(@Root() plan: CareAndSupportPlan, @Ctx() ctx: SubgraphContext): Promise<CareAndSupportPlan | null> {
    return (await new PlanLifecycleService(ctx).replacedBy(plan))[0] ?? null;
  }

  @FieldResolver(() => PersonRef, { description: 'The person whose plan it is (for a carer’s support plan, the carer).' })
  person(@Root() plan: CareAndSupportPlan): PersonRef {
    return { id: plan.personId };
  }

  @FieldResolver(() => PersonRef, { nullable: true, description: 'For a joint plan, the other person (usually a carer), who consented to it (R7); null otherwise.' })
  jointPerson(@Root() plan: CareAndSupportPlan): PersonRef | null {
    return plan.jointPersonId ? { id: plan.jointPersonId } : null;
  }

  @FieldResolver(() => NeedsAssessmentRef, { nullable: true, description: 'The assessment whose eligible needs the plan meets; null when the plan was drafted without one.' })
  assessment(@Root() plan: CareAndSupportPlan): NeedsAssessmentRef | null {
    return plan.assessmentId ? { id: plan.assessmentId } : null;
  }
}

@Resolver(() => PersonRef)
export class PersonPlansResolver {
  @FieldResolver(() => [CareAndSupportPlanType], { description: 'Every plan of the person, every version included, oldest first.' })
  plans(@Root() person: PersonRef, @Ctx() ctx: SubgraphContext, @Info() info: GraphQLResolveInfo): Promise<CareAndSupportPlan[]> {
    return withReadAhead(info, new PlanContentService(ctx).readsAheadForPerson(person.id, 'every'), () => new PlanService(ctx).forPerson(person.id));
  }

  @FieldResolver(() => CareAndSupportPlanType, {
    nullable: true,
    description: 'The person’s current plan: the newest in force (agreed, active or under review), else the newest being prepared; never a revised, closed or withdrawn one. Null when there is none.',
  })
  currentPlan(@Root() person: PersonRef, @Ctx() ctx: SubgraphContext, @Info() info: GraphQLResolveInfo): Promise<CareAndSupportPlan | null> {
    return withReadAhead(info, new PlanContentService(ctx).readsAheadForPerson(person.id, 'current'), () => new PlanService(ctx).currentFor(person.id));
  }
}

@Resolver(() => NeedsAssessmentRef)
export class AssessmentPlanResolver {
  @FieldResolver(() => CareAndSupportPlanType, {
    nullable: true,
    description: 'The current plan drawn from this assessment: the newest in force, else the newest being prepared; null when there is none.',
  })
  plan(@Root() assessment: NeedsAssessmentRef, @Ctx() ctx: SubgraphContext): Promise<CareAndSupportPlan | null> {
    return new PlanService(ctx).forAssessment(assessment.id);
  }
}
