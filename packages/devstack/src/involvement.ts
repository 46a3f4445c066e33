import type { GraphCall } from './journey';

export interface DemoRelationship {
  kind: string;
  name: string;
  [field: string]: unknown;
}

/** What the demo records about a person beyond the journey: their details and who is involved. */
export interface DemoInvolvement {
  profile: Record<string, unknown>;
  relationships?: DemoRelationship[];
  communicationNeeds?: Record<string, unknown>;
  advocacyFacts?: Record<string, unknown>;
  capacityAssessments?: Array<Record<string, unknown>>;
  /** userId of the practitioner the person is allocated to. */
  allocatedTo?: string;
  /** The assessment's progress: started by `assessor` with these needs, and completed when the guards allow. */
  assessment?: DemoAssessment;
}

export interface DemoAssessment {
  assessor: string;
  needs: Array<Record<string, unknown>>;
  completion: Record<string, unknown>;
}

export interface DemoStaff {
  teams: string[];
  practitioners: Array<{ userId: string; givenName: string; familyName: string; team: string; roles: string[]; specialisms?: string[]; approvalLimitPence?: number }>;
}

/** Teams and practitioners of one council, created when missing; returns practitioner ids by userId. */
export async function ensureStaff(call: GraphCall, staff: DemoStaff): Promise<Map<string, string>> {
  const { teams, practitioners } = await call<{ teams: Array<{ id: string; name: string }>; practitioners: Array<{ id: string; userId: string }> }>(
    `{ teams { id name } practitioners { id userId } }`,
    {},
  );
  const teamIds = new Map(teams.map((t) => [t.name, t.id]));
  for (const name of staff.teams.filter((n) => !teamIds.has(n))) {
    teamIds.set(name, (await call(`mutation($name: String!) { createTeam(name: $name) { id } }`, { name })).createTeam.id);
  }
  const ids = new Map(practitioners.map((p) => [p.userId, p.id]));
  for (const { team, ...p } of staff.practitioners.filter((p) => !ids.has(p.userId))) {
    const { createPractitioner } = await call(`mutation($input: PractitionerInput!) { createPractitioner(input: $input) { id } }`, {
      input: { ...p, teamId: teamIds.get(team) },
    });
    ids.set(p.userId, createPractitioner.id);
  }
  return ids;
}

/** Records the person's details and involvement where missing, so running the seed again changes nothing. */
export async function ensureInvolvement(call: GraphCall, personId: string, demo: DemoInvolvement, practitioners: Map<string, string>): Promise<void> {
  const { person } = await call(
    `query($id: ID!) { person(id: $id) {
       version preferredName allocatedPractitioner { id } relationships(includeEnded: true) { name }
       communicationNeeds { reviewOn } advocacy { facts { recordedBy } } capacityAssessments { id } } }`,
    { id: personId },
  );
  let version: number = person.version;
  if (person.preferredName === null) {
    version = (await call(`mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { version } }`, { input: { id: personId, version, ...demo.profile } })).updatePerson.version;
  }
  if (demo.allocatedTo && !person.allocatedPractitioner) {
    await call(`mutation($input: AllocatePersonInput!) { allocatePerson(input: $input) { version } }`, {
      input: { personId, version, practitionerId: practitioners.get(demo.allocatedTo) },
    });
  }
  const named = new Set((person.relationships as Array<{ name: string }>).map((r) => r.name));
  for (const relationship of demo.relationships ?? []) {
    if (named.has(relationship.name)) continue;
    await call(`mutation($input: RecordRelationshipInput!) { recordRelationship(input: $input) { id } }`, { input: { personId, ...relationship } });
  }
  if (demo.communicationNeeds && !person.communicationNeeds) {
    await call(`mutation($input: SetCommunicationNeedsInput!) { setCommunicationNeeds(input: $input) { reviewOn } }`, { input: { personId, ...demo.communicationNeeds } });
  }
  if (demo.advocacyFacts && !person.advocacy.facts) {
    await call(`mutation($input: RecordAdvocacyFactsInput!) { recordAdvocacyFacts(input: $input) { required } }`, { input: { personId, ...demo.advocacyFacts } });
  }
  if (person.capacityAssessments.length === 0) {
    for (const assessment of demo.capacityAssessments ?? []) {
      await call(`mutation($input: RecordCapacityAssessmentInput!) { recordCapacityAssessment(input: $input) { id } }`, { input: { personId, ...assessment } });
    }
  }
}

/**
 * Takes the person's first assessment as far as the demo says: started, needs recorded, completed.
 * A completion the law refuses (an advocate required and missing, say) is left in progress, as a council
 * would find it.
 */
export async function ensureAssessment(call: GraphCall, assessmentId: string, demo: DemoAssessment, practitioners: Map<string, string>): Promise<void> {
  const { assessment } = await call(`query($id: ID!) { assessment(id: $id) { status version needs { id } } }`, { id: assessmentId });
  let version: number = assessment.version;
  if (assessment.status === 'REQUESTED') {
    version = (
      await call(`mutation($input: StartAssessmentInput!) { startAssessment(input: $input) { version } }`, {
        input: { id: assessmentId, version, assessorPractitionerId: practitioners.get(demo.assessor), method: 'FACE_TO_FACE' },
      })
    ).startAssessment.version;
  } else if (assessment.status !== 'IN_PROGRESS') {
    return;
  }
  if (assessment.needs.length === 0) {
    for (const need of demo.needs) await call(`mutation($input: RecordNeedInput!) { recordNeed(input: $input) { id } }`, { input: { assessmentId, ...need } });
  }
  try {
    await call(`mutation($input: CompleteAssessmentInput!) { completeAssessment(input: $input) { status } }`, { input: { id: assessmentId, version, ...demo.completion } });
  } catch (err) {
    if (!/RULE_VIOLATION/.test((err as Error).message)) throw err;
  }
}
