import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { AgreementParty, AssessmentEventOutcome, AssessmentMethod, DirectPaymentRecipient, InvolvementRole, LocalDate, Nation, NeedCode, PaymentFrequency, ReviewMethod, ReviewOutcome, Role, SupportKind, UnitType } from '@careplan/domain';
import type { Variables } from '@careplan/runtime';
import * as G from './graph/generated';
import { graphql, type GraphQLResult } from './http';
import type { GraphCall } from './journey';
import { tokenFor } from './tokens';
import { until } from './wait';

/**
 * The generated input types with every enum also accepted as its string, as a frontend sends it: the
 * values are the same at runtime, and a misspelt one is still a compile error.
 */
export type Plain<T> = T extends string ? `${T}` : T extends Array<infer U> ? Array<Plain<U>> : T extends object ? { [K in keyof T]: Plain<T[K]> } : T;

/** A need as a suite records it: the person's own words default. */
export type NeedSpec = Plain<Omit<G.RecordNeedInput, 'assessmentId' | 'inOwnWords'>> & { inOwnWords?: string };
export type CompletionSpec = Partial<Plain<Omit<G.CompleteAssessmentInput, 'id' | 'version'>>>;
/** Whom an assessment is of: a new person by default (`setup` then runs on them first), or one already recorded. */
export interface AssessedPersonSpec {
  setup?: (personId: string) => Promise<unknown>;
  personId?: string;
}
/** R7: a plan drafted joint with another person, who (like the person) has consented to it. */
export type PlanSpec = { jointPersonId?: string };
export type CommunicationSpec = Partial<Plain<G.SetCommunicationNeedsInput>>;
/** A plan as a journey step left it; a joint plan names its other person, who agrees it too (R7, R9). */
export type PlanRef = { planId: string; version: number; jointPersonId?: string | null };
/** The staff a plan needs, as `Frontend.planningTeam` makes them: tokens, and the assessor's practitioner id. */
export type PlanningTeam = Awaited<ReturnType<Frontend['planningTeam']>>;

/** What a complete plan holds in each nation: two eligible needs, and the sections its content rules ask for (R5, R5w). */
const COMPLETE_CONTENT: Record<Nation, { needs: NeedSpec[]; completion: CompletionSpec; sections: Omit<Plain<G.PlanSectionsInput>, 'id' | 'version'> }> = {
  [Nation.ENGLAND]: {
    needs: [
      { outcome: NeedCode.NUTRITION, unableReasons: ['NEEDS_HELP'] },
      { outcome: NeedCode.PERSONAL_HYGIENE, unableReasons: ['NEEDS_HELP'] },
    ] as NeedSpec[],
    completion: {},
    sections: { strengthsAndAssets: 'Close to her sister.', adviceAndInformation: 'Lunch club on Tuesdays.', contingencyPlan: 'Sister covers missed visits.', namedCoordinator: 'Duty team', reviewArrangements: 'Review in 8 weeks.' },
  },
  [Nation.WALES]: {
    needs: [
      { outcome: NeedCode.SELF_CARE_OR_DOMESTIC_ROUTINES, cannotMeetAlone: true, onlyWithCouncilHelp: true },
      { outcome: NeedCode.SOCIAL_RELATIONSHIPS_AND_COMMUNITY, cannotMeetAlone: true, onlyWithCouncilHelp: true },
    ] as NeedSpec[],
    completion: { significantImpact: null },
    sections: {
      actionsByOthers: 'Her sister shops on Saturdays; the community centre runs the lunch club.',
      progressMonitoring: 'The care provider notes each week how she managed; the social worker looks at the notes monthly.',
      reviewArrangements: 'Review in 8 weeks.',
    },
  },
};

/** Everything R16 asks a review to record, with the person taking part (R1). */
export const REVIEW_CONTENT = {
  personInvolved: true,
  whatChanged: 'Her sister moved away in October.',
  whatWorks: 'The morning calls; she likes the carers.',
  whatDoesNotWork: 'Evening calls come too late for her tablets.',
  newOutcomes: 'To get to the lunch club on her own.',
  moreSupportNeeded: 'An earlier evening call.',
  budgetEnough: true,
  otherWaysOfMeetingNeeds: 'She would like a direct payment for the lunch club.',
  socialSupportChanges: 'Her sister no longer visits daily.',
  riskOfAbuseOrNeglect: false,
  everyoneContent: true,
};

/** Each lifecycle step of a plan (R8, R9), all answering the `PlanStep` fragment. */
const PLAN_STEPS = {
  proposePlan: G.ProposeJourneyPlanDocument,
  submitPlanForApproval: G.SubmitJourneyPlanForApprovalDocument,
  approvePlan: G.ApproveJourneyPlanDocument,
  agreePlan: G.AgreeJourneyPlanDocument,
  activatePlan: G.ActivateJourneyPlanDocument,
  revisePlan: G.ReviseJourneyPlanDocument,
};
export type PlanStepName = keyof typeof PLAN_STEPS;
export type PlanStepResult = G.PlanStepFragment;
/** Who agrees a plan (the person, by default), or a submission flagged unusual (R8). */
export type StepExtra = { party?: Plain<AgreementParty>; jointParty?: Plain<AgreementParty>; unusual?: boolean };

/** One page of a Relay connection, as a suite asks for it: cursors, node ids and the full PageInfo. */
export interface ConnectionPage<N = { id: string }> {
  edges: Array<{ cursor: string; node: N }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

/**
 * What pages read to the end should show: each page's size and flags, and whether its start and end
 * cursors are its first and last edges'. A suite compares it with `pageShapes(sizes)`.
 */
export function shapeOf(pages: ConnectionPage<unknown>[]) {
  return pages.map(({ edges, pageInfo }) => ({
    size: edges.length,
    hasPreviousPage: pageInfo.hasPreviousPage,
    hasNextPage: pageInfo.hasNextPage,
    cursorsMatch: pageInfo.startCursor === (edges[0]?.cursor ?? null) && pageInfo.endCursor === (edges.at(-1)?.cursor ?? null),
  }));
}

/** The shape of pages of these sizes read to the end: something before every page but the first, after every page but the last. */
export function pageShapes(sizes: number[]) {
  return sizes.map((size, i) => ({ size, hasPreviousPage: i > 0, hasNextPage: i < sizes.length - 1, cursorsMatch: true }));
}

/** The data of a result, or a thrown error carrying its GraphQL errors. */
function dataOf<T>(res: GraphQLResult<T>): T {
  if (res.errors || !res.data) throw new Error(JSON.stringify(res.errors ?? `no data (HTTP ${res.status})`));
  return res.data;
}

/**
 * Drives the graph as a council frontend would, one token a call: the journey every suite and the demo
 * seed share (person → assessment → plan → budget → agreement → review), each step a typed operation
 * from `src/graph/*.graphql`.
 */
export class Frontend {
  private readonly url: () => string;

  constructor(url: string | (() => string)) {
    this.url = typeof url === 'string' ? () => url : url;
  }

  // Arrow properties, so tests can take `const { call, ok } = frontend`.
  /** An inline operation (one a suite has not yet made a document of): the whole answer. */
  readonly call = (token: string, query: string, variables: Variables = {}): Promise<GraphQLResult<any>> => graphql(this.url(), query, variables, token);

  /** An inline operation's data, or a thrown error carrying the GraphQL errors. */
  readonly ok = async <T = any>(token: string, query: string, variables: Variables = {}): Promise<T> => dataOf<T>(await this.call(token, query, variables));

  /** A typed operation: the whole answer, for refusals. */
  readonly attempt = <R, V extends Variables>(token: string, document: TypedDocumentNode<R, V>, variables: V): Promise<GraphQLResult<R>> =>
    graphql(this.url(), document, variables, token);

  /** A typed operation's data, or a thrown error carrying the GraphQL errors. */
  readonly send = async <R, V extends Variables>(token: string, document: TypedDocumentNode<R, V>, variables: V): Promise<R> =>
    dataOf(await this.attempt(token, document, variables));

  /** Every page of the root connection `field`, each continuing `after` the one before; at most `limit` pages. */
  async pagesToEnd<N = { id: string }>(token: string, query: string, field: string, variables: Variables = {}, limit = 20): Promise<ConnectionPage<N>[]> {
    const pages: ConnectionPage<N>[] = [];
    let after: string | null = null;
    do {
      const page: ConnectionPage<N> = (await this.ok(token, query, { ...variables, after }))[field];
      pages.push(page);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after && pages.length < limit);
    return pages;
  }

  /** Typed calls with one token, as `ensureJourney` takes them. */
  as(token: string): GraphCall {
    return (document, variables) => this.send(token, document, variables);
  }

  /** A data team's counts over a period, grouped as asked (ANALYST). */
  statistics(token: string, variables: Plain<G.DataTeamStatisticsQueryVariables>) {
    return this.send(token, G.DataTeamStatisticsDocument, variables as G.DataTeamStatisticsQueryVariables);
  }

  /** A data team's measures of one reporting year (ANALYST). */
  measures(token: string, year: number) {
    return this.send(token, G.DataTeamMeasuresDocument, { year });
  }

  /** A returns officer asks for the CLD return of a quarter. */
  async requestDataReturn(token: string, quarter: string) {
    return (await this.send(token, G.OfficerRequestsClientLevelDataReturnDocument, { input: { quarter } })).requestClientLevelDataReturn;
  }

  /** A return as it stands, with its progress while the worker builds it. */
  async dataReturn(token: string, id: string) {
    return (await this.send(token, G.OfficerDataReturnDocument, { id })).dataReturn;
  }

  /** Records how a person needs letters and plan copies (R2b): standard print, no interpreter, unless `over` says otherwise. */
  communicationNeeds(token: string, personId: string, over: CommunicationSpec) {
    const input = { personId, formats: [], interpreterRequired: false, postOnly: false, reviewOn: '2027-11-01', ...over };
    return this.send(token, G.SetJourneyCommunicationNeedsDocument, { input: input as G.SetCommunicationNeedsInput });
  }

  /** Records the person's date of death on their record, at the version it is now; null removes one recorded in error. */
  async recordDeath(token: string, personId: string, dateOfDeath: string | null) {
    const { person } = await this.send(token, G.JourneyPersonVersionDocument, { id: personId });
    if (!person) throw new Error(`person ${personId} is not visible to record a death`);
    return (await this.send(token, G.RecordJourneyDeathDocument, { input: { id: personId, version: person.version, dateOfDeath } })).updatePerson;
  }

  /** Someone in the person's life (a carer, an attorney…); their id. */
  async relate(token: string, personId: string, relationship: Plain<Omit<G.RecordRelationshipInput, 'personId'>>): Promise<string> {
    const input = { personId, ...relationship } as G.RecordRelationshipInput;
    return (await this.send(token, G.RecordJourneyRelationshipDocument, { input })).recordRelationship.id;
  }

  /** A staff record made by the authority's team manager. */
  private async staff(authority: string, input: Plain<G.PractitionerInput>): Promise<string> {
    const manager = await tokenFor({ authority, userId: `tm-${authority}`, roles: [Role.TEAM_MANAGER] });
    return (await this.send(manager, G.CreateJourneyPractitionerDocument, { input: input as G.PractitionerInput })).createPractitioner.id;
  }

  /** A practitioner record, made by the authority's team manager; with their specialisms and work e-mail address when given. */
  practitioner(authority: string, userId: string, more: Pick<Plain<G.PractitionerInput>, 'specialisms' | 'email'> = {}): Promise<string> {
    return this.staff(authority, { userId, givenName: 'Test', familyName: userId, roles: [Role.PRACTITIONER], ...more });
  }

  /** A team manager with an approval limit a year (R8), recorded by the council's team manager; their token. */
  async approver(authority: string, userId: string, limitPence: number): Promise<string> {
    await this.staff(authority, { userId, givenName: 'Appr', familyName: userId, roles: [Role.TEAM_MANAGER], approvalLimitPence: limitPence });
    return tokenFor({ authority, userId, roles: [Role.TEAM_MANAGER] });
  }

  /** Who a plan's journey to sign-off needs in one council: a practitioner, an assessor, a finance officer and an approver (R8). */
  async planningTeam(authority: string, name: string) {
    return {
      practitioner: await tokenFor({ authority, userId: `${name}-sw`, roles: [Role.PRACTITIONER] }),
      finance: await tokenFor({ authority, userId: `${name}-finance`, roles: [Role.FINANCE_OFFICER] }),
      assessor: await this.practitioner(authority, `${name}-assessor`),
      approver: await this.approver(authority, `${name}-approver`, 5_000_000),
    };
  }

  /** A new person (Olu Assessed, unless `input` says otherwise); their id. */
  async person(token: string, input: Partial<Plain<G.CreatePersonInput>> = {}): Promise<string> {
    const person = { givenName: 'Olu', familyName: 'Assessed', dateOfBirth: '1944-04-04', ...input } as G.CreatePersonInput;
    return (await this.send(token, G.CreateJourneyPersonDocument, { input: person })).createPerson.id;
  }

  /** A new person with a started assessment and its needs recorded, ready to complete. */
  async assessmentReadyToComplete(token: string, assessorId: string, needs: NeedSpec[], { setup, personId: existing }: AssessedPersonSpec = {}) {
    const personId = existing ?? (await this.person(token));
    if (setup) await setup(personId);
    const { createAssessment } = await this.send(token, G.CreateJourneyAssessmentDocument, { input: { personId } });
    const { startAssessment } = await this.send(token, G.StartJourneyAssessmentDocument, {
      input: {
        id: createAssessment.id,
        version: createAssessment.version,
        assessorPractitionerId: assessorId,
        method: AssessmentMethod.FACE_TO_FACE,
        involved: [{ name: 'Olu Assessed', role: InvolvementRole.PERSON, how: 'in person', on: '2026-11-20' }],
      },
    });
    for (const need of needs) {
      const input = { assessmentId: createAssessment.id, inOwnWords: 'In my words.', ...need } as G.RecordNeedInput;
      await this.send(token, G.RecordJourneyNeedDocument, { input });
    }
    return { personId, id: startAssessment.id, version: startAssessment.version };
  }

  /** Completes an assessment, by default with eligible needs and on to planning; the whole answer, for refusals. */
  completeAssessment(token: string, a: { id: string; version: number }, over: CompletionSpec = {}) {
    const input = { id: a.id, version: a.version, needsArise: true, significantImpact: true, eventOutcome: AssessmentEventOutcome.PROGRESS_TO_CARE_AND_SUPPORT_PLANNING, ...over };
    return this.attempt(token, G.CompleteJourneyAssessmentDocument, { input: input as G.CompleteAssessmentInput });
  }

  /** An eligible person's completed assessment and a draft plan drawn from it. */
  async draftPlan(token: string, assessorId: string, needs: NeedSpec[], completion: CompletionSpec = {}, person: AssessedPersonSpec = {}, plan: PlanSpec = {}) {
    const a = await this.assessmentReadyToComplete(token, assessorId, needs, person);
    const done = await this.completeAssessment(token, a, completion);
    const { createPlan } = await this.send(token, G.CreateJourneyPlanDocument, { input: { personId: a.personId, assessmentId: a.id, ...plan } });
    return { personId: a.personId, planId: createPlan.id, version: createPlan.version, jointPersonId: plan.jointPersonId ?? null, eligible: done.data?.completeAssessment.eligibility?.eligible };
  }

  /**
   * A plan whose content is complete under its council's nation's rules (R5 England, R5w Wales), with a budget
   * of £325 a week: £16,900 a year.
   */
  async completePlan(token: string, assessorId: string, nation: Nation = Nation.ENGLAND, person: AssessedPersonSpec = {}, plan: PlanSpec = {}) {
    const content = COMPLETE_CONTENT[nation];
    const p = await this.draftPlan(token, assessorId, content.needs, content.completion, person, plan);
    const { addPlanOutcome: outcome } = await this.send(token, G.AddJourneyPlanOutcomeDocument, { input: { planId: p.planId, inOwnWords: 'To wash and eat well at home' } });
    for (const spec of content.needs) {
      const need = spec.outcome as NeedCode;
      await this.send(token, G.AddJourneySupportItemDocument, {
        input: { planId: p.planId, need, kind: SupportKind.COMMISSIONED_PROVIDER, description: `Support with ${need.toLowerCase()}`, provider: 'Hackney Homecare', outcomeIds: [outcome.id] },
      });
    }
    await this.send(token, G.CreateJourneyBudgetDocument, {
      input: { planId: p.planId, indicativeWeeklyPence: 32_500, indicativeExplanation: 'From the council’s resource allocation system for the needs assessed.' },
    });
    const { updatePlanSections } = await this.send(token, G.UpdateJourneyPlanSectionsDocument, { input: { id: p.planId, version: p.version, ...content.sections } });
    const involved = await this.recordPlanInvolvement(token, { planId: p.planId, version: updatePlanSections.version }, [{ name: 'Olu Assessed', role: 'PERSON' }]);
    return { ...p, version: involved.version };
  }

  /** R1: who took part in planning, today, in person unless they say otherwise. */
  async recordPlanInvolvement(token: string, plan: PlanRef, who: Array<Omit<Plain<G.InvolvementInput>, 'how' | 'on'> & Partial<Pick<G.InvolvementInput, 'how' | 'on'>>>) {
    const involved = who.map((w) => ({ how: 'in person', on: LocalDate.today().toString(), ...w })) as G.InvolvementInput[];
    return (await this.send(token, G.RecordJourneyPlanInvolvementDocument, { input: { id: plan.planId, version: plan.version, involved } })).recordPlanInvolvement;
  }

  /**
   * One lifecycle step of a plan at the version given, answering the `PlanStep` fragment; the person
   * agrees for themselves unless `extra.party` says otherwise. The whole answer, for refusals.
   */
  attemptStep<S extends PlanStepName>(token: string, step: S, planId: string, version: number, extra: StepExtra = {}): Promise<GraphQLResult<Record<S, PlanStepResult>>> {
    const input = { id: planId, version, ...(step === 'agreePlan' ? { party: AgreementParty.PERSON } : {}), ...extra };
    // Every step's document answers the same fragment under the step's own name.
    const document = PLAN_STEPS[step] as TypedDocumentNode<Record<S, PlanStepResult>, { input: typeof input }>;
    return this.attempt(token, document, { input });
  }

  /** One lifecycle step of a plan at the version given; what the plan is now. */
  async step(token: string, step: PlanStepName, planId: string, version: number, extra: StepExtra = {}): Promise<PlanStepResult> {
    return dataOf(await this.attemptStep(token, step, planId, version, extra))[step];
  }

  /** Proposes a complete plan and puts it in the approvers' queue (R9, R8). */
  async submitForApproval(token: string, plan: PlanRef) {
    const proposed = await this.step(token, 'proposePlan', plan.planId, plan.version);
    return this.step(token, 'submitPlanForApproval', plan.planId, proposed.version);
  }

  /** Costs every support item of the plan at 7.5 hours of £23.50 (£176.25 each a week); the budget, to finalise. */
  async costPlan(token: string, planId: string) {
    const { plan } = await this.send(token, G.JourneyPlanCostingDocument, { id: planId });
    const budget = plan?.personalBudget;
    if (!plan || !budget) throw new Error(`plan ${planId} has no personal budget to cost`);
    for (const item of plan.supportItems) {
      await this.send(token, G.SetJourneyCostLineDocument, { input: { budgetId: budget.id, supportItemId: item.id, unitCostPence: 2_350, unitType: UnitType.HOUR, plannedUnitsPerWeek: 7.5 } });
    }
    return { ...budget, lines: plan.supportItems.length };
  }

  /** Costs the plan's support and has finance finalise its budget at that cost (R11). */
  async finaliseBudget(token: string, finance: string, planId: string) {
    const budget = await this.costPlan(token, planId);
    const input = { id: budget.id, version: budget.version, finalWeeklyPence: 17_625 * budget.lines, explanation: 'Costed at framework rates.' };
    return (await this.send(finance, G.FinaliseJourneyBudgetDocument, { input })).finalisePersonalBudget;
  }

  /** R11b: holds `pence` a week of the plan's final budget as a direct payment, the rest managed by the council; the budget. */
  async holdAsDirectPayment(finance: string, planId: string, pence: number) {
    const budget = (await this.send(finance, G.JourneyFinalBudgetDocument, { id: planId })).plan?.personalBudget;
    if (!budget?.finalWeeklyAmount) throw new Error(`plan ${planId} has no final budget`);
    const split = { councilManagedPence: budget.finalWeeklyAmount.pence - pence, directPaymentPence: pence, individualServiceFundPence: 0 };
    return (await this.send(finance, G.SetJourneyBudgetManagementDocument, { input: { id: budget.id, version: budget.version, ...split } })).setBudgetManagement;
  }

  /** R12a: a weekly direct payment to the person from the budget, for help with nutrition, first paid on `firstPaymentOn`: the whole answer, for refusals. */
  attemptDirectPayment(finance: string, budgetId: string, weeklyPence: number, firstPaymentOn: string) {
    const input = { budgetId, recipient: DirectPaymentRecipient.PERSON, coversNeeds: [NeedCode.NUTRITION], weeklyPence, frequency: PaymentFrequency.WEEKLY, accountType: 'Pre-paid card', firstPaymentOn };
    return this.attempt(finance, G.SetUpJourneyDirectPaymentDocument, { input });
  }

  /** The direct payment `attemptDirectPayment` sets up. */
  async setUpDirectPayment(finance: string, budgetId: string, weeklyPence: number, firstPaymentOn: string) {
    return dataOf(await this.attemptDirectPayment(finance, budgetId, weeklyPence, firstPaymentOn)).setUpDirectPayment;
  }

  /** Takes a complete plan through proposal, approval and a final budget to the person's agreement (and, for a joint plan, its other person's). */
  async signOff(token: string, plan: PlanRef, approver: string, finance: string) {
    const submitted = await this.submitForApproval(token, plan);
    const approved = await this.step(approver, 'approvePlan', plan.planId, submitted.version);
    await this.finaliseBudget(token, finance, plan.planId);
    return this.step(token, 'agreePlan', plan.planId, approved.version, plan.jointPersonId ? { jointParty: AgreementParty.PERSON } : {});
  }

  /** Starts a review the way agreed with the person and records what R16 asks and who took part: ready to complete. */
  async conductReview(token: string, review: { id: string; version: number }): Promise<{ id: string; version: number }> {
    const { startReview } = await this.send(token, G.StartJourneyReviewDocument, {
      input: { id: review.id, version: review.version, method: ReviewMethod.FACE_TO_FACE, methodAgreedWithPerson: true },
    });
    const { recordReviewContent } = await this.send(token, G.RecordJourneyReviewContentDocument, {
      input: {
        id: review.id,
        version: startReview.version,
        ...REVIEW_CONTENT,
        involved: [{ name: 'Olu Assessed', role: InvolvementRole.PERSON, how: 'in person', on: LocalDate.today().toString() }],
      },
    });
    return recordReviewContent;
  }

  /**
   * A plan taken the whole way for a planning team: signed off, active, and its first review (scheduled on
   * activation) conducted and completed with no change.
   */
  async reviewedPlan(team: PlanningTeam): Promise<{ planId: string; reviewId: string }> {
    const p = await this.completePlan(team.practitioner, team.assessor);
    const agreed = await this.signOff(team.practitioner, p, team.approver, team.finance);
    await this.step(team.practitioner, 'activatePlan', p.planId, agreed.version);
    const first = await until(async () => (await this.send(team.practitioner, G.JourneyPlanReviewsDocument, { id: p.planId })).plan?.reviews[0]);
    const conducted = await this.conductReview(team.practitioner, first);
    await this.send(team.practitioner, G.CompleteJourneyReviewDocument, { input: { id: first.id, version: conducted.version, outcome: ReviewOutcome.NO_CHANGE } });
    return { planId: p.planId, reviewId: first.id };
  }

  /** R9: a revision of a plan in force, with its own budget, agreed: the version it revises becomes REVISED. The revision's id. */
  async agreedRevision(team: PlanningTeam, planId: string): Promise<string> {
    const { plan } = await this.send(team.practitioner, G.JourneyPlanVersionDocument, { id: planId });
    if (!plan) throw new Error(`plan ${planId} is not visible`);
    const revision = await this.step(team.practitioner, 'revisePlan', planId, plan.version);
    await this.send(team.practitioner, G.CreateJourneyBudgetDocument, {
      input: { planId: revision.id, indicativeWeeklyPence: 32_500, indicativeExplanation: 'From the council’s resource allocation system for the needs reviewed.' },
    });
    await this.signOff(team.practitioner, { planId: revision.id, version: revision.version }, team.approver, team.finance);
    return revision.id;
  }
}
