import {
  BadUserInput,
  PlanKind,
  SupportKind,
  assertInvolvementRecordable,
  assertPlanConsents,
  assertPlanEditable,
  eligibilitySettled,
  missingPlanContent,
  PLAN_HISTORY_STATUSES,
  PLAN_TEXT_SECTIONS,
  parseCombinedPlan,
  parseSupportItem,
  planConsents,
  separatedPlan,
  type MissingContent,
  type PlanContentFacts,
} from '@careplan/domain';
import { askGraph, byId, callerNation, childrenThrough, isUuid, loadForChange, manyBy, parseInvolvement, updateVersioned, type ReadsAhead, type SubgraphContext } from '@careplan/subgraph-kit';
import { CareAndSupportPlan } from '../entities/care-and-support-plan.entity';
import { PlanOutcome } from '../entities/plan-outcome.entity';
import { SupportItemRecord } from '../entities/support-item.entity';
import type { AddSupportItemInput, CombinePlanInput, PlanInvolvementInput, PlanSectionsInput, SeparatePlanInput } from '../graphql/content.types';
import { PlansFactsDocument } from '../graph/generated';
import { planFacts, whoMeetsNeeds, type PlanFacts } from './plan-facts';
import { PlanService } from './plan.service';

function section(raw: string | null, field: string): string | null {
  const value = raw?.normalize('NFC').trim() ?? '';
  if (value.length > 8000) throw new BadUserInput(field, `${field} must be at most 8000 characters`);
  return value || null;
}

/** What the plan says: its sections (R5/R5w), the person's outcomes, and the support meeting each need (R6). */
export class PlanContentService {
  constructor(private readonly ctx: SubgraphContext) {}

  /**
   * The content fields of a person's plans, read beside the plans: of every version for `plans`; for
   * `currentPlan`, of those that may be current only, so that years of revised versions are not read for one.
   */
  readsAheadForPerson(personId: string, plans: 'every' | 'current'): ReadsAhead {
    const except = plans === 'current' ? { column: 'status' as const, values: PLAN_HISTORY_STATUSES } : undefined;
    return {
      outcomes: () => childrenThrough(this.ctx, CareAndSupportPlan, 'personId', PlanOutcome, 'planId', except).load(personId),
      supportItems: () => childrenThrough(this.ctx, CareAndSupportPlan, 'personId', SupportItemRecord, 'planId', except).load(personId),
    };
  }

  outcomes(planId: string): Promise<PlanOutcome[]> {
    return manyBy(this.ctx, PlanOutcome, 'planId').load(planId);
  }

  supportItems(planId: string): Promise<SupportItemRecord[]> {
    return manyBy(this.ctx, SupportItemRecord, 'planId').load(planId);
  }

  /** The plan a content change is about: visible, still editable, audited as changed. */
  private async editable(planId: string, field = 'planId'): Promise<CareAndSupportPlan> {
    const plan = await loadForChange(this.ctx, CareAndSupportPlan, planId, field, 'a plan');
    assertPlanEditable(plan.status);
    return plan;
  }

  async updateSections(input: PlanSectionsInput): Promise<CareAndSupportPlan> {
    await this.editable(input.id, 'id');
    const changes: Partial<CareAndSupportPlan> = {};
    for (const key of PLAN_TEXT_SECTIONS) if (input[key] !== undefined) changes[key] = section(input[key] ?? null, key);
    if (input.reviewEveryMonths !== undefined) {
      const months = input.reviewEveryMonths;
      if (months !== null && (!Number.isInteger(months) || months < 1 || months > 12)) throw new BadUserInput('reviewEveryMonths', 'review at least every 12 months');
      changes.reviewEveryMonths = months;
    }
    if (input.adultAtRiskEnquiry !== undefined && input.adultAtRiskEnquiry !== null) changes.adultAtRiskEnquiry = input.adultAtRiskEnquiry;
    return updateVersioned(this.ctx, CareAndSupportPlan, 'Plan', input.id, input.version, changes);
  }

  /** R7: combines the plan with another organisation's, with the person's consent and one lead. */
  async combine(input: CombinePlanInput): Promise<CareAndSupportPlan> {
    const { person } = await planFacts(this.ctx, input.id, 'id');
    const plan = await this.editable(input.id, 'id');
    const combined = parseCombinedPlan(callerNation(this.ctx), input);
    assertPlanConsents(planConsents({ joint: false, combined: true }, person.consents, null));
    return updateVersioned(this.ctx, CareAndSupportPlan, 'Plan', plan.id, input.version, {
      combinedWith: combined.otherPlanType,
      combinedReference: combined.otherPlanReference,
      leadOrganisation: combined.leadOrganisation,
      leadProfessional: combined.leadProfessional,
      childConsentBasis: combined.childConsentBasis,
    });
  }

  /**
   * R7: a plan no longer joint, or no longer combined with another organisation's — when a consent it rested on
   * is withdrawn, say. Each person's needs go on in a plan of their own.
   */
  async separate(input: SeparatePlanInput): Promise<CareAndSupportPlan> {
    const plan = await this.editable(input.id, 'id');
    return updateVersioned(this.ctx, CareAndSupportPlan, 'Plan', plan.id, input.version, separatedPlan(plan, input.from));
  }

  /** R1: replaces the record of who took part in planning, at any stage up to agreement. */
  async recordInvolvement({ id, version, involved }: PlanInvolvementInput): Promise<CareAndSupportPlan> {
    const parsed = parseInvolvement(involved);
    const plan = await loadForChange(this.ctx, CareAndSupportPlan, id, 'id', 'a plan');
    assertInvolvementRecordable(plan.status);
    return updateVersioned(this.ctx, CareAndSupportPlan, 'Plan', id, version, { involved: parsed });
  }

  async addOutcome(planId: string, inOwnWords: string): Promise<PlanOutcome> {
    const plan = await this.editable(planId);
    const text = inOwnWords.normalize('NFC').trim();
    if (!text || text.length > 2000) throw new BadUserInput('inOwnWords', 'write the outcome in the person’s own words (1 to 2000 characters)');
    const manager = await this.ctx.db.manager();
    return manager.save(manager.create(PlanOutcome, { authorityCode: plan.authorityCode, planId: plan.id, inOwnWords: text }));
  }

  async addSupportItem(input: AddSupportItemInput): Promise<SupportItemRecord> {
    const facts = await planFacts(this.ctx, input.planId);
    const plan = await this.editable(input.planId);
    const eligible = facts.assessment?.eligibility?.eligibleNeeds ?? [];
    if (eligible.length === 0) throw new BadUserInput('planId', 'the plan’s assessment has no eligible needs to meet; complete the assessment first');
    const item = parseSupportItem(input, eligible);
    const outcomes = new Set((await this.outcomes(plan.id)).map((o) => o.id));
    if (item.outcomeIds.some((id) => !outcomes.has(id))) throw new BadUserInput('outcomeIds', 'outcomeIds must be outcomes of this plan');
    const manager = await this.ctx.db.manager();
    return manager.save(manager.create(SupportItemRecord, { authorityCode: plan.authorityCode, planId: plan.id, ...item }));
  }

  /** Removes an outcome or support item; answers the plan it was removed from. */
  async remove<T extends PlanOutcome | SupportItemRecord>(target: new () => T, id: string): Promise<CareAndSupportPlan> {
    const row = await byId(this.ctx, target).load(id);
    if (!row) throw new BadUserInput('id', 'nothing with this id in your authority');
    const plan = await this.editable(row.planId, 'id');
    await (await this.ctx.db.manager()).delete(target, row.id);
    return plan;
  }

  /**
   * A plan's content check (R5/R5w, R1, R2c), from the plan as it is now and its facts in the graph: what a
   * step asked for earlier in this request, or asked afresh — for every plan of a list in one round trip.
   */
  async contentCheck(plan: CareAndSupportPlan): Promise<MissingContent> {
    const facts = await this.factsOf().load(plan.id);
    return missingPlanContent(await this.contentFacts(plan, facts));
  }

  private factsOf() {
    return this.ctx.loaders.get<string, PlanFacts>('planFacts', async (ids) => {
      const { plans } = await askGraph(this.ctx, PlansFactsDocument, { ids: [...ids] });
      return ids.map((id) => plans.find((f) => f?.id === id) ?? new BadUserInput('planId', 'planId is not a plan in your authority'));
    });
  }

  /** Keeps the facts a step asked for, so the answer's content check need not ask again; returns the check. */
  async primeContentCheck(plan: CareAndSupportPlan, facts: PlanFacts): Promise<MissingContent> {
    this.factsOf().prime(plan.id, facts);
    return missingPlanContent(await this.contentFacts(plan, facts));
  }

  /** The R5 or R5w items the plan still lacks; empty when it could be signed off on content. */
  async missingContent(planId: string): Promise<MissingContent> {
    if (!isUuid(planId)) throw new BadUserInput('planId', 'planId must be an id this API issued');
    const plan = await new PlanService(this.ctx).get(planId);
    if (!plan) throw new BadUserInput('planId', 'planId is not a plan in your authority');
    return this.contentCheck(plan);
  }

  /** What the content rules look at: this plan and what the graph said of its assessment and budget. */
  async contentFacts(plan: CareAndSupportPlan, facts: PlanFacts): Promise<PlanContentFacts> {
    const [outcomes, items] = await Promise.all([this.outcomes(plan.id), this.supportItems(plan.id)]);
    const { councilMeets, carerMeets } = whoMeetsNeeds(facts);
    return {
      nation: callerNation(this.ctx),
      kind: plan.kind,
      needsFromAssessment: facts.assessment?.needs.length ?? 0,
      eligibilityRecorded: eligibilitySettled(facts.assessment),
      metNeeds: councilMeets.map((need) => ({ need, supportItems: items.filter((i) => i.need === need).length })),
      desiredOutcomes: outcomes.length,
      supportLinkedToOutcomes: items.length > 0 && items.every((i) => i.outcomeIds.length > 0),
      carerWishesRecorded: plan.kind !== PlanKind.CARER_SUPPORT || Boolean(plan.carerWishes),
      personalBudget: facts.personalBudget !== null,
      adviceAndInformation: Boolean(plan.adviceAndInformation),
      usesDirectPayment: items.some((i) => i.kind === SupportKind.DIRECT_PAYMENT),
      directPaymentDetails: Boolean(plan.directPaymentDetails),
      strengthsAndAssets: Boolean(plan.strengthsAndAssets),
      needsMetByCarer: carerMeets.length,
      needsMetByCarerRecorded: Boolean(plan.needsMetByCarer),
      contingencyPlan: Boolean(plan.contingencyPlan),
      namedCoordinator: Boolean(plan.namedCoordinator),
      reviewArrangements: Boolean(plan.reviewArrangements),
      actionsByCouncilAndOthers: Boolean(plan.actionsByOthers),
      progressMonitoring: Boolean(plan.progressMonitoring),
      adultAtRiskEnquiry: plan.adultAtRiskEnquiry,
      adultAtRiskConclusion: Boolean(plan.adultAtRiskConclusion),
      participants: {
        involved: plan.involved.map((i) => i.role),
        relationships: facts.person.relationships.map((r) => r.kind),
        deafblind: facts.person.deafblind,
      },
      consents: planConsents({ joint: plan.jointPersonId !== null, combined: plan.combinedWith !== null }, facts.person.consents, facts.jointPerson?.consents ?? null),
    };
  }
}
