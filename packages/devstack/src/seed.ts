import {
  AccommodationStatus,
  NeedCode,
  AssessmentEventOutcome,
  CapacityDecision,
  CapacityOutcome,
  ClientType,
  Ethnicity,
  Gender,
  InformationFormat,
  InvolvementDifficulty,
  LocalDate,
  PowerScope,
  PrimarySupportReason,
  RelationshipKind,
  Role,
  Specialism,
  UnableReason,
} from '@careplan/domain';
import { GraphClient } from '@careplan/runtime';
import { ensureJourney, type GraphCall, type JourneySpec } from '@careplan/testing';
import { ensureAssessment, ensureInvolvement, ensureStaff, type DemoInvolvement, type DemoStaff } from './involvement';
import { mintToken } from './token';
import { DemoHackneyPersonDocument, DemoIncomingHandoversDocument, MatchDemoHandoverDocument, StartDemoHandoverDocument } from './graph/generated';

/** Communication needs are due for review a year from the day the seed runs, so the demo gives no date. */
type DemoPerson = Omit<JourneySpec, 'reviewDue' | 'indicativeExplanation'> & {
  reviewInDays: number;
  involvement: Omit<DemoInvolvement, 'communicationNeeds'> & { communicationNeeds?: Omit<NonNullable<DemoInvolvement['communicationNeeds']>, 'reviewOn'> };
};

const INDICATIVE = 'Worked out by the council’s resource allocation system from the needs in the assessment; the final amount follows the costed plan.';

/** Staff of each demo council; the printed demo tokens sign in as dev-practitioner. */
export const DEMO_STAFF: Record<string, DemoStaff> = {
  E09000012: {
    teams: ['Hackney Adults North', 'Hackney Sensory Team'],
    practitioners: [
      { userId: 'dev-practitioner', givenName: 'Amara', familyName: 'Osei', team: 'Hackney Adults North', roles: [Role.PRACTITIONER, Role.TEAM_MANAGER], approvalLimitPence: 2_500_000 },
      { userId: 'hackney-sensory-1', givenName: 'Ruth', familyName: 'Levy', team: 'Hackney Sensory Team', roles: [Role.PRACTITIONER], specialisms: [Specialism.DEAFBLIND_ASSESSOR, Specialism.SENSORY_IMPAIRMENT] },
    ],
  },
  E09000019: {
    teams: ['Islington Adult Social Care'],
    practitioners: [
      { userId: 'dev-practitioner', givenName: 'Tom', familyName: 'Hughes', team: 'Islington Adult Social Care', roles: [Role.PRACTITIONER, Role.TEAM_MANAGER], approvalLimitPence: 2_000_000 },
    ],
  },
  W06000015: {
    teams: ['Tîm Oedolion Caerdydd / Cardiff Adults'],
    practitioners: [
      { userId: 'dev-practitioner', givenName: 'Owain', familyName: 'Rees', team: 'Tîm Oedolion Caerdydd / Cardiff Adults', roles: [Role.PRACTITIONER, Role.TEAM_MANAGER], approvalLimitPence: 2_000_000 },
    ],
  },
};

/**
 * A few fictional people per demo council, with the people around them. NHS numbers are in the 999
 * range, which the NHS never issues, and they are the seed's idempotency key.
 */
export const DEMO_PEOPLE: Record<string, DemoPerson[]> = {
  E09000012: [
    {
      givenName: 'Margaret', familyName: 'Okafor', dateOfBirth: '1941-06-14', nhsNumber: '9990000018', indicativeWeeklyPence: 48_250, reviewInDays: 12,
      involvement: {
        profile: { preferredName: 'Maggie', gender: Gender.FEMALE, ethnicity: Ethnicity.BLACK_AFRICAN, postcode: 'E8 3PH', address: '14 Mare Street, London', accommodationStatus: AccommodationStatus.TENANT_SOCIAL, primarySupportReason: PrimarySupportReason.MEMORY_AND_COGNITION, clientType: ClientType.SERVICE_USER },
        allocatedTo: 'dev-practitioner',
        relationships: [
          { kind: RelationshipKind.UNPAID_CARER, name: 'Grace Okafor', relationshipToPerson: 'daughter', willingAndAble: true, willingAndAbleRecordedOn: '2026-10-14', contact: 'by phone, evenings' },
          { kind: RelationshipKind.INDEPENDENT_ADVOCATE, name: 'Sam Idowu', organisation: 'POhWER', startedOn: '2026-09-01' },
          { kind: RelationshipKind.GP_PRACTICE, name: 'Well Street Surgery', organisation: 'Well Street Surgery' },
        ],
        advocacyFacts: { difficulties: [InvolvementDifficulty.RETAINING, InvolvementDifficulty.USING_OR_WEIGHING], likelyHospitalStay28Days: false, likelyCareHomeStay8Weeks: false, disagreementAdvocateWouldHelp: false, notes: 'Daughter works abroad half the year.' },
        capacityAssessments: [{ decision: CapacityDecision.MANAGING_DIRECT_PAYMENT, assessedOn: '2026-08-20', outcome: CapacityOutcome.LACKS_CAPACITY, assessorName: 'Amara Osei' }],
        communicationNeeds: { formats: [InformationFormat.LARGE_PRINT], interpreterRequired: false, postOnly: true },
        assessment: {
          assessor: 'dev-practitioner',
          needs: [
            { outcome: NeedCode.NUTRITION, unableReasons: [UnableReason.NEEDS_HELP], inOwnWords: 'I forget whether I have eaten, and the cooker frightens me now.', metByCarer: true },
            { outcome: NeedCode.PERSONAL_HYGIENE, unableReasons: [UnableReason.SIGNIFICANT_PAIN_DISTRESS_OR_ANXIETY], inOwnWords: 'Getting in the bath hurts my hip.', fluctuates: true, observedOver: 'four weeks of diary entries' },
            { outcome: NeedCode.USING_HOME_SAFELY, unableReasons: [UnableReason.ENDANGERS_SELF_OR_OTHERS], inOwnWords: 'I left the gas on twice last month.' },
          ],
          completion: { needsArise: true, significantImpact: true, eventOutcome: AssessmentEventOutcome.PROGRESS_TO_CARE_AND_SUPPORT_PLANNING },
        },
      },
    },
    {
      givenName: 'Daniel', familyName: 'Reyes', dateOfBirth: '1987-11-02', nhsNumber: '9990000026', indicativeWeeklyPence: 91_000, reviewInDays: 60,
      involvement: {
        profile: { preferredName: 'Dani', gender: Gender.MALE, ethnicity: Ethnicity.WHITE_OTHER, postcode: 'N16 7AA', accommodationStatus: AccommodationStatus.SUPPORTED_ACCOMMODATION, primarySupportReason: PrimarySupportReason.LEARNING_DISABILITY, clientType: ClientType.SERVICE_USER },
        allocatedTo: 'dev-practitioner',
        relationships: [
          { kind: RelationshipKind.APPROPRIATE_INDIVIDUAL, name: 'Lucia Reyes', relationshipToPerson: 'mother' },
          { kind: RelationshipKind.HOUSEHOLD_MEMBER, name: 'Kwame Mensah', relationshipToPerson: 'housemate' },
        ],
        advocacyFacts: { difficulties: [InvolvementDifficulty.UNDERSTANDING], likelyHospitalStay28Days: false, likelyCareHomeStay8Weeks: false, disagreementAdvocateWouldHelp: false },
        communicationNeeds: { formats: [InformationFormat.EASY_READ], interpreterRequired: false, postOnly: false },
      },
    },
    {
      givenName: 'Priya', familyName: 'Shah', dateOfBirth: '1958-01-23', nhsNumber: '9990000034', indicativeWeeklyPence: 23_575, reviewInDays: 240,
      involvement: {
        profile: { gender: Gender.FEMALE, preferredName: 'Priya', ethnicity: Ethnicity.ASIAN_INDIAN, postcode: 'E5 0LH', accommodationStatus: AccommodationStatus.OWNER_OCCUPIER, primarySupportReason: PrimarySupportReason.SENSORY_DUAL, clientType: ClientType.SERVICE_USER },
        allocatedTo: 'hackney-sensory-1',
        relationships: [{ kind: RelationshipKind.ATTORNEY, name: 'Nikhil Shah', relationshipToPerson: 'husband', powerScope: PowerScope.PROPERTY_AND_AFFAIRS }],
        communicationNeeds: { formats: [InformationFormat.DEAFBLIND_MANUAL, InformationFormat.BRAILLE], interpreterRequired: true, language: 'Gujarati', postOnly: true, notes: 'Hands-on signing; visits need a communicator-guide.' },
        assessment: {
          assessor: 'hackney-sensory-1',
          needs: [
            { outcome: NeedCode.LOCAL_FACILITIES_AND_SERVICES, unableReasons: [UnableReason.NEEDS_HELP], inOwnWords: 'I cannot get to the temple or the shops without a guide.' },
            { outcome: NeedCode.FAMILY_AND_PERSONAL_RELATIONSHIPS, unableReasons: [UnableReason.NEEDS_HELP], inOwnWords: 'I have lost touch with my friends since my sight went.' },
          ],
          completion: { needsArise: true, significantImpact: true, eventOutcome: AssessmentEventOutcome.PROGRESS_TO_CARE_AND_SUPPORT_PLANNING },
        },
      },
    },
  ],
  // Islington's one person is arriving from Hackney (seedHandover).
  E09000019: [],
  W06000015: [
    {
      givenName: 'Gwen', familyName: 'Morgan', dateOfBirth: '1939-09-30', nhsNumber: '9990000042', indicativeWeeklyPence: 52_000, reviewInDays: 5,
      involvement: {
        profile: { preferredName: 'Gwen', gender: Gender.FEMALE, ethnicity: Ethnicity.WHITE_BRITISH, postcode: 'CF5 1QE', accommodationStatus: AccommodationStatus.OWNER_OCCUPIER, primarySupportReason: PrimarySupportReason.PHYSICAL_PERSONAL_CARE, clientType: ClientType.SERVICE_USER },
        allocatedTo: 'dev-practitioner',
        relationships: [{ kind: RelationshipKind.UNPAID_CARER, name: 'Huw Morgan', relationshipToPerson: 'son', willingAndAble: false, willingAndAbleRecordedOn: '2026-11-02' }],
        advocacyFacts: { difficulties: [InvolvementDifficulty.COMMUNICATING], likelyHospitalStay28Days: false, likelyCareHomeStay8Weeks: true, disagreementAdvocateWouldHelp: false },
        communicationNeeds: { formats: [InformationFormat.AUDIO], interpreterRequired: true, language: 'Welsh', postOnly: true },
        // An advocate is required and none is appointed yet, so the assessment cannot be completed (R2a).
        assessment: {
          assessor: 'dev-practitioner',
          needs: [{ outcome: NeedCode.SELF_CARE_OR_DOMESTIC_ROUTINES, cannotMeetAlone: true, onlyWithCouncilHelp: true, inOwnWords: 'Rwy’n methu codi o’r gwely ar fy mhen fy hun. (I cannot get out of bed by myself.)' }],
          completion: { needsArise: true, eventOutcome: AssessmentEventOutcome.PROGRESS_TO_CARE_AND_SUPPORT_PLANNING },
        },
      },
    },
    {
      givenName: 'Rhys', familyName: 'Pritchard', dateOfBirth: '1995-04-17', nhsNumber: '9990000050', indicativeWeeklyPence: 67_540, reviewInDays: 90,
      involvement: {
        profile: { preferredName: 'Rhys', gender: Gender.MALE, ethnicity: Ethnicity.WHITE_BRITISH, postcode: 'CF24 3AA', accommodationStatus: AccommodationStatus.TENANT_PRIVATE, primarySupportReason: PrimarySupportReason.MENTAL_HEALTH, clientType: ClientType.SERVICE_USER },
        relationships: [{ kind: RelationshipKind.NOMINATED_PERSON, name: 'Ffion Jenkins', relationshipToPerson: 'partner' }],
      },
    },
    {
      givenName: 'Siân', familyName: 'Evans', dateOfBirth: '1962-12-08', nhsNumber: '9990000069', indicativeWeeklyPence: 31_800, reviewInDays: 300,
      involvement: {
        profile: { preferredName: 'Siân', gender: Gender.FEMALE, ethnicity: Ethnicity.WHITE_BRITISH, postcode: 'CF10 1EP', accommodationStatus: AccommodationStatus.SHELTERED_OR_EXTRA_CARE, primarySupportReason: PrimarySupportReason.SENSORY_VISUAL, clientType: ClientType.SERVICE_USER },
        allocatedTo: 'dev-practitioner',
        communicationNeeds: { formats: [InformationFormat.BRAILLE, InformationFormat.AUDIO], interpreterRequired: false, postOnly: false },
      },
    },
  ],
};

export function graphCall(client: GraphClient, token: string): GraphCall {
  return async (document, variables) => {
    const res = await client.request(document, variables, token);
    if (res.errors?.length || !res.data) throw new Error(`the graph refused the seed: ${(res.errors ?? []).map((e) => `${e.extensions?.code ?? ''} ${e.message}`).join('; ')}`);
    return res.data;
  };
}

/**
 * Seeds the demo staff and people through the gateway, as each council's team manager; safe to run again.
 * `copies` seeds each demo person that many times over (the copies after the first have no NHS number, so
 * running again adds more): the same kinds of record in longer lists, for tests of how lists scale.
 */
export async function seedDemo(graphUrl: string, { today = LocalDate.today(), copies = 1 }: { today?: LocalDate; copies?: number } = {}): Promise<number> {
  const client = new GraphClient(graphUrl);
  let people = 0;
  for (const [authority, demo] of Object.entries(DEMO_PEOPLE)) {
    const call = graphCall(client, await mintToken({ authority, roles: [Role.PRACTITIONER, Role.TEAM_MANAGER], userId: 'careplan-seed' }));
    const practitioners = await ensureStaff(call, DEMO_STAFF[authority]);
    for (let copy = 0; copy < copies; copy++) {
      for (const { reviewInDays, involvement, ...spec } of demo) {
        const nhsNumber = copy === 0 ? spec.nhsNumber : null;
        const { person, assessment } = await ensureJourney(call, { ...spec, nhsNumber, indicativeExplanation: INDICATIVE, reviewDue: today.plusDays(reviewInDays).toString() });
        const communicationNeeds = involvement.communicationNeeds && { ...involvement.communicationNeeds, reviewOn: today.plusMonths(12).toString() };
        await ensureInvolvement(call, person.id, { ...involvement, communicationNeeds }, practitioners);
        if (involvement.assessment) await ensureAssessment(call, assessment.id, involvement.assessment, practitioners);
        people += 1;
      }
    }
  }
  await seedHandover(client, today);
  return people;
}

/**
 * R20: Daniel Reyes intends to move from Hackney to Islington in four weeks; Islington has started the
 * handover and Hackney has matched him, so the demo has a move mid-way (his plan is not yet in force, so
 * Hackney cannot share it). Started once: a handover of his NHS number already there is left as it is.
 */
async function seedHandover(client: GraphClient, today: LocalDate): Promise<void> {
  const [hackney, islington] = await Promise.all(
    ['E09000012', 'E09000019'].map(async (authority) => graphCall(client, await mintToken({ authority, roles: [Role.PRACTITIONER, Role.TEAM_MANAGER], userId: 'careplan-seed' }))),
  );
  const nhs = '9990000026';
  const { handovers } = await islington(DemoIncomingHandoversDocument, {});
  if (handovers.edges.some((e) => e.node.notice.nhsNumber === nhs)) return;
  const contact = async (call: GraphCall, authority: string) => (await ensureStaff(call, DEMO_STAFF[authority])).get('dev-practitioner')!;
  const { startHandover } = await islington(StartDemoHandoverDocument, {
    input: {
      fromAuthorityCode: 'E09000012',
      givenName: 'Daniel',
      familyName: 'Reyes',
      dateOfBirth: '1987-11-02',
      nhsNumber: nhs,
      intendedMoveDate: today.plusDays(28).toString(),
      genuineIntention: true,
      contact: { practitionerId: await contact(islington, 'E09000019'), phone: '020 7527 2299' },
    },
  });
  const person = (await hackney(DemoHackneyPersonDocument, { nhs })).people.edges[0]?.node;
  if (!person) return;
  await hackney(MatchDemoHandoverDocument, { input: { handoverId: startHandover.id, version: startHandover.version, personId: person.id, contact: { practitionerId: await contact(hackney, 'E09000012') } } });
}
