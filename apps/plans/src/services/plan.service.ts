import { BadUserInput, LocalDate, PlanStatus, assertPlanConsents, currentPlan, planConsents } from '@careplan/domain';
import { createdOrder, isUuid, keysetPage, loadVisible, loadVisibleBy, lookupInGraph, type Keyset, type Page, type PageArgs, type SubgraphContext } from '@careplan/subgraph-kit';
import { MAX_PAGE } from '@careplan/runtime';
import { CareAndSupportPlan } from '../entities/care-and-support-plan.entity';
import { PlanAssessmentDocument, PlanPersonDocument } from '../graph/generated';
import type { CreatePlanInput } from '../graphql/types';

/** Plans by the day their consideration period ended, then id. */
const CONSIDERATION_ORDER: Keyset<CareAndSupportPlan> = { keys: [{ sql: 'p.consideration_ends', of: (plan) => plan.considerationEnds!, kind: 'date' }], id: 'p.id' };

export class PlanService {
  constructor(private readonly ctx: SubgraphContext) {}

  get(id: string): Promise<CareAndSupportPlan | null> {
    return loadVisible(this.ctx, CareAndSupportPlan, id);
  }

  getMany(ids: readonly string[]): Promise<Array<CareAndSupportPlan | null>> {
    if (ids.length < 1 || ids.length > MAX_PAGE) throw new BadUserInput('ids', `ask for 1 to ${MAX_PAGE} plans`);
    return Promise.all(ids.map((id) => this.get(id)));
  }

  forPerson(personId: string): Promise<CareAndSupportPlan[]> {
    return loadVisibleBy(this.ctx, CareAndSupportPlan, 'personId', personId);
  }

  /** R7: the joint plans of others the person is the other person of. */
  jointWith(personId: string): Promise<CareAndSupportPlan[]> {
    if (!isUuid(personId)) throw new BadUserInput('personId', 'personId must be an id this API issued');
    return loadVisibleBy(this.ctx, CareAndSupportPlan, 'jointPersonId', personId);
  }

  async currentFor(personId: string): Promise<CareAndSupportPlan | null> {
    return currentPlan(await this.forPerson(personId));
  }

  async forAssessment(assessmentId: string): Promise<CareAndSupportPlan | null> {
    return currentPlan(await loadVisibleBy(this.ctx, CareAndSupportPlan, 'assessmentId', assessmentId));
  }

  /** A page of the authority's plans matching `where` (on plans aliased `p`), audited as read. */
  private async page(where: string, params: Record<string, unknown>, order: Keyset<CareAndSupportPlan>, args: PageArgs): Promise<Page<CareAndSupportPlan>> {
    const q = (await this.ctx.db.manager()).createQueryBuilder(CareAndSupportPlan, 'p').where('p.authority_code = :authority', { authority: this.ctx.identity.authority }).andWhere(where, params);
    const page = await keysetPage(q, order, args);
    this.ctx.audit.read(...page.rows.map((r) => r.personId));
    return page;
  }

  /** A work queue: the authority's plans in one status, oldest first (optionally one practitioner's). */
  queue(status: PlanStatus, args: PageArgs, responsibleUserId?: string | null): Promise<Page<CareAndSupportPlan>> {
    return responsibleUserId
      ? this.page('p.status = :status AND p.responsible_user_id = :responsibleUserId', { status, responsibleUserId }, createdOrder('p'), args)
      : this.page('p.status = :status', { status }, createdOrder('p'), args);
  }

  /** R9: proposed plans whose consideration period has ended without agreement, longest overdue first: they need following up. */
  pastConsideration(args: PageArgs): Promise<Page<CareAndSupportPlan>> {
    return this.page(
      'p.status IN (:...statuses) AND p.consideration_ends < :today',
      { statuses: [PlanStatus.PROPOSED, PlanStatus.AWAITING_APPROVAL, PlanStatus.APPROVED], today: LocalDate.today().toString() },
      CONSIDERATION_ORDER,
      args,
    );
  }

  async draft(input: CreatePlanInput): Promise<CareAndSupportPlan> {
    const person = await lookupInGraph(this.ctx, PlanPersonDocument, input.personId, 'personId');
    if (input.assessmentId) {
      const assessment = await lookupInGraph(this.ctx, PlanAssessmentDocument, input.assessmentId, 'assessmentId');
      if (assessment.person.id !== input.personId) {
        throw new BadUserInput('assessmentId', 'assessmentId is an assessment of a different person');
      }
    }
    if (input.jointPersonId) {
      if (input.jointPersonId === input.personId) throw new BadUserInput('jointPersonId', 'a joint plan is of two different people');
      const other = await lookupInGraph(this.ctx, PlanPersonDocument, input.jointPersonId, 'jointPersonId');
      assertPlanConsents(planConsents({ joint: true, combined: false }, person.consents, other.consents));
    }
    const manager = await this.ctx.db.manager();
    const plan = await manager.save(
      manager.create(CareAndSupportPlan, {
        jointPersonId: input.jointPersonId ?? null,
        authorityCode: this.ctx.identity.authority,
        personId: input.personId,
        assessmentId: input.assessmentId ?? null,
        kind: input.kind,
        status: PlanStatus.DRAFT,
        responsibleUserId: this.ctx.identity.userId,
      }),
    );
    this.ctx.audit.wrote(plan.personId);
    await this.ctx.outbox.record('PlanDrafted', { planId: plan.id, personId: plan.personId });
    return plan;
  }
}
