import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Role } from '@careplan/domain';
import type { SubgraphContext } from '@careplan/subgraph-kit';
import type { CareAndSupportPlan } from '../entities/care-and-support-plan.entity';
import { PlanLifecycleService } from '../services/plan-lifecycle.service';
import {
  ActivatePlanInput,
  AgreePlanInput,
  ApprovePlanInput,
  ClosePlanAfterReviewInput,
  ClosePlanInput,
  ClosePlansOnDeathInput,
  CorrectPlansEndedByDeathInput,
  FollowReviewInput,
  PanelDecisionInput,
  PlanClosureLetterType,
  PlanDecisionType,
  ProposePlanInput,
  RecordPlanDisagreementInput,
  ReinstatePlansEndedByDeathInput,
  ReturnPlanInput,
  RevisePlanInput,
  SubmitPlanForApprovalInput,
  WithdrawPlanInput,
} from './lifecycle.types';
import { CareAndSupportPlanType, ReviewRef } from './types';

const WRITERS = [Role.PRACTITIONER, Role.TEAM_MANAGER, Role.SERVICE];
const APPROVERS = [Role.TEAM_MANAGER, Role.PANEL_MEMBER];
const STEP_ARG = { description: 'The plan and the version you read.' };
const WRITER_ROLES = 'Roles: PRACTITIONER, TEAM_MANAGER, SERVICE.';

/** Each step of the plan's lifecycle is one mutation stating the version it edits. */
@Resolver(() => CareAndSupportPlanType)
export class PlanLifecycleResolver {
  @FieldResolver(() => [PlanDecisionType], { description: 'Panel decisions and recorded disagreements on this plan version, oldest first (R8, R9).' })
  decisions(@Root() plan: CareAndSupportPlan, @Ctx() ctx: SubgraphContext) {
    return new PlanLifecycleService(ctx).decisions(plan.id);
  }

  @Mutation(() => CareAndSupportPlanType, {
    description: `Proposes a DRAFT or RETURNED plan to the person: it becomes PROPOSED and their consideration period starts, the council’s own or 14 days (R9). ${WRITER_ROLES}`,
  })
  @Authorized(...WRITERS)
  proposePlan(@Arg('input', () => ProposePlanInput, STEP_ARG) input: ProposePlanInput, @Ctx() ctx: SubgraphContext) {
    return new PlanLifecycleService(ctx).propose(input.id, input.version);
  }

  @Mutation(() => CareAndSupportPlanType, {
    description: `Submits a PROPOSED plan for approval (or an APPROVED one again, e.g. when its final cost goes beyond what was approved). It needs a personal budget (R11); its annual cost (the final weekly amount, else the indicative one, × 52) decides the route: an approver whose limit covers it, or the panel (R8). ${WRITER_ROLES}`,
  })
  @Authorized(...WRITERS)
  submitPlanForApproval(@Arg('input', () => SubmitPlanForApprovalInput, { description: 'The plan, its version and whether it is unusual.' }) input: SubmitPlanForApprovalInput, @Ctx() ctx: SubgraphContext) {
    return new PlanLifecycleService(ctx).submitForApproval(input.id, input.version, input.unusual);
  }

  @Mutation(() => CareAndSupportPlanType, {
    description:
      'Approves a plan AWAITING_APPROVAL within your approval limit (R8). Refused when your limit is below its annualCostPence, or when the plan is for the panel (flagged unusual, or costing more than any individual may approve). Roles: TEAM_MANAGER, PANEL_MEMBER.',
  })
  @Authorized(...APPROVERS)
  approvePlan(@Arg('input', () => ApprovePlanInput, STEP_ARG) input: ApprovePlanInput, @Ctx() ctx: SubgraphContext) {
    return new PlanLifecycleService(ctx).approve(input.id, input.version);
  }

  @Mutation(() => CareAndSupportPlanType, {
    description:
      'Returns a plan AWAITING_APPROVAL or APPROVED for changes, with the reasons: it becomes RETURNED and can be edited and proposed again (R8, R9). Roles: TEAM_MANAGER, PANEL_MEMBER.',
  })
  @Authorized(...APPROVERS)
  returnPlan(@Arg('input', () => ReturnPlanInput, { description: 'The plan, its version and what needs to change.' }) input: ReturnPlanInput, @Ctx() ctx: SubgraphContext) {
    return new PlanLifecycleService(ctx).returnForChanges(input.id, input.version, input.reasons);
  }

  @Mutation(() => CareAndSupportPlanType, {
    description:
      'Records the panel’s decision on a plan sent to the panel (flagged unusual, or costing more than any individual may approve), with its members, reasons and how long the plan waited: approved, or returned for changes (R8, R2c). Roles: PANEL_MEMBER, TEAM_MANAGER.',
  })
  @Authorized(Role.PANEL_MEMBER, Role.TEAM_MANAGER)
  recordPanelDecision(@Arg('input', () => PanelDecisionInput, { description: 'The decision, members and reasons.' }) input: PanelDecisionInput, @Ctx() ctx: SubgraphContext) {
    return new PlanLifecycleService(ctx).recordPanelDecision(input);
  }

  @Mutation(() => CareAndSupportPlanType, {
    description: `Records that the person or their representative agrees an APPROVED plan: it is signed off (AGREED), and the plan it replaces becomes REVISED: the version it revises, or else the person’s other plan of the same kind in force, such as one continuing another council’s after a move, whose revision being prepared, if any, is withdrawn (R9, R22), and the first planned review is scheduled (R13). A joint plan is agreed by its other person too (jointParty; RULE_VIOLATION R9 without it, R7 once they have died). Refused for the person themself (or the other person) when the latest capacity assessment finds they lack capacity to agree it (R2), and until the plan holds every R5 (England) or R5w (Wales) item, an advocate is recorded where one is required (R2a), the budget is final and covers every support item (R11), and the final cost is within what was approved or the approver’s limit (R8). ${WRITER_ROLES}`,
  })
  @Authorized(...WRITERS)
  agreePlan(@Arg('input', () => AgreePlanInput, { description: 'The plan, its version and who agrees it.' }) input: AgreePlanInput, @Ctx() ctx: SubgraphContext) {
    return new PlanLifecycleService(ctx).agree(input);
  }

  @Mutation(() => PlanDecisionType, {
    description: `Records a disagreement with a plan that is proposed but not yet agreed, with reasons (R9); the plan’s status does not change and support continues meanwhile. When the council disagrees, the complaints procedure is signposted. The other person of a joint plan may disagree with it too (byJointPerson; R7). ${WRITER_ROLES}`,
  })
  @Authorized(...WRITERS)
  recordPlanDisagreement(@Arg('input', () => RecordPlanDisagreementInput, { description: 'The plan, who disagrees and why.' }) input: RecordPlanDisagreementInput, @Ctx() ctx: SubgraphContext) {
    return new PlanLifecycleService(ctx).recordDisagreement(input);
  }

  @Mutation(() => CareAndSupportPlanType, { description: `Marks an AGREED plan ACTIVE: the support is arranged. ${WRITER_ROLES}` })
  @Authorized(...WRITERS)
  activatePlan(@Arg('input', () => ActivatePlanInput, STEP_ARG) input: ActivatePlanInput, @Ctx() ctx: SubgraphContext) {
    return new PlanLifecycleService(ctx).activate(input.id, input.version);
  }

  @Mutation(() => CareAndSupportPlanType, {
    description:
      'The plan follows its reviews (the worker calls this when a review starts or is completed without change; no one else puts a plan under review): STARTED puts an ACTIVE plan UNDER_REVIEW while one of its reviews is in progress, UNCHANGED puts an UNDER_REVIEW plan back to ACTIVE once its latest completed review changed nothing (R17). Otherwise the plan is returned unchanged, so repeating it is harmless. SERVICE only.',
  })
  @Authorized(Role.SERVICE)
  followReview(@Arg('input', () => FollowReviewInput, { description: 'The plan and what happened to its review.' }) input: FollowReviewInput, @Ctx() ctx: SubgraphContext) {
    return new PlanLifecycleService(ctx).followReview(input.planId, input.review);
  }

  @Mutation(() => CareAndSupportPlanType, {
    description: `Starts a revision of an ACTIVE or UNDER_REVIEW plan and returns it: a new DRAFT version (planVersion + 1) carrying this one’s sections, outcomes and support forward. This version stays in force until the revision is agreed, then becomes REVISED (R9). One revision at a time: a second is a CONFLICT. ${WRITER_ROLES}`,
  })
  @Authorized(...WRITERS)
  revisePlan(@Arg('input', () => RevisePlanInput, STEP_ARG) input: RevisePlanInput, @Ctx() ctx: SubgraphContext) {
    return new PlanLifecycleService(ctx).revise(input.id, input.version);
  }

  @Mutation(() => CareAndSupportPlanType, {
    description: `Closes a plan in force (AGREED, ACTIVE or UNDER_REVIEW) without a review, because the person died or moved to another council, with what happened; returns it CLOSED, kept as history (R17); a revision of it being prepared is withdrawn (R9). For a death it closes on the date of death the person’s record holds (RULE_VIOLATION R17 when none is recorded; recording one with \`updatePerson\` closes the plans by itself). Otherwise a plan closes only when its review is completed with outcome CLOSE: AFTER_REVIEW here is RULE_VIOLATION R17. ${WRITER_ROLES}`,
  })
  @Authorized(...WRITERS)
  closePlan(@Arg('input', () => ClosePlanInput, { description: 'The plan, its version, why it closes and what happened.' }) input: ClosePlanInput, @Ctx() ctx: SubgraphContext) {
    return new PlanLifecycleService(ctx).close(input);
  }

  @Mutation(() => CareAndSupportPlanType, {
    description: `Withdraws a plan that was never agreed (DRAFT, PROPOSED, AWAITING_APPROVAL, APPROVED or RETURNED), because the person declined it, it is no longer needed or they moved to another council’s area, with what happened; returns it WITHDRAWN, kept as history and never current (R9). Its budget ends that day and any direct payment set up under it with it (R12a). A revision withdrawn leaves the version in force as it is. A plan in force is closed, not withdrawn (CONFLICT); a recorded death, a move made through a handover, or the closure of the version a revision revises withdraws plans by itself (DIED and REVISED_PLAN_ENDED are RULE_VIOLATION R9 here). ${WRITER_ROLES}`,
  })
  @Authorized(...WRITERS)
  withdrawPlan(@Arg('input', () => WithdrawPlanInput, { description: 'The plan, its version, why it is withdrawn and what happened.' }) input: WithdrawPlanInput, @Ctx() ctx: SubgraphContext) {
    return new PlanLifecycleService(ctx).withdraw(input);
  }

  @Mutation(() => CareAndSupportPlanType, {
    description:
      'Closes a plan after its review was completed with outcome CLOSE (the worker calls this): CLOSED with the review’s reasons, recording the review, and a closure letter issued in the person’s format (R17, R2b); a revision of it being prepared is withdrawn (R9). A plan already closed after that review is returned as it is, so repeating it is harmless. A review that is not a completed CLOSE review of this plan is RULE_VIOLATION R17. SERVICE only.',
  })
  @Authorized(Role.SERVICE)
  closePlanAfterReview(@Arg('input', () => ClosePlanAfterReviewInput, { description: 'The plan and the review it closes after.' }) input: ClosePlanAfterReviewInput, @Ctx() ctx: SubgraphContext) {
    return new PlanLifecycleService(ctx).closeAfterReview(input);
  }

  @Mutation(() => [CareAndSupportPlanType], {
    description:
      'R17 (the worker, once a date of death is recorded on the person): closes the person’s plans in force on the date of death as DIED, with no review; their budgets and direct payments end that day (R12a) and their open reviews are cancelled. Plans not yet agreed are withdrawn that day (R9). Returns those it closed or withdrew: none when all have ended already, or when the person’s record holds no date of death (removed since as recorded in error). SERVICE only.',
  })
  @Authorized(Role.SERVICE)
  closePlansOnDeath(@Arg('input', () => ClosePlansOnDeathInput, { description: 'The person who died.' }) input: ClosePlansOnDeathInput, @Ctx() ctx: SubgraphContext) {
    return new PlanLifecycleService(ctx).closeOnDeath(input.personId);
  }

  @Mutation(() => [CareAndSupportPlanType], {
    description:
      'R17 R9 (the worker, once a date of death is removed from the person’s record as recorded in error): the plans the death ended — closed or withdrawn as DIED — return to the status they ended from, with `reinstatedOn` and `reinstatedReason`; their budgets, direct payments and reviews follow (R12a, R13). Returns those reinstated: none while the record holds a date of death, and none when asked again. SERVICE only.',
  })
  @Authorized(Role.SERVICE)
  reinstatePlansEndedByDeath(@Arg('input', () => ReinstatePlansEndedByDeathInput, { description: 'The person whose date of death was removed.' }) input: ReinstatePlansEndedByDeathInput, @Ctx() ctx: SubgraphContext) {
    return new PlanLifecycleService(ctx).reinstateEndedByDeath(input.personId);
  }

  @Mutation(() => [CareAndSupportPlanType], {
    description:
      'R17 R9 (the worker, once a date of death is corrected on the person’s record): the plans the death ended — closed or withdrawn as DIED — end on the date the record now holds (`closedOn` or `withdrawnOn`; the words the system wrote follow, a practitioner’s own are kept), and their budgets and the direct payments that ended with them end that day too (R12a). Returns those moved: none while the record holds no date of death, and none when asked again. SERVICE only.',
  })
  @Authorized(Role.SERVICE)
  correctPlansEndedByDeath(@Arg('input', () => CorrectPlansEndedByDeathInput, { description: 'The person whose date of death was corrected.' }) input: CorrectPlansEndedByDeathInput, @Ctx() ctx: SubgraphContext) {
    return new PlanLifecycleService(ctx).redateEndedByDeath(input.personId);
  }

  @FieldResolver(() => ReviewRef, { nullable: true, description: 'The completed review (outcome CLOSE) this plan was closed after (R17); null unless it was.' })
  closedAfterReview(@Root() plan: CareAndSupportPlan): ReviewRef | null {
    return plan.closedAfterReviewId ? { id: plan.closedAfterReviewId } : null;
  }

  @FieldResolver(() => PlanClosureLetterType, { nullable: true, description: 'The letter telling the person the plan closed after a review, as issued (R17, R2b); null unless it was.' })
  closureLetter(@Root() plan: CareAndSupportPlan, @Ctx() ctx: SubgraphContext) {
    return new PlanLifecycleService(ctx).closureLetter(plan.id);
  }
}
