/**
 * What the read model keeps of one domain event: the facts the worker read from the graph, with every
 * id replaced by a keyed pseudonym (`pseudonym` for the person, `ref` for records). This is what the
 * log holds and what a rebuild replays.
 */
export interface PseudonymisedFacts {
  person: {
    pseudonym: string;
    ageBand: string | null;
    gender: string | null;
    ethnicity: string | null;
    postcodeDistrict: string | null;
    primarySupportReason: string | null;
    teamId: string | null;
    clientType?: string | null;
  };
  assessment?: {
    ref: string;
    status: string;
    requestedOn: string;
    completedOn: string | null;
    eligible: boolean | null;
    kind?: string | null;
    method?: string | null;
    eventOutcome?: string | null;
    startedOn?: string | null;
  };
  plan?: {
    ref: string;
    assessmentRef: string | null;
    status: string;
    agreedOn: string | null;
    closedOn: string | null;
    closureReason: string | null;
    // Absent from facts logged before 2 December 2026: read as null and false.
    revisedOn?: string | null;
    revises?: boolean;
    supportItems: Array<{
      ref?: string;
      serviceType: string | null;
      serviceComponent: string | null;
      deliveryMechanism: string | null;
      unitCostPence?: number | null;
      unitType?: string | null;
      plannedUnitsPerWeek?: number | null;
    }>;
  };
  budget?: { ref: string; planRef: string; weeklyPence: number | null; finalisedOn: string | null };
  directPayment?: { ref: string; status: string; startedOn: string; endedOn: string | null };
  review?: {
    ref: string;
    planRef: string;
    kind: string;
    status: string;
    dueDate: string;
    completedOn: string | null;
    outcome: string | null;
    trigger?: string | null;
    startedOn?: string | null;
  };
  handover?: { ref: string; direction: string; status: string; moveDate: string; arrivedOn: string | null };
}
