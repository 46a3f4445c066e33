import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { AgreementParty, Role } from '@careplan/domain';
import type { SubgraphContext } from '@careplan/subgraph-kit';
import type { CareAndSupportPlan } from '../entities/care-and-support-plan.entity';
import { PlanLifecycleService } from '../services/plan-lifecycle.service';
import { PanelDecisionInput, PlanDecisionType } from './lifecycle.types';
import { CareAndSupportPlanType } from './types';

const WRITERS = [Role.PRACTITIONER, Role.TEAM_MANAGER, Role.SERVICE];
const APPROVERS = [Role.TEAM_MANAGER, Role.PANEL_MEMBER];

/** Each step of the plan's lifecycle is one mutation stating the version it edits. */
@Resolver(() => CareAndSupportPlanType)
export class PlanLifecycleResolver {
  @FieldResolver(() => [PlanDecisionType])
  decisions(@Root() plan: CareAndSupportPlan, @Ctx() ctx: SubgraphContext) {
    return new PlanLifecycleService(ctx).decisions(plan.id);
  }

  @Mutation(() => CareAndSupportPlanType, { description: 'Proposes the plan to the person; their consideration period starts (R9).' })
  @Authorized(...WRITERS)
  proposePlan(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: SubgraphContext) {
    return new PlanLifecycleService(ctx).propose(id, version);
  }

  @Mutation(() => CareAndSupportPlanType, { description: 'Submits for approval; the annual cost decides the route (R8).' })
  @Authorized(...WRITERS)
  submitPlanForApproval(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: SubgraphContext,
    @Arg('unusual', { defaultValue: false, description: 'Send to the panel whatever it costs.' }) unusual: boolean,
  ) {
    return new PlanLifecycleService(ctx).submitForApproval(id, version, unusual);
  }

  @Mutation(() => CareAndSupportPlanType, { description: 'Approves within your approval limit (R8).' })
  @Authorized(...APPROVERS)
  approvePlan(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: SubgraphContext) {
    return new PlanLifecycleService(ctx).approve(id, version);
  }

  @Mutation(() => CareAndSupportPlanType)
  @Authorized(...APPROVERS)
  returnPlan(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('reasons') reasons: string, @Ctx() ctx: SubgraphContext) {
    return new PlanLifecycleService(ctx).returnForChanges(id, version, reasons);
  }

  @Mutation(() => CareAndSupportPlanType, { description: 'Records the panel’s decision (R8).' })
  @Authorized(Role.PANEL_MEMBER, Role.TEAM_MANAGER)
  recordPanelDecision(@Arg('input', () => PanelDecisionInput) input: PanelDecisionInput, @Ctx() ctx: SubgraphContext) {
    return new PlanLifecycleService(ctx).recordPanelDecision(input);
  }

  @Mutation(() => CareAndSupportPlanType, { description: 'The person or their representative agrees: sign-off (guards R5/R5w, R2a, R11).' })
  @Authorized(...WRITERS)
  agreePlan(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('party', () => AgreementParty) party: AgreementParty,
    @Ctx() ctx: SubgraphContext,
  ) {
    return new PlanLifecycleService(ctx).agree(id, version, party);
  }

  @Mutation(() => PlanDecisionType, { description: 'Records a disagreement with reasons (R9).' })
  @Authorized(...WRITERS)
  recordPlanDisagreement(
    @Arg('planId', () => ID) planId: string,
    @Arg('party', () => AgreementParty) party: AgreementParty,
    @Arg('reasons') reasons: string,
    @Ctx() ctx: SubgraphContext,
  ) {
    return new PlanLifecycleService(ctx).recordDisagreement(planId, party, reasons);
  }

  @Mutation(() => CareAndSupportPlanType)
  @Authorized(...WRITERS)
  activatePlan(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: SubgraphContext) {
    return new PlanLifecycleService(ctx).activate(id, version);
  }

  @Mutation(() => CareAndSupportPlanType)
  @Authorized(...WRITERS)
  startPlanReview(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: SubgraphContext) {
    return new PlanLifecycleService(ctx).startReview(id, version);
  }

  @Mutation(() => CareAndSupportPlanType, { description: 'Makes a new draft version; this one stays readable as REVISED.' })
  @Authorized(...WRITERS)
  revisePlan(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: SubgraphContext) {
    return new PlanLifecycleService(ctx).revise(id, version);
  }

  @Mutation(() => CareAndSupportPlanType, { description: 'Closes a plan under review (R17).' })
  @Authorized(...WRITERS)
  closePlan(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('reason') reason: string, @Ctx() ctx: SubgraphContext) {
    return new PlanLifecycleService(ctx).close(id, version, reason);
  }
}
