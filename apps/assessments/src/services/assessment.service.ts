import {
  AssessmentKind,
  AssessmentStatus,
  BadUserInput,
  Conflict,
  ConsentPurpose,
  LocalDate,
  assertAssessmentEditable,
  assertAssessmentTransition,
  assertPersonToAssess,
  assessmentAfterDeath,
  assertQualifiedAssessor,
  assertEligibilityAnswered,
  assertEventOutcomeAgrees,
  determineEligibility,
  eligibilityFramework,
  withoutJointAssessmentConsent,
  type AssessmentEventOutcome,
} from '@careplan/domain';
import { askGraph, callerNation, childrenThrough, isUuid, loadForChange, loadVisible, loadVisibleBy, lookupInGraph, manyBy, parseInvolvement, updateVersioned, type InvolvementInput, type ReadsAhead, type SubgraphContext } from '@careplan/subgraph-kit';
import { EligibilityDetermination } from '../entities/eligibility-determination.entity';
import { Need } from '../entities/need.entity';
import { NeedsAssessment } from '../entities/needs-assessment.entity';
import type { CompleteAssessmentInput, CreateAssessmentInput, ReassignAssessmentInput, StartAssessmentInput } from '../graphql/types';
import { AssessedPersonDocument, AssessorDocument, CompletionFactsDocument, PersonDeathDocument } from '../graph/generated';

/** The assessment's lifecycle: requested → in progress → completed (or withdrawn); reopened to change. */
export class AssessmentService {
  constructor(private readonly ctx: SubgraphContext) {}

  get(id: string): Promise<NeedsAssessment | null> {
    return loadVisible(this.ctx, NeedsAssessment, id);
  }

  forPerson(personId: string): Promise<NeedsAssessment[]> {
    return loadVisibleBy(this.ctx, NeedsAssessment, 'personId', personId);
  }

  /** The fields of a person's assessments that read the assessments' children, each read by the person, beside the assessments. */
  readsAheadForPerson(personId: string): ReadsAhead {
    const eligibility = () => childrenThrough(this.ctx, NeedsAssessment, 'personId', EligibilityDetermination, 'assessmentId').load(personId);
    return { eligibility, eligibleNeedsIdentified: eligibility, needs: () => childrenThrough(this.ctx, NeedsAssessment, 'personId', Need, 'assessmentId').load(personId) };
  }

  /** The assessment a change is about, audited as changed; BAD_USER_INPUT when it is not the caller's to see. */
  forChange(id: string, field = 'id'): Promise<NeedsAssessment> {
    return loadForChange(this.ctx, NeedsAssessment, id, field, 'an assessment');
  }

  async request(input: CreateAssessmentInput): Promise<NeedsAssessment> {
    const today = LocalDate.today();
    const requestedOn = input.requestedOn ? LocalDate.parse(input.requestedOn, 'requestedOn') : today;
    if (requestedOn.isAfter(today)) throw new BadUserInput('requestedOn', 'requestedOn must not be in the future');
    const person = await lookupInGraph(this.ctx, AssessedPersonDocument, input.personId, 'personId');
    assertPersonToAssess(person);
    const jointPersonId = await this.jointPerson(input, person.consents);
    const manager = await this.ctx.db.manager();
    const assessment = await manager.save(
      manager.create(NeedsAssessment, {
        authorityCode: this.ctx.identity.authority,
        personId: input.personId,
        kind: input.kind,
        status: AssessmentStatus.REQUESTED,
        requestedOn: requestedOn.toString(),
        involved: [],
        jointPersonId,
      }),
    );
    this.ctx.audit.wrote(assessment.personId);
    await this.ctx.outbox.record('AssessmentRequested', { assessmentId: assessment.id, personId: assessment.personId });
    return assessment;
  }

  /** A joint assessment needs the other person and both people's standing consent (Care Act s.12(5)). */
  private async jointPerson(input: CreateAssessmentInput, consents: ReadonlyArray<{ purpose: ConsentPurpose; stands: boolean }>): Promise<string | null> {
    if (input.kind !== AssessmentKind.JOINT) {
      if (input.jointPersonId) throw new BadUserInput('jointPersonId', 'only a joint assessment has a joint person');
      return null;
    }
    if (!input.jointPersonId) throw new BadUserInput('jointPersonId', 'a joint assessment names the other person');
    if (input.jointPersonId === input.personId) throw new BadUserInput('jointPersonId', 'a joint assessment is of two different people');
    const other = await lookupInGraph(this.ctx, AssessedPersonDocument, input.jointPersonId, 'jointPersonId');
    const without = withoutJointAssessmentConsent([['personId', consents], ['jointPersonId', other.consents]]);
    if (without) throw new BadUserInput(without, 'both people must consent to a joint assessment; record their consent first');
    return input.jointPersonId;
  }

  async start(input: StartAssessmentInput): Promise<NeedsAssessment> {
    const assessment = await this.forChange(input.id);
    assertAssessmentTransition(assessment.status, AssessmentStatus.IN_PROGRESS);
    if (assessment.status === AssessmentStatus.COMPLETED) throw new BadUserInput('id', 'use reopenAssessment for a completed assessment');
    await this.assertAssessor(input.assessorPractitionerId);
    return updateVersioned(this.ctx, NeedsAssessment, 'Assessment', assessment.id, input.version, {
      status: AssessmentStatus.IN_PROGRESS,
      startedOn: LocalDate.today().toString(),
      assessorPractitionerId: input.assessorPractitionerId,
      method: input.method,
      involved: parseInvolvement(input.involved ?? []),
    });
  }

  /** R2c: another assessor takes over an assessment in progress; nothing recorded so far is lost. */
  async reassign(input: ReassignAssessmentInput): Promise<NeedsAssessment> {
    const reason = input.reason.trim();
    if (reason.length < 10 || reason.length > 1000) throw new BadUserInput('reason', 'say why the assessor changes (10 to 1000 characters)');
    const assessment = await this.forChange(input.id);
    if (assessment.status !== AssessmentStatus.IN_PROGRESS) throw new Conflict('only an assessment in progress is handed to another assessor');
    await this.assertAssessor(input.assessorPractitionerId);
    return updateVersioned(this.ctx, NeedsAssessment, 'Assessment', assessment.id, input.version, { assessorPractitionerId: input.assessorPractitionerId });
  }

  /** The assessor is a practitioner in the caller's council. */
  private async assertAssessor(practitionerId: string): Promise<void> {
    if (!isUuid(practitionerId) || !(await askGraph(this.ctx, AssessorDocument, { id: practitionerId })).practitioner) {
      throw new BadUserInput('assessorPractitionerId', 'assessorPractitionerId is not a practitioner in your authority');
    }
  }

  async recordInvolvement(id: string, version: number, items: readonly InvolvementInput[]): Promise<NeedsAssessment> {
    const assessment = await this.forChange(id);
    assertAssessmentEditable(assessment.status);
    return updateVersioned(this.ctx, NeedsAssessment, 'Assessment', id, version, { involved: parseInvolvement(items) });
  }

  /**
   * Completes the assessment: the R2a and R2c guards, then the eligibility determination derived from the
   * recorded needs under the person's nation's criteria, stored with its rule path and rationale.
   */
  async complete(input: CompleteAssessmentInput): Promise<NeedsAssessment> {
    const assessment = await this.forChange(input.id);
    assertAssessmentTransition(assessment.status, AssessmentStatus.COMPLETED);
    const assessor = assessment.assessorPractitionerId;
    const { person, practitioner, jointPerson } = await askGraph(this.ctx, CompletionFactsDocument, {
      person: assessment.personId,
      assessor: assessor ?? assessment.personId,
      withAssessor: assessor !== null,
      jointPerson: assessment.jointPersonId ?? assessment.personId,
      isJoint: assessment.jointPersonId !== null,
    });
    assertQualifiedAssessor(person?.deafblind ?? false, practitioner?.specialisms ?? null);
    if (assessment.jointPersonId) {
      const without = withoutJointAssessmentConsent([['the person', person?.consents ?? []], ['the other person', jointPerson?.consents ?? []]]);
      if (without) throw new Conflict(`${without} no longer consents to a joint assessment (Care Act s.12(5)): record their consent again, or withdraw this assessment and request one of the person alone`);
    }

    const needs = await manyBy(this.ctx, Need, 'assessmentId').load(assessment.id);
    const framework = eligibilityFramework(callerNation(this.ctx), assessment.kind === AssessmentKind.CARER);
    const answers = { framework, healthAtRisk: input.healthAtRisk, significantImpact: input.significantImpact, needs };
    assertEligibilityAnswered(answers);
    const facts = {
      framework,
      needsArise: input.needsArise,
      healthAtRisk: input.healthAtRisk ?? undefined,
      significantImpact: input.significantImpact ?? undefined,
      needs: needs.map((n) => ({
        outcome: n.outcome,
        unableReasons: n.unableReasons,
        cannotMeetAlone: n.cannotMeetAlone ?? undefined,
        onlyWithCouncilHelp: n.onlyWithCouncilHelp ?? undefined,
        metByCarer: n.metByCarer,
        metByOtherService: n.metByOtherService,
      })),
    };
    const determination = determineEligibility(facts);
    assertEventOutcomeAgrees(determination, input.eventOutcome);
    const manager = await this.ctx.db.manager();
    await manager.save(
      manager.create(EligibilityDetermination, {
        authorityCode: assessment.authorityCode,
        assessmentId: assessment.id,
        framework,
        inputs: facts,
        eligible: determination.eligible,
        eligibleIfCarerStopped: determination.eligibleIfCarerStopped,
        eligibleNeeds: determination.eligibleNeeds,
        councilMustMeet: determination.councilMustMeet,
        path: determination.path,
        failedCondition: determination.failedCondition,
        rationale: determination.rationale,
        practitionerNote: input.note?.trim() || null,
        decidedBy: this.ctx.identity.userId,
      }),
    );
    const completed = await updateVersioned(this.ctx, NeedsAssessment, 'Assessment', assessment.id, input.version, {
      status: AssessmentStatus.COMPLETED,
      completedOn: LocalDate.today().toString(),
      eventOutcome: input.eventOutcome as AssessmentEventOutcome,
    });
    await this.ctx.outbox.record('AssessmentCompleted', {
      assessmentId: completed.id,
      personId: completed.personId,
      eligible: determination.eligible,
      framework,
    });
    return completed;
  }

  async withdraw(id: string, version: number, reason: string): Promise<NeedsAssessment> {
    const assessment = await this.forChange(id);
    assertAssessmentTransition(assessment.status, AssessmentStatus.WITHDRAWN);
    const why = reason.trim();
    if (!why) throw new BadUserInput('reason', 'say why the assessment is withdrawn');
    const withdrawn = await updateVersioned(this.ctx, NeedsAssessment, 'Assessment', id, version, {
      status: AssessmentStatus.WITHDRAWN,
      withdrawnOn: LocalDate.today().toString(),
      withdrawnReason: why,
    });
    await this.ctx.outbox.record('AssessmentWithdrawn', { assessmentId: id, personId: withdrawn.personId });
    return withdrawn;
  }

  /**
   * The worker, after a date of death is recorded, corrected or removed: the person's assessments follow the
   * date their record now holds (assessmentAfterDeath) — those not yet completed withdrawn on it, those it
   * withdrew moved with it, or back as they were once it is removed as recorded in error. Returns those changed.
   */
  async followDeath(personId: string): Promise<NeedsAssessment[]> {
    const { person } = await askGraph(this.ctx, PersonDeathDocument, { id: personId });
    if (!person) throw new BadUserInput('personId', 'personId is not a person in your authority');
    const changed: NeedsAssessment[] = [];
    for (const assessment of await loadVisibleBy(this.ctx, NeedsAssessment, 'personId', personId)) {
      const after = assessmentAfterDeath(assessment, person.dateOfDeath);
      if (!after) continue;
      this.ctx.audit.wrote(personId);
      changed.push(await updateVersioned(this.ctx, NeedsAssessment, 'Assessment', assessment.id, assessment.version, after.to));
      await this.ctx.outbox.record(after.change === 'REINSTATE' ? 'AssessmentReinstated' : 'AssessmentWithdrawn', { assessmentId: assessment.id, personId });
    }
    return changed;
  }

  /** Reopens a completed assessment to change it; the next completion makes a new determination. */
  async reopen(id: string, version: number, reason: string): Promise<NeedsAssessment> {
    const assessment = await this.forChange(id);
    if (assessment.status !== AssessmentStatus.COMPLETED) throw new BadUserInput('id', 'only a completed assessment can be reopened');
    if (!reason.trim()) throw new BadUserInput('reason', 'say why the assessment is reopened');
    const reopened = await updateVersioned(this.ctx, NeedsAssessment, 'Assessment', id, version, { status: AssessmentStatus.IN_PROGRESS, completedOn: null, eventOutcome: null });
    await this.ctx.outbox.record('AssessmentReopened', { assessmentId: id, personId: reopened.personId });
    return reopened;
  }

  /** The latest determination (a reopened and completed assessment has several; earlier ones stay as history). */
  async eligibility(assessmentId: string): Promise<EligibilityDetermination | null> {
    return (await manyBy(this.ctx, EligibilityDetermination, 'assessmentId').load(assessmentId)).at(-1) ?? null;
  }
}
