import { In, LessThan } from 'typeorm';
import { BadUserInput, ConsentPurpose, LocalDate, PlanStatus, assertPlanConsents, currentPlan, hasStandingConsent } from '@careplan/domain';
import { loadVisible, loadVisibleBy, lookupInGraph, pageSize, type SubgraphContext } from '@careplan/subgraph-kit';
import { MAX_PAGE } from '@careplan/runtime';
import { CareAndSupportPlan } from '../entities/care-and-support-plan.entity';
import { PlanAssessmentDocument, PlanPersonDocument } from '../graph/generated';
import type { CreatePlanInput } from '../graphql/types';

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

  async currentFor(personId: string): Promise<CareAndSupportPlan | null> {
    return currentPlan(await this.forPerson(personId));
  }

  async forAssessment(assessmentId: string): Promise<CareAndSupportPlan | null> {
    return currentPlan(await loadVisibleBy(this.ctx, CareAndSupportPlan, 'assessmentId', assessmentId));
  }

  /** A work queue: the authority's plans in one status, oldest first (optionally one practitioner's). */
  async queue(status: PlanStatus, first: number | null | undefined, responsibleUserId?: string | null): Promise<CareAndSupportPlan[]> {
    const manager = await this.ctx.db.manager();
    const rows = await manager.find(CareAndSupportPlan, {
      where: { authorityCode: this.ctx.identity.authority, status, ...(responsibleUserId ? { responsibleUserId } : {}) },
      order: { createdAt: 'ASC', id: 'ASC' },
      take: pageSize(first),
    });
    this.ctx.audit.read(...rows.map((r) => r.personId));
    return rows;
  }

  /** R9: proposed plans whose consideration period has ended without agreement: they need following up. */
  async pastConsideration(first: number | null | undefined): Promise<CareAndSupportPlan[]> {
    const manager = await this.ctx.db.manager();
    const rows = await manager.find(CareAndSupportPlan, {
      where: {
        authorityCode: this.ctx.identity.authority,
        status: In([PlanStatus.PROPOSED, PlanStatus.AWAITING_APPROVAL, PlanStatus.APPROVED]),
        considerationEnds: LessThan(LocalDate.today().toString()),
      },
      order: { considerationEnds: 'ASC', id: 'ASC' },
      take: pageSize(first),
    });
    this.ctx.audit.read(...rows.map((r) => r.personId));
    return rows;
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
      assertPlanConsents('joint', [
        { who: 'the person', stands: hasStandingConsent(person.consents, ConsentPurpose.JOINT_PLAN) },
        { who: 'the other person', stands: hasStandingConsent(other.consents, ConsentPurpose.JOINT_PLAN) },
      ]);
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
