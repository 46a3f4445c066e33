import { Role } from '@careplan/domain';
import { graphql, tokenFor, type GraphQLResult } from '@careplan/testing';

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

  /** A practitioner record, made by the authority's team manager. */
  async practitioner(authority: string, userId: string, specialisms: string[] = []): Promise<string> {
    const manager = await tokenFor({ authority, userId: `tm-${authority}`, roles: [Role.TEAM_MANAGER] });
    const { createPractitioner } = await this.ok(manager, `mutation($input: PractitionerInput!) { createPractitioner(input: $input) { id } }`, {
      input: { userId, givenName: 'Test', familyName: userId, roles: ['PRACTITIONER'], specialisms },
    });
    return createPractitioner.id;
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
        involved: [{ name: 'Olu Assessed', role: 'the person', how: 'in person', on: '2026-11-20' }],
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
}
