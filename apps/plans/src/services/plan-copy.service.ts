import { BadUserInput, ConsentPurpose, LocalDate, Money, needWords, planHeading, planSections, renderPlanHtml, voiceOf, type PlanDocument } from '@careplan/domain';
import { callerNation, loadForChange, manyBy, type SubgraphContext, issuedDocumentColumns } from '@careplan/subgraph-kit';
import { CareAndSupportPlan } from '../entities/care-and-support-plan.entity';
import { PlanCopy } from '../entities/plan-copy.entity';
import type { IssuePlanCopyInput } from '../graphql/copy.resolver';
import { PlanContentService } from './plan-content.service';
import { needsInPlan, planFacts } from './plan-facts';
import { renderPlanPdf } from './plan-pdf';

/** How a copy to the other person of a joint plan is recorded (R7, R10). */
export const JOINT_PERSON = 'the other person of the joint plan';

/**
 * R10: copies of the plan, in the person's format, to the person and to anyone they have consented may
 * have one, and to the other person of a joint plan in theirs (R7). Every copy issued is recorded with
 * exactly what was sent.
 */
export class PlanCopyService {
  constructor(private readonly ctx: SubgraphContext) {}

  forPlan(planId: string): Promise<PlanCopy[]> {
    return manyBy(this.ctx, PlanCopy, 'planId').load(planId);
  }

  /** The PDF of one copy (kept out of list reads: it is large), batched across copies. */
  async pdf(copyId: string): Promise<Buffer> {
    const loader = this.ctx.loaders.get<string, Buffer>('planCopyPdf', async (ids) => {
      const rows = await (await this.ctx.db.manager())
        .createQueryBuilder(PlanCopy, 'c')
        .select(['c.id', 'c.pdf'])
        .where('c.id IN (:...ids) AND c.authority_code = :authority', { ids: [...ids], authority: this.ctx.identity.authority })
        .getMany();
      const found = new Map(rows.map((r) => [r.id, r.pdf]));
      return ids.map((id) => found.get(id) ?? Buffer.alloc(0));
    });
    return loader.load(copyId);
  }

  async issue({ planId, recipient, toJointPerson }: IssuePlanCopyInput): Promise<PlanCopy> {
    const facts = await planFacts(this.ctx, planId);
    const { person, personalBudget: budget } = facts;
    const plan = await loadForChange(this.ctx, CareAndSupportPlan, planId, 'planId', 'a plan');
    const to = recipient?.trim() || null;
    if (to && toJointPerson) throw new BadUserInput('recipient', 'a copy goes to the other person of the joint plan or to a named recipient, not both');
    if (to) {
      const allowed = person.consents.some(
        (c) => c.purpose === ConsentPurpose.SHARE_PLAN_COPY && c.stands && c.recipients.some((r) => r.toLowerCase() === to.toLowerCase()),
      );
      if (!allowed) throw new BadUserInput('recipient', 'the person has not consented to this recipient having a copy of their plan');
    }
    // R7, R2b: the other person of a joint plan has their copy addressed to them, in the format they need.
    const reader = toJointPerson ? facts.jointPerson : person;
    if (!reader) throw new BadUserInput('toJointPerson', 'the plan is not a joint plan');
    const content = new PlanContentService(this.ctx);
    const [outcomes, items] = await Promise.all([content.outcomes(plan.id), content.supportItems(plan.id)]);
    const weekly = budget ? (budget.finalWeeklyAmount ?? budget.indicativeWeeklyAmount).pence : null;
    const inOwnWords = new Map(outcomes.map((o) => [o.id, o.inOwnWords]));
    const doc: PlanDocument = {
      council: person.authority.name,
      nation: callerNation(this.ctx),
      addressee: reader.preferredName ?? reader.givenName,
      planVersion: plan.planVersion,
      needs: needsInPlan(facts),
      outcomes: outcomes.map((o) => o.inOwnWords),
      support: items.map((i) => ({
        need: i.need,
        description: i.description,
        provider: i.provider,
        schedule: i.schedule,
        outcomes: i.outcomeIds.flatMap((id) => inOwnWords.get(id) ?? []),
      })),
      weeklyBudget: weekly === null ? null : Money.ofPence(weekly).display(),
      sections: {
        strengthsAndAssets: plan.strengthsAndAssets,
        carerWishes: plan.carerWishes,
        actionsByOthers: plan.actionsByOthers,
        adviceAndInformation: plan.adviceAndInformation,
        contingencyPlan: plan.contingencyPlan,
        namedCoordinator: plan.namedCoordinator,
        reviewArrangements: plan.reviewArrangements,
        needsMetByCarer: plan.needsMetByCarer,
        directPaymentDetails: plan.directPaymentDetails,
        progressMonitoring: plan.progressMonitoring,
        adultAtRiskConclusion: plan.adultAtRiskConclusion,
      },
      needLabel: needWords,
    };
    const rendered = renderPlanHtml(doc, reader.communicationNeeds ?? { formats: [] });
    const pdf = await renderPlanPdf(
      planHeading('title', doc.nation),
      `${doc.addressee} — ${doc.council}, version ${doc.planVersion}`,
      planSections(doc),
      rendered.layout,
      voiceOf(doc.nation).lang,
    );
    const manager = await this.ctx.db.manager();
    const copy = await manager.save(
      manager.create(PlanCopy, {
        authorityCode: plan.authorityCode,
        planId: plan.id,
        recipient: toJointPerson ? JOINT_PERSON : (to ?? 'the person'),
        toPerson: to === null && !toJointPerson,
        pdf: Buffer.from(pdf),
        ...issuedDocumentColumns(rendered, LocalDate.today().toString(), this.ctx.identity.userId),
      }),
    );
    await this.ctx.outbox.record('PlanCopyIssued', { planId: plan.id, personId: plan.personId, copyId: copy.id, toPerson: copy.toPerson });
    return copy;
  }
}
