import { LocalDate, Role } from '@careplan/domain';
import { graphql, tokenFor, type GraphQLResult } from '@careplan/testing';

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

/** Drives the graph as a council frontend would: a caller per token, and the common steps of a journey. */
export class Frontend {
  constructor(private readonly url: () => string) {}

  // Arrow properties, so tests can take `const { call, ok } = frontend`.
  readonly call = (token: string, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResult<any>> =>
    graphql(this.url(), query, variables, token);

  /** The data, or a thrown error carrying the GraphQL errors. */
  readonly ok = async <T = any>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const res = await this.call(token, query, variables);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data as T;
  };

  /** Records how a person needs letters and plan copies (R2b): standard print, no interpreter, unless `over` says otherwise. */
  communicationNeeds(token: string, personId: string, over: Record<string, unknown>) {
    return this.ok(token, `mutation($input: SetCommunicationNeedsInput!) { setCommunicationNeeds(input: $input) { formats } }`, {
      input: { personId, formats: [], interpreterRequired: false, postOnly: false, reviewOn: '2027-11-01', ...over },
    });
  }

  /** A practitioner record, made by the authority's team manager. */
  async practitioner(authority: string, userId: string, specialisms: string[] = []): Promise<string> {
    const manager = await tokenFor({ authority, userId: `tm-${authority}`, roles: [Role.TEAM_MANAGER] });
    const { createPractitioner } = await this.ok(manager, `mutation($input: PractitionerInput!) { createPractitioner(input: $input) { id } }`, {
      input: { userId, givenName: 'Test', familyName: userId, roles: ['PRACTITIONER'], specialisms },
    });
    return createPractitioner.id;
  }

  /** A team manager with an approval limit a year (R8), recorded by the council's team manager; their token. */
  async approver(authority: string, userId: string, limitPence: number): Promise<string> {
    const manager = await tokenFor({ authority, userId: `tm-${authority}`, roles: [Role.TEAM_MANAGER] });
    await this.ok(manager, `mutation($input: PractitionerInput!) { createPractitioner(input: $input) { id } }`, {
      input: { userId, givenName: 'Appr', familyName: userId, roles: ['TEAM_MANAGER'], approvalLimitPence: limitPence },
    });
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

  /** A new person with a started assessment and its needs recorded, ready to complete. */
  async assessmentReadyToComplete(token: string, assessorId: string, needs: Array<Record<string, unknown>>, setup?: (personId: string) => Promise<void>) {
    const { createPerson } = await this.ok(token, `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`, {
      input: { givenName: 'Olu', familyName: 'Assessed', dateOfBirth: '1944-04-04' },
    });
    if (setup) await setup(createPerson.id);
    const { createAssessment } = await this.ok(token, `mutation($input: CreateAssessmentInput!) { createAssessment(input: $input) { id version } }`, {
      input: { personId: createPerson.id },
    });
    const { startAssessment } = await this.ok(token, `mutation($input: StartAssessmentInput!) { startAssessment(input: $input) { id version status } }`, {
      input: {
        id: createAssessment.id,
        version: createAssessment.version,
        assessorPractitionerId: assessorId,
        method: 'FACE_TO_FACE',
        involved: [{ name: 'Olu Assessed', role: 'PERSON', how: 'in person', on: '2026-11-20' }],
      },
    });
    for (const need of needs) {
      await this.ok(token, `mutation($input: RecordNeedInput!) { recordNeed(input: $input) { id } }`, { input: { assessmentId: createAssessment.id, inOwnWords: 'In my words.', ...need } });
    }
    return { personId: createPerson.id as string, id: startAssessment.id as string, version: startAssessment.version as number };
  }

  completeAssessment(token: string, a: { id: string; version: number }, selection: string, over: Record<string, unknown> = {}) {
    return this.call(token, `mutation($input: CompleteAssessmentInput!) { completeAssessment(input: $input) { ${selection} } }`, {
      input: { id: a.id, version: a.version, needsArise: true, significantImpact: true, eventOutcome: 'PROGRESS_TO_CARE_AND_SUPPORT_PLANNING', ...over },
    });
  }

  /** An eligible person's completed assessment and a draft plan drawn from it. */
  async draftPlan(token: string, assessorId: string, needs: Array<Record<string, unknown>>, completion: Record<string, unknown> = {}) {
    const a = await this.assessmentReadyToComplete(token, assessorId, needs);
    const done = await this.completeAssessment(token, a, 'eligibility { eligible }', completion);
    const { createPlan } = await this.ok(token, `mutation($input: CreatePlanInput!) { createPlan(input: $input) { id version } }`, { input: { personId: a.personId, assessmentId: a.id } });
    return { personId: a.personId, planId: createPlan.id as string, version: createPlan.version as number, eligible: done.data?.completeAssessment.eligibility.eligible as boolean };
  }

  /** A plan whose content is complete (R5), with a budget of £325 a week: £16,900 a year. */
  async completePlan(token: string, assessorId: string) {
    const p = await this.draftPlan(token, assessorId, [
      { outcome: 'NUTRITION', unableReasons: ['NEEDS_HELP'] },
      { outcome: 'PERSONAL_HYGIENE', unableReasons: ['NEEDS_HELP'] },
    ]);
    const outcome = (await this.ok(token, `mutation($id: ID!) { addPlanOutcome(input: { planId: $id, inOwnWords: "To wash and eat well at home" }) { id } }`, { id: p.planId })).addPlanOutcome.id;
    for (const need of ['NUTRITION', 'PERSONAL_HYGIENE']) {
      await this.ok(token, `mutation($input: AddSupportItemInput!) { addSupportItem(input: $input) { id } }`, {
        input: { planId: p.planId, need, kind: 'COMMISSIONED_PROVIDER', description: `Support with ${need.toLowerCase()}`, provider: 'Hackney Homecare', outcomeIds: [outcome] },
      });
    }
    await this.ok(token, `mutation($input: CreatePersonalBudgetInput!) { createPersonalBudget(input: $input) { id } }`, {
      input: { planId: p.planId, indicativeWeeklyPence: 32_500, indicativeExplanation: 'From the council’s resource allocation system for the needs assessed.' },
    });
    const { updatePlanSections } = await this.ok(token, `mutation($input: PlanSectionsInput!) { updatePlanSections(input: $input) { version } }`, {
      input: {
        id: p.planId,
        version: p.version,
        strengthsAndAssets: 'Close to her sister.',
        adviceAndInformation: 'Lunch club on Tuesdays.',
        contingencyPlan: 'Sister covers missed visits.',
        namedCoordinator: 'Duty team',
        reviewArrangements: 'Review in 8 weeks.',
      },
    });
    const involved = await this.recordPlanInvolvement(token, { planId: p.planId, version: updatePlanSections.version }, [{ name: 'Olu Assessed', role: 'PERSON' }]);
    return { ...p, version: involved.version };
  }

  /** R1: who took part in planning, today, in person. */
  async recordPlanInvolvement(token: string, plan: { planId: string; version: number }, who: Array<{ name: string; role: string; relationship?: string }>) {
    const involved = who.map((w) => ({ how: 'in person', on: LocalDate.today().toString(), ...w }));
    const { recordPlanInvolvement } = await this.ok(token, `mutation($input: PlanInvolvementInput!) { recordPlanInvolvement(input: $input) { version involved { name role } } }`, {
      input: { id: plan.planId, version: plan.version, involved },
    });
    return recordPlanInvolvement as { version: number; involved: Array<{ name: string; role: string }> };
  }

  /** One lifecycle step of a plan at the version given (the person agrees for themselves). */
  private async planStep(by: string, mutation: string, planId: string, version: number): Promise<{ version: number; status: string }> {
    return (await this.ok(by, `mutation($id: ID!, $v: Int!) { ${mutation}(input: { id: $id, version: $v${mutation === 'agreePlan' ? ', party: PERSON' : ''} }) { version status } }`, { id: planId, v: version }))[mutation];
  }

  /** Proposes a complete plan and puts it in the approvers' queue (R9, R8). */
  async submitForApproval(token: string, plan: { planId: string; version: number }) {
    const proposed = await this.planStep(token, 'proposePlan', plan.planId, plan.version);
    return this.planStep(token, 'submitPlanForApproval', plan.planId, proposed.version);
  }

  /** Takes a complete plan through proposal, approval and a final budget to the person's agreement. */
  async signOff(token: string, plan: { planId: string; version: number }, approver: string, finance: string) {
    const submitted = await this.submitForApproval(token, plan);
    const approved = await this.planStep(approver, 'approvePlan', plan.planId, submitted.version);
    const { plan: costed } = await this.ok(token, `query($id: ID!) { plan(id: $id) { supportItems { id } personalBudget { id version } } }`, { id: plan.planId });
    for (const item of costed.supportItems) {
      await this.ok(token, `mutation($input: SetCostLineInput!) { setCostLine(input: $input) { id } }`, {
        input: { budgetId: costed.personalBudget.id, supportItemId: item.id, unitCostPence: 2_350, unitType: 'HOUR', plannedUnitsPerWeek: 7.5 },
      });
    }
    await this.ok(finance, `mutation($input: FinaliseBudgetInput!) { finalisePersonalBudget(input: $input) { id } }`, {
      input: { id: costed.personalBudget.id, version: costed.personalBudget.version, finalWeeklyPence: 35_250, explanation: 'Costed at framework rates.' },
    });
    return this.planStep(token, 'agreePlan', plan.planId, approved.version);
  }

  /** Starts a review the way agreed with the person and records what R16 asks and who took part: ready to complete. */
  async conductReview(token: string, review: { id: string; version: number }): Promise<{ id: string; version: number }> {
    const { startReview } = await this.ok(token, `mutation($input: StartReviewInput!) { startReview(input: $input) { version } }`, {
      input: { id: review.id, version: review.version, method: 'FACE_TO_FACE', methodAgreedWithPerson: true },
    });
    const { recordReviewContent } = await this.ok(token, `mutation($input: RecordReviewContentInput!) { recordReviewContent(input: $input) { id version } }`, {
      input: {
        id: review.id,
        version: startReview.version,
        ...REVIEW_CONTENT,
        involved: [{ name: 'Olu Assessed', role: 'PERSON', how: 'in person', on: LocalDate.today().toString() }],
      },
    });
    return recordReviewContent;
  }
}
