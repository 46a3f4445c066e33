import {
  ApprovalRoute,
  BadUserInput,
  BudgetStatus,
  LocalDate,
  PlanAction,
  PlanStatus,
  RuleViolation,
  approvalRoute,
  assertApprovalLimitCovers,
  assertApprovedCostCovers,
  assertBudgetCoversPlan,
  assertAgreementAuthority,
  assertJointAgreement,
  assertRevisable,
  isPlanHistory,
  Conflict,
  budgetedSupportItems,
  assertPanelDecision,
  assertContentCheckPasses,
  considerationEnds,
  parseDisagreement,
  planTransition,
  stepFromReviews,
  type PlanStepEventName,
  PlanClosureReason,
  PlanWithdrawalReason,
  assertPlanWithdrawal,
  plansReplacedBy,
  statusBeforeDeath,
  deathEndCorrected,
  movedInsteadOfDied,
  diedOnWords,
  ReviewOutcome,
  ReviewStatus,
  assertPlanClosure,
  assertPersonLiving,
  closingDay,
  isPlanInForce,
  renderClosureLetter,
} from '@careplan/domain';
import { askGraph, callerNation, loadForChange, loadVisibleBy, manyBy, updateVersioned, type SubgraphContext, issuedDocumentColumns } from '@careplan/subgraph-kit';
import { CareAndSupportPlan } from '../entities/care-and-support-plan.entity';
import { PlanDecision, PlanDecisionKind } from '../entities/plan-decision.entity';
import { PlanOutcome } from '../entities/plan-outcome.entity';
import { SupportItemRecord } from '../entities/support-item.entity';
import { ClosingReviewDocument, PersonDeathDocument, PlanReviewProgressDocument, PlanSignOffFactsDocument, PlanStepFactsDocument, type PlanStepFactsQuery } from '../graph/generated';
import { PlanClosureLetter } from '../entities/plan-closure-letter.entity';
import { ReviewProgress, type AgreePlanInput, type RecordPlanDisagreementInput, type ClosePlanAfterReviewInput, type ClosePlanInput, type PanelDecisionInput, type WithdrawPlanInput } from '../graphql/lifecycle.types';
import { PlanContentService } from './plan-content.service';
import type { PlanFacts } from './plan-facts';

const WEEKS_A_YEAR = 52;
/** A plan that has not ended: none of what a closure or a withdrawal records. */
const NOT_ENDED = {
  closedOn: null,
  closedReason: null,
  closureReason: null,
  closedAfterReviewId: null,
  withdrawnOn: null,
  withdrawalReason: null,
  withdrawalDetails: null,
  withdrawnBy: null,
  endedFrom: null,
} satisfies Partial<CareAndSupportPlan>;

/**
 * The plan's journey: propose (R9 consideration period), approval by someone whose limit covers the annual
 * cost or by the panel (R8), agreement behind the sign-off guards (R5/R5w, R2a, R11), activation, review,
 * revision into a new version and closure. Each step states the version it edits; a stale one is CONFLICT.
 */
export class PlanLifecycleService {
  constructor(private readonly ctx: SubgraphContext) {}

  decisions(planId: string): Promise<PlanDecision[]> {
    return manyBy(this.ctx, PlanDecision, 'planId').load(planId);
  }

  private plan(id: string): Promise<CareAndSupportPlan> {
    return loadForChange(this.ctx, CareAndSupportPlan, id, 'id', 'a plan');
  }

  /** The plan's facts from the graph and who may approve, asked before the step opens its transaction. */
  private async facts(id: string, field = 'id'): Promise<PlanStepFactsQuery & { plan: PlanFacts }> {
    const facts = await askGraph(this.ctx, PlanStepFactsDocument, { id });
    if (!facts.plan) throw new BadUserInput(field, `${field} is not a plan in your authority`);
    return { ...facts, plan: facts.plan };
  }

  private step(plan: CareAndSupportPlan, action: PlanAction, version: number, changes: Partial<CareAndSupportPlan>, event?: PlanStepEventName) {
    const status = planTransition(plan.status, action);
    // What it ended from, should what ended it be recorded in error (statusBeforeDeath).
    const endedFrom = isPlanHistory(status) ? { endedFrom: plan.status } : {};
    return updateVersioned(this.ctx, CareAndSupportPlan, 'Plan', plan.id, version, { ...changes, ...endedFrom, status }).then(async (updated) => {
      if (event) await this.ctx.outbox.record(event, { planId: updated.id, personId: updated.personId, planVersion: updated.planVersion });
      return updated;
    });
  }

  /** R9: proposing starts the person's consideration period (the authority's, default 14 days). */
  async propose(id: string, version: number): Promise<CareAndSupportPlan> {
    const facts = (await this.facts(id)).plan;
    const plan = await this.plan(id);
    await new PlanContentService(this.ctx).primeContentCheck(plan, facts);
    const { person } = facts;
    const today = LocalDate.today();
    return this.step(plan, PlanAction.PROPOSE, version, {
      proposedOn: today.toString(),
      considerationEnds: considerationEnds(today, person.authority.planConsiderationDays).toString(),
      returnedReason: null,
    }, 'PlanProposed');
  }

  /** R8: the annual cost is fixed at submission; the route is chosen from it. */
  async submitForApproval(id: string, version: number, unusual: boolean): Promise<CareAndSupportPlan> {
    const facts = await this.facts(id);
    const plan = await this.plan(id);
    await new PlanContentService(this.ctx).primeContentCheck(plan, facts.plan);
    const budget = facts.plan.personalBudget;
    if (!budget) throw new RuleViolation('R11', 'the plan has no personal budget yet, so its cost cannot be approved');
    // The real cost once the budget is final (a plan submitted again after costing, R8); the indicative amount before.
    const annualCostPence = (budget.finalWeeklyAmount ?? budget.indicativeWeeklyAmount).pence * WEEKS_A_YEAR;
    const highest = facts.highestApprovalLimit;
    return this.step(plan, PlanAction.SUBMIT_FOR_APPROVAL, version, {
      submittedOn: LocalDate.today().toString(),
      unusual,
      annualCostPence,
      approvalRoute: approvalRoute(annualCostPence, highest, unusual),
      approvedBy: null,
      approverLimitPence: null,
      approvedOn: null,
    }, 'PlanSubmittedForApproval');
  }

  /** R8: an individual approves only a plan on the individual route, and only within their own limit. */
  async approve(id: string, version: number): Promise<CareAndSupportPlan> {
    const facts = await this.facts(id);
    const plan = await this.plan(id);
    if (plan.approvalRoute === ApprovalRoute.PANEL) throw new RuleViolation('R8', 'this plan goes to the panel: it is flagged unusual or above every individual limit');
    const own = facts.me?.active ? facts.me : null;
    const limit = this.ctx.identity.approvalLimitPence ?? own?.approvalLimitPence ?? 0;
    assertApprovalLimitCovers(plan.annualCostPence ?? 0, limit);
    return this.step(plan, PlanAction.APPROVE, version, { approvedBy: this.ctx.identity.userId, approverLimitPence: limit, approvedOn: LocalDate.today().toString() }, 'PlanApproved');
  }

  async returnForChanges(id: string, version: number, reasons: string): Promise<CareAndSupportPlan> {
    const plan = await this.plan(id);
    if (reasons.trim().length < 10) throw new BadUserInput('reasons', 'say what needs to change');
    return this.step(plan, PlanAction.RETURN, version, { returnedReason: reasons.trim() }, 'PlanReturned');
  }

  /** R8: the panel's decision, with its members, reasons and how long the plan waited. */
  async recordPanelDecision(input: PanelDecisionInput): Promise<CareAndSupportPlan> {
    const { person } = (await this.facts(input.planId, 'planId')).plan;
    const plan = await this.plan(input.planId);
    if (plan.approvalRoute !== ApprovalRoute.PANEL) throw new BadUserInput('planId', 'this plan is on the individual approval route');
    const today = LocalDate.today();
    const submittedOn = plan.submittedOn ?? today.toString();
    assertPanelDecision({ members: input.members, reasons: input.reasons, submittedOn, decidedOn: today.toString() }, person.deafblind);
    const manager = await this.ctx.db.manager();
    await manager.save(
      manager.create(PlanDecision, {
        authorityCode: plan.authorityCode,
        planId: plan.id,
        kind: input.approved ? PlanDecisionKind.PANEL_APPROVED : PlanDecisionKind.PANEL_RETURNED,
        party: null,
        members: input.members.map(({ name, role, specialisms }) => ({ name, role, specialisms: [...new Set(specialisms)] })),
        reasons: input.reasons.trim(),
        waitedDays: LocalDate.parse(submittedOn).daysUntil(today),
        signpostComplaints: false,
        decidedOn: today.toString(),
        recordedBy: this.ctx.identity.userId,
      }),
    );
    return input.approved
      ? this.step(plan, PlanAction.APPROVE, input.version, { approvedBy: 'panel', approverLimitPence: null, approvedOn: today.toString() }, 'PlanApproved')
      : this.step(plan, PlanAction.RETURN, input.version, { returnedReason: input.reasons.trim() }, 'PlanReturned');
  }

  /**
   * R9 agreement and sign-off, by the person and, for a joint plan, its other person (R7), each as their capacity
   * allows (R2). Guards: every R5/R5w item (R5/R5w), an advocate where one is required (R2a), and a final
   * personal budget (R11, as the budgets subgraph reports it).
   */
  async agree(input: AgreePlanInput): Promise<CareAndSupportPlan> {
    const plan = await this.plan(input.id);
    planTransition(plan.status, PlanAction.AGREE);
    // The R2a guard answers with its own refusal; the plan's facts come in the same round trip.
    const { plan: facts, person } = await askGraph(this.ctx, PlanSignOffFactsDocument, { id: plan.id, person: plan.personId });
    if (!facts || !person) throw new BadUserInput('id', 'id is not a plan in your authority');
    assertPersonLiving(person);
    const bestInterests = assertAgreementAuthority(input.party, person, input.bestInterests);
    const jointBestInterests = assertJointAgreement(facts.jointPerson, input.jointParty, input.jointBestInterests);
    assertContentCheckPasses(await new PlanContentService(this.ctx).primeContentCheck(plan, facts));
    const budget = facts.personalBudget;
    if (budget?.status !== BudgetStatus.FINAL || !budget.finalWeeklyAmount) throw new RuleViolation('R11', 'the personal budget must be final (and sufficient) before the plan is signed off');
    // R11 against the plan as it is now: an item added since the budget was finalised is not yet costed.
    assertBudgetCoversPlan({
      finalWeeklyPence: budget.finalWeeklyAmount.pence,
      supportItemIds: budgetedSupportItems(facts.supportItems).inBudget,
      costLines: budget.costLines.map((l) => ({ supportItemId: l.supportItemId, weeklyCostPence: l.weeklyCost.pence })),
    });
    assertApprovedCostCovers({
      approvedAnnualPence: plan.annualCostPence ?? 0,
      finalAnnualPence: budget.finalWeeklyAmount.pence * WEEKS_A_YEAR,
      approverLimitPence: plan.approverLimitPence,
    });
    const agreedOn = LocalDate.today().toString();
    const replaced = await this.replacedBy(plan);
    const agreement = { agreedOn, agreedBy: input.party, bestInterests, jointAgreedBy: facts.jointPerson ? input.jointParty : null, jointBestInterests };
    const agreed = await this.step(plan, PlanAction.AGREE, input.version, agreement);
    // What it replaces stayed in force until now (R9).
    for (const { id } of replaced) {
      const previous = await loadForChange(this.ctx, CareAndSupportPlan, id, 'id', 'a plan');
      await this.step(previous, PlanAction.REVISE, previous.version, { revisedOn: agreedOn }, 'PlanRevised');
      if (previous.id !== plan.previousVersionId) await this.withdrawRevisionOf(previous, agreedOn, 'was replaced by another plan agreed');
    }
    await this.ctx.outbox.record('PlanSignedOff', {
      planId: agreed.id,
      personId: agreed.personId,
      agreedOn,
      reviewEveryMonths: agreed.reviewEveryMonths,
    });
    return agreed;
  }

  /** R9: disagreement is recorded with reasons; the council's signposts complaints. Support continues meanwhile. */
  async recordDisagreement(input: RecordPlanDisagreementInput): Promise<PlanDecision> {
    const { party, byJointPerson } = input;
    const plan = await this.plan(input.planId);
    if (![PlanStatus.PROPOSED, PlanStatus.AWAITING_APPROVAL, PlanStatus.APPROVED].includes(plan.status)) {
      throw new BadUserInput('planId', 'disagreement is recorded while a plan is proposed and not yet agreed');
    }
    const disagreement = parseDisagreement(party, input.reasons, { byJointPerson, jointPlan: plan.jointPersonId !== null });
    const manager = await this.ctx.db.manager();
    const decision = await manager.save(
      manager.create(PlanDecision, {
        authorityCode: plan.authorityCode,
        planId: plan.id,
        kind: PlanDecisionKind.DISAGREEMENT,
        party,
        byJointPerson,
        members: [],
        reasons: disagreement.reasons,
        waitedDays: null,
        signpostComplaints: disagreement.signpostComplaints,
        decidedOn: LocalDate.today().toString(),
        recordedBy: this.ctx.identity.userId,
      }),
    );
    await this.ctx.outbox.record('PlanDisagreementRecorded', { planId: plan.id, personId: plan.personId, party, byJointPerson });
    return decision;
  }

  async activate(id: string, version: number): Promise<CareAndSupportPlan> {
    const plan = await this.plan(id);
    return this.step(plan, PlanAction.ACTIVATE, version, { activatedOn: LocalDate.today().toString() }, 'PlanActivated');
  }

  /**
   * The plan follows its reviews (worker): starting one puts an ACTIVE plan UNDER_REVIEW; one completed
   * without change puts it back to ACTIVE (R17). Only when its reviews say so, asked of the graph first;
   * idempotent: a plan already there, or in no state to move (not yet active, revised, closed), or whose
   * reviews call for something else (a later event will bring it), is returned as it is.
   */
  async followReview(id: string, review: ReviewProgress): Promise<CareAndSupportPlan> {
    const { plan: facts } = await askGraph(this.ctx, PlanReviewProgressDocument, { id });
    if (!facts) throw new BadUserInput('id', 'id is not a plan in your authority');
    const plan = await this.plan(id);
    const [action, from, event] =
      review === ReviewProgress.STARTED
        ? ([PlanAction.START_REVIEW, PlanStatus.ACTIVE, 'PlanReviewStarted'] as const)
        : ([PlanAction.END_REVIEW, PlanStatus.UNDER_REVIEW, 'PlanReviewEnded'] as const);
    return plan.status === from && stepFromReviews(facts.reviews) === action ? this.step(plan, action, plan.version, {}, event) : plan;
  }

  /**
   * R17: a plan in force closes without a review only when the person died — on the date of death their
   * record holds — or moved to another council.
   */
  async close(input: ClosePlanInput): Promise<CareAndSupportPlan> {
    assertPlanClosure(input.reason, input.details, null);
    const plan = await this.plan(input.id);
    const person = input.reason === PlanClosureReason.DIED ? await this.deathOf(plan.personId) : { dateOfDeath: null };
    return this.closeWithoutReview(plan, input.version, closingDay(input.reason, person, LocalDate.today()), input.reason, input.details.trim());
  }

  /**
   * R17, R9 (worker): the person's death is recorded, so their plans in force close on the date of death, with
   * no review (their budgets and direct payments end with them, R12a), and those not yet agreed are withdrawn
   * that day. Plans already closed or withdrawn are left as they are; nothing ends while the record holds no
   * date of death (removed since as recorded in error, before the worker came to the death).
   */
  async closeOnDeath(personId: string): Promise<CareAndSupportPlan[]> {
    const { dateOfDeath } = await this.deathOf(personId);
    if (!dateOfDeath) return [];
    return this.endAll(personId, dateOfDeath, { closure: PlanClosureReason.DIED, withdrawal: PlanWithdrawalReason.DIED }, diedOnWords(dateOfDeath));
  }

  /**
   * Ends every plan of the person that has not ended, on the day given: those in force close (R17), the
   * others are withdrawn (R9). Returns those closed or withdrawn; a plan already history is left as it is.
   */
  async endAll(
    personId: string,
    on: string,
    why: { closure: PlanClosureReason; withdrawal: PlanWithdrawalReason },
    details: string,
  ): Promise<CareAndSupportPlan[]> {
    const plans = (await loadVisibleBy(this.ctx, CareAndSupportPlan, 'personId', personId)).filter((p) => !isPlanHistory(p.status));
    const ended: CareAndSupportPlan[] = [];
    // Those not yet agreed first (a revision among them), so closing a plan in force finds no revision left to withdraw.
    for (const plan of plans.filter((p) => !isPlanInForce(p.status))) ended.push(await this.withdrawn(plan, plan.version, on, why.withdrawal, details));
    for (const plan of plans.filter((p) => isPlanInForce(p.status))) ended.push(await this.closeWithoutReview(plan, plan.version, on, why.closure, details));
    return ended;
  }

  /**
   * R17, R9 (worker): the date of death the person's record held was removed, as recorded in error, so the plans
   * the death ended come back as they were — in force, or on their way to agreement — and their budgets, payments
   * and reviews follow (PlanReinstated). Nothing comes back while the record holds a date of death (recorded again
   * since), nor a plan ended otherwise; asked again, it reinstates nothing more.
   */
  async reinstateEndedByDeath(personId: string): Promise<CareAndSupportPlan[]> {
    if ((await this.deathOf(personId)).dateOfDeath) return [];
    const today = LocalDate.today().toString();
    return this.eachChanged(personId, 'PlanReinstated', (plan) => {
      const status = statusBeforeDeath(plan);
      if (!status) return null;
      const ended = plan.status === PlanStatus.CLOSED ? `closed on ${plan.closedOn}` : `withdrawn on ${plan.withdrawnOn}`;
      const reinstatedReason = `It was ${ended} for a death recorded in error: the date of death was removed from the person’s record on ${today}.`;
      return { status, ...NOT_ENDED, reinstatedOn: today, reinstatedReason };
    });
  }

  /**
   * R17, R9 (worker): the person's date of death was corrected, so the plans the death ended end on the day the
   * record now holds, and their budgets and direct payments follow (PlanEndDateCorrected). Nothing while the
   * record holds none (removed since); asked again, it moves nothing more.
   */
  async redateEndedByDeath(personId: string): Promise<CareAndSupportPlan[]> {
    const { dateOfDeath } = await this.deathOf(personId);
    if (!dateOfDeath) return [];
    return this.eachChanged(personId, 'PlanEndDateCorrected', (plan) => deathEndCorrected(plan, dateOfDeath));
  }

  /**
   * R22, R17 (on a move made, for a person whose date of death has been removed): the plans the death ended, not
   * yet reinstated, end on the move date as the move ends them (PlanEndDateCorrected, so their budgets follow),
   * and the reinstatement then finds nothing to bring back into force with a council the person has left.
   */
  movedInsteadOfDied(personId: string, moveDate: string, details: string): Promise<CareAndSupportPlan[]> {
    return this.eachChanged(personId, 'PlanEndDateCorrected', (plan) => movedInsteadOfDied(plan, moveDate, details));
  }

  /** Applies to each of the person's plans the changes a rule gives it (none: left as it is), recording the event for each changed. */
  private async eachChanged(
    personId: string,
    event: PlanStepEventName,
    changesOf: (plan: CareAndSupportPlan) => Partial<CareAndSupportPlan> | null,
  ): Promise<CareAndSupportPlan[]> {
    const changed: CareAndSupportPlan[] = [];
    for (const plan of await loadVisibleBy(this.ctx, CareAndSupportPlan, 'personId', personId)) {
      const changes = changesOf(plan);
      if (!changes) continue;
      this.ctx.audit.wrote(plan.personId);
      const updated = await updateVersioned(this.ctx, CareAndSupportPlan, 'Plan', plan.id, plan.version, changes);
      await this.ctx.outbox.record(event, { planId: updated.id, personId: updated.personId, planVersion: updated.planVersion });
      changed.push(updated);
    }
    return changed;
  }

  /** R17, R22: a plan in force closes without a review on the day given, with what happened; a revision of it being prepared is withdrawn. */
  async closeWithoutReview(plan: CareAndSupportPlan, version: number, closedOn: string, reason: PlanClosureReason, details: string): Promise<CareAndSupportPlan> {
    this.ctx.audit.wrote(plan.personId);
    const closed = await this.step(plan, PlanAction.CLOSE, version, { closedOn, closedReason: details, closureReason: reason }, 'PlanClosed');
    await this.withdrawRevisionOf(closed, closedOn, 'closed');
    return closed;
  }

  /** R9: a practitioner withdraws a plan never agreed, because the person declined it or it is no longer needed. */
  async withdraw(input: WithdrawPlanInput): Promise<CareAndSupportPlan> {
    assertPlanWithdrawal(input.reason, input.details);
    const plan = await this.plan(input.id);
    return this.withdrawn(plan, input.version, LocalDate.today().toString(), input.reason, input.details.trim());
  }

  private withdrawn(plan: CareAndSupportPlan, version: number, withdrawnOn: string, reason: PlanWithdrawalReason, details: string): Promise<CareAndSupportPlan> {
    this.ctx.audit.wrote(plan.personId);
    const changes = { withdrawnOn, withdrawalReason: reason, withdrawalDetails: details, withdrawnBy: this.ctx.identity.userId };
    return this.step(plan, PlanAction.WITHDRAW, version, changes, 'PlanWithdrawn');
  }

  /** A revision being prepared has nothing left to replace once the version it revises has ended (R9, R17). */
  private async withdrawRevisionOf(ended: CareAndSupportPlan, on: string, how: 'closed' | 'was replaced by another plan agreed'): Promise<void> {
    const revision = await this.revisionOf(ended.id);
    if (!revision) return;
    const details = `Version ${ended.planVersion}, which this revised, ${how} on ${on}.`;
    await this.withdrawn(revision, revision.version, on, PlanWithdrawalReason.REVISED_PLAN_ENDED, details);
  }

  /** The person's date of death as their record holds it, asked before any write. */
  private async deathOf(personId: string): Promise<{ dateOfDeath: string | null }> {
    const { person } = await askGraph(this.ctx, PersonDeathDocument, { id: personId });
    if (!person) throw new BadUserInput('personId', 'personId is not a person in your authority');
    return person;
  }

  /**
   * R17 (worker): a review completed with outcome CLOSE closes its plan with the review's reasons, and the
   * person gets a closure letter in their format (R2b). Once: a plan already closed (after that review, or
   * for a death or a move) is returned as it is.
   */
  async closeAfterReview(input: ClosePlanAfterReviewInput): Promise<CareAndSupportPlan> {
    const { plan: facts, review } = await askGraph(this.ctx, ClosingReviewDocument, { plan: input.planId, review: input.reviewId });
    if (!facts) throw new BadUserInput('planId', 'planId is not a plan in your authority');
    if (!review || review.status !== ReviewStatus.COMPLETED || review.outcome !== ReviewOutcome.CLOSE || review.plan.id !== facts.id) {
      throw new RuleViolation('R17', 'a plan closes after a review only when that review of it is completed with outcome CLOSE');
    }
    const plan = await this.plan(input.planId);
    // Closed by this review already, or closed before it for a death or a move: nothing is left to close.
    if (plan.closedAfterReviewId === review.id || plan.status === PlanStatus.CLOSED) return plan;
    const reasons = review.closureReasons ?? '';
    assertPlanClosure(PlanClosureReason.AFTER_REVIEW, reasons, review.id);
    const closedOn = LocalDate.today().toString();
    const closed = await this.step(plan, PlanAction.CLOSE, plan.version, { closedOn, closedReason: reasons, closureReason: PlanClosureReason.AFTER_REVIEW, closedAfterReviewId: review.id }, 'PlanClosed');
    await this.withdrawRevisionOf(closed, closedOn, 'closed');
    const { person } = facts;
    const rendered = renderClosureLetter(
      {
        council: person.authority.name,
        nation: callerNation(this.ctx),
        addressee: person.preferredName ?? person.givenName,
        reviewedOn: review.completedOn ?? closedOn,
        closedOn,
        reasons,
        otherHelp: review.otherHelp ?? '',
        closureStatement: review.closureStatement ?? null,
        copiesTo: [],
      },
      { formats: person.communicationNeeds?.formats ?? [], language: person.communicationNeeds?.language },
    );
    const manager = await this.ctx.db.manager();
    await manager.save(
      manager.create(PlanClosureLetter, {
        authorityCode: plan.authorityCode,
        planId: plan.id,
        reviewId: review.id,
        copiesTo: [],
        ...issuedDocumentColumns(rendered, closedOn, this.ctx.identity.userId),
      }),
    );
    return closed;
  }

  async closureLetter(planId: string): Promise<PlanClosureLetter | null> {
    return (await manyBy(this.ctx, PlanClosureLetter, 'planId').load(planId))[0] ?? null;
  }

  /**
   * R9, R12: the plans in force a plan not yet agreed replaces once agreed — the version it revises, or else
   * the person's plan of its kind in force — whose budget a lower one of its own would cut.
   */
  async replacedBy(plan: CareAndSupportPlan): Promise<CareAndSupportPlan[]> {
    return plansReplacedBy(plan, await loadVisibleBy(this.ctx, CareAndSupportPlan, 'personId', plan.personId));
  }

  /** The version being prepared to replace this one, if any. */
  async revisionOf(planId: string): Promise<CareAndSupportPlan | null> {
    return (await loadVisibleBy(this.ctx, CareAndSupportPlan, 'previousVersionId', planId)).find((p) => !isPlanHistory(p.status)) ?? null;
  }

  /**
   * R9: a revision is a new draft version carrying this one's content forward; this version stays in force
   * until the revision is agreed. One revision at a time: the version edited is bumped, so two at once conflict.
   */
  async revise(id: string, version: number): Promise<CareAndSupportPlan> {
    const plan = await this.plan(id);
    assertRevisable(plan.status);
    const pending = await this.revisionOf(plan.id);
    if (pending) throw new Conflict(`version ${pending.planVersion} of this plan is already being prepared; carry on with that one`);
    await updateVersioned(this.ctx, CareAndSupportPlan, 'Plan', plan.id, version, {});
    const manager = await this.ctx.db.manager();
    const { id: _id, version: _v, createdAt: _c, updatedAt: _u, ...content } = plan;
    const next = await manager.save(
      manager.create(CareAndSupportPlan, {
        ...content,
        status: PlanStatus.DRAFT,
        planVersion: plan.planVersion + 1,
        previousVersionId: plan.id,
        proposedOn: null,
        considerationEnds: null,
        submittedOn: null,
        annualCostPence: null,
        approvalRoute: null,
        approvedBy: null,
        approvedOn: null,
        returnedReason: null,
        agreedOn: null,
        agreedBy: null,
        bestInterests: null,
        jointAgreedBy: null,
        jointBestInterests: null,
        activatedOn: null,
        ...NOT_ENDED,
        revisedOn: null,
        reinstatedOn: null,
        reinstatedReason: null,
      }),
    );
    const outcomes = await manyBy(this.ctx, PlanOutcome, 'planId').load(plan.id);
    const carried = new Map<string, string>();
    for (const o of outcomes) {
      const copy = await manager.save(manager.create(PlanOutcome, { authorityCode: o.authorityCode, planId: next.id, inOwnWords: o.inOwnWords }));
      carried.set(o.id, copy.id);
    }
    for (const { id: _i, version: _iv, createdAt: _ic, updatedAt: _iu, planId: _p, outcomeIds, ...item } of await manyBy(this.ctx, SupportItemRecord, 'planId').load(plan.id)) {
      await manager.save(manager.create(SupportItemRecord, { ...item, planId: next.id, outcomeIds: outcomeIds.map((o) => carried.get(o)!).filter(Boolean) }));
    }
    await this.ctx.outbox.record('PlanDrafted', { planId: next.id, personId: next.personId, planVersion: next.planVersion });
    return next;
  }
}
