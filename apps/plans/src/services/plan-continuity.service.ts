import { BadUserInput, Conflict, HandoverStatus, PLAN_TEXT_SECTIONS, LocalDate, PlanClosureReason, PlanKind, PlanStatus, PlanWithdrawalReason, RuleViolation, moveDateReached, needsInterimArrangement, type SupportKind } from '@careplan/domain';
import { askGraph, loadVisibleBy, type SubgraphContext } from '@careplan/subgraph-kit';
import { CareAndSupportPlan } from '../entities/care-and-support-plan.entity';
import { PlanOutcome } from '../entities/plan-outcome.entity';
import { SupportItemRecord } from '../entities/support-item.entity';
import { ContinuityFactsDocument, MoveFactsDocument } from '../graph/generated';
import { PlanLifecycleService } from './plan-lifecycle.service';

/** The plan sections a shared plan may carry, by the field they come from. */
const SECTIONS = new Set<string>(PLAN_TEXT_SECTIONS);

/** R22: the two plan steps a move makes, each taken by the worker for the council whose step it is. */
export class PlanContinuityService {
  constructor(private readonly ctx: SubgraphContext) {}

  /**
   * R22 (receiving council): on the move date, with no assessment of its own yet, it meets the needs in the
   * sending council's plan from the day of arrival: an active plan continuing that one, with its budget.
   * Once per handover: a retried step returns the plan already there.
   */
  async start(handoverId: string): Promise<CareAndSupportPlan> {
    const { handover: h } = await askGraph(this.ctx, ContinuityFactsDocument, { id: handoverId });
    if (!h || h.direction !== 'INCOMING' || !h.person) throw new BadUserInput('handoverId', 'handoverId is not a move into your council');
    const manager = await this.ctx.db.manager();
    const existing = await manager.findOneBy(CareAndSupportPlan, { authorityCode: this.ctx.identity.authority, continuesHandoverId: h.id });
    if (existing) return existing;
    if (h.status !== HandoverStatus.SHARED && h.status !== HandoverStatus.ARRIVED) throw new Conflict(`a handover that is ${h.status.toLowerCase().replace(/_/g, ' ')} puts no plan in place`);
    const shared = h.continuityFrom;
    if (!shared || !needsInterimArrangement({ duty: h.continuityDuty, assessed: Boolean(h.secondAssessment), planShared: true })) {
      throw new RuleViolation('R22', 'no plan is put in place on arrival: the council has assessed, no plan was shared, or no continuity duty applies to this pair of nations');
    }
    if (!moveDateReached(h.moveDate, LocalDate.today())) throw new RuleViolation('R22', `the move date (${h.moveDate}) has not come yet`);
    const sections = Object.fromEntries(shared.sections.filter((s) => SECTIONS.has(s.key)).map((s) => [s.key, s.text]));
    const plan = await manager.save(
      manager.create(CareAndSupportPlan, {
        ...sections,
        authorityCode: this.ctx.identity.authority,
        personId: h.person.id,
        assessmentId: null,
        kind: shared.kind as PlanKind,
        status: PlanStatus.ACTIVE,
        activatedOn: h.moveDate,
        responsibleUserId: h.contacts.to.userId,
        continuesHandoverId: h.id,
        continuesAuthorityCode: h.fromAuthority.code,
        continuesPlanId: shared.planId,
        continuityWeeklyBudgetPence: shared.weeklyBudgetPence,
      }),
    );
    for (const inOwnWords of shared.outcomes) await manager.insert(PlanOutcome, { authorityCode: plan.authorityCode, planId: plan.id, inOwnWords });
    for (const item of shared.supportItems) {
      await manager.insert(SupportItemRecord, {
        authorityCode: plan.authorityCode,
        planId: plan.id,
        need: item.need,
        kind: item.kind as SupportKind,
        description: item.description,
        provider: item.provider,
        schedule: item.schedule,
        serviceType: item.serviceType as SupportItemRecord['serviceType'],
        deliveryMechanism: item.deliveryMechanism as SupportItemRecord['deliveryMechanism'],
        outcomeIds: [],
      });
    }
    this.ctx.audit.wrote(plan.personId);
    await this.ctx.outbox.record('ContinuityPlanStarted', { planId: plan.id, personId: plan.personId, handoverId: h.id });
    return plan;
  }

  /**
   * R22 (sending council): once the person has arrived, its plans in force end on the move date, closed
   * as "moved to another council" with no review, and those not yet agreed are withdrawn (R9). Plans
   * already closed or withdrawn are left as they are, but for those a death since found recorded in error ended.
   */
  async closeOnMove(handoverId: string): Promise<CareAndSupportPlan[]> {
    const { handover: h } = await askGraph(this.ctx, MoveFactsDocument, { id: handoverId });
    if (!h || h.direction !== 'OUTGOING') throw new BadUserInput('handoverId', 'handoverId is not a move out of your council');
    if (h.status !== HandoverStatus.ARRIVED) throw new RuleViolation('R22', 'plans end on a move only once the move date has come');
    // A notice the council never matched names none of its people: it has nothing to end.
    if (!h.person) return [];
    const why = { closure: PlanClosureReason.MOVED_TO_ANOTHER_COUNCIL, withdrawal: PlanWithdrawalReason.MOVED_TO_ANOTHER_COUNCIL };
    const details = `Moved to the area of ${h.toAuthority.name} on ${h.moveDate}.`;
    const lifecycle = new PlanLifecycleService(this.ctx);
    // A death found recorded in error brought the move back; the plans it ended, not yet back, end as moved instead.
    const diedInError = h.person.dateOfDeath ? [] : await lifecycle.movedInsteadOfDied(h.person.id, h.moveDate, details);
    return [...diedInError, ...(await lifecycle.endAll(h.person.id, h.moveDate, why, details))];
  }
}
