import { AssessmentMethod, AssessmentStatus } from '@careplan/domain';
import type { GraphCall } from '@careplan/testing';
import {
  AllocateDemoPersonDocument,
  AssessmentProgressDocument,
  CompleteDemoAssessmentDocument,
  CreateDemoPractitionerDocument,
  CreateDemoTeamDocument,
  ExistingInvolvementDocument,
  ExistingStaffDocument,
  RecordDemoAdvocacyFactsDocument,
  RecordDemoCapacityAssessmentDocument,
  RecordDemoNeedDocument,
  RecordDemoRelationshipDocument,
  SetDemoCommunicationNeedsDocument,
  StartDemoAssessmentDocument,
  UpdateDemoPersonDocument,
  type CompleteAssessmentInput,
  type PractitionerInput,
  type RecordAdvocacyFactsInput,
  type RecordCapacityAssessmentInput,
  type RecordNeedInput,
  type RecordRelationshipInput,
  type SetCommunicationNeedsInput,
  type UpdatePersonInput,
} from './graph/generated';

/** What the demo records about a person beyond the journey: their details and who is involved. */
export interface DemoInvolvement {
  profile: Omit<UpdatePersonInput, 'id' | 'version'>;
  relationships?: Array<Omit<RecordRelationshipInput, 'personId'>>;
  communicationNeeds?: Omit<SetCommunicationNeedsInput, 'personId'>;
  advocacyFacts?: Omit<RecordAdvocacyFactsInput, 'personId'>;
  capacityAssessments?: Array<Omit<RecordCapacityAssessmentInput, 'personId'>>;
  /** userId of the practitioner the person is allocated to. */
  allocatedTo?: string;
  /** The assessment's progress: started by `assessor` with these needs, and completed when the guards allow. */
  assessment?: DemoAssessment;
}

export interface DemoAssessment {
  assessor: string;
  needs: Array<Omit<RecordNeedInput, 'assessmentId'>>;
  completion: Omit<CompleteAssessmentInput, 'id' | 'version'>;
}

export interface DemoStaff {
  teams: string[];
  /** Each in the team of this name. */
  practitioners: Array<Omit<PractitionerInput, 'teamId'> & { team: string }>;
}

/** Teams and practitioners of one council, created when missing; returns practitioner ids by userId. */
export async function ensureStaff(call: GraphCall, staff: DemoStaff): Promise<Map<string, string>> {
  const { teams, practitioners } = await call(ExistingStaffDocument, {});
  const teamIds = new Map(teams.edges.map(({ node: t }) => [t.name, t.id]));
  for (const name of staff.teams.filter((n) => !teamIds.has(n))) {
    teamIds.set(name, (await call(CreateDemoTeamDocument, { input: { name } })).createTeam.id);
  }
  const ids = new Map(practitioners.edges.map(({ node: p }) => [p.userId, p.id]));
  for (const { team, ...p } of staff.practitioners.filter((p) => !ids.has(p.userId))) {
    const { createPractitioner } = await call(CreateDemoPractitionerDocument, { input: { ...p, teamId: teamIds.get(team) } });
    ids.set(p.userId, createPractitioner.id);
  }
  return ids;
}

/** Records the person's details and involvement where missing, so running the seed again changes nothing. */
export async function ensureInvolvement(call: GraphCall, personId: string, demo: DemoInvolvement, practitioners: Map<string, string>): Promise<void> {
  const { person } = await call(ExistingInvolvementDocument, { id: personId });
  if (!person) throw new Error(`the seed cannot see person ${personId}`);
  let version = person.version;
  if (person.preferredName === null) {
    version = (await call(UpdateDemoPersonDocument, { input: { id: personId, version, ...demo.profile } })).updatePerson.version;
  }
  if (demo.allocatedTo && !person.allocatedPractitioner) {
    await call(AllocateDemoPersonDocument, { input: { personId, version, practitionerId: practitioners.get(demo.allocatedTo) } });
  }
  const named = new Set(person.relationships.map((r) => r.name));
  for (const relationship of demo.relationships ?? []) {
    if (named.has(relationship.name)) continue;
    await call(RecordDemoRelationshipDocument, { input: { personId, ...relationship } });
  }
  if (demo.communicationNeeds && !person.communicationNeeds) {
    await call(SetDemoCommunicationNeedsDocument, { input: { personId, ...demo.communicationNeeds } });
  }
  if (demo.advocacyFacts && !person.advocacy.facts) {
    await call(RecordDemoAdvocacyFactsDocument, { input: { personId, ...demo.advocacyFacts } });
  }
  if (person.capacityAssessments.length === 0) {
    for (const assessment of demo.capacityAssessments ?? []) {
      await call(RecordDemoCapacityAssessmentDocument, { input: { personId, ...assessment } });
    }
  }
}

/**
 * Takes the person's first assessment as far as the demo says: started, needs recorded, completed.
 * A completion the law refuses (an advocate required and missing, say) is left in progress, as a council
 * would find it.
 */
export async function ensureAssessment(call: GraphCall, assessmentId: string, demo: DemoAssessment, practitioners: Map<string, string>): Promise<void> {
  const { assessment } = await call(AssessmentProgressDocument, { id: assessmentId });
  if (!assessment) throw new Error(`the seed cannot see assessment ${assessmentId}`);
  let version = assessment.version;
  if (assessment.status === AssessmentStatus.REQUESTED) {
    const assessorPractitionerId = practitioners.get(demo.assessor);
    if (!assessorPractitionerId) throw new Error(`the demo assessor ${demo.assessor} is not among the council's practitioners`);
    version = (
      await call(StartDemoAssessmentDocument, { input: { id: assessmentId, version, assessorPractitionerId, method: AssessmentMethod.FACE_TO_FACE } })
    ).startAssessment.version;
  } else if (assessment.status !== AssessmentStatus.IN_PROGRESS) {
    return;
  }
  if (assessment.needs.length === 0) {
    for (const need of demo.needs) await call(RecordDemoNeedDocument, { input: { assessmentId, ...need } });
  }
  try {
    await call(CompleteDemoAssessmentDocument, { input: { id: assessmentId, version, ...demo.completion } });
  } catch (err) {
    if (!/RULE_VIOLATION/.test((err as Error).message)) throw err;
  }
}
