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
  };
  assessment?: { ref: string; status: string; requestedOn: string; completedOn: string | null; eligible: boolean | null };
  plan?: {
    ref: string;
    assessmentRef: string | null;
    status: string;
    agreedOn: string | null;
    closedOn: string | null;
    closureReason: string | null;
    supportItems: Array<{ serviceType: string | null; serviceComponent: string | null; deliveryMechanism: string | null }>;
  };
  budget?: { ref: string; planRef: string; weeklyPence: number | null; finalisedOn: string | null };
  directPayment?: { ref: string; status: string; startedOn: string; endedOn: string | null };
  review?: { ref: string; planRef: string; kind: string; status: string; dueDate: string; completedOn: string | null; outcome: string | null };
  handover?: { ref: string; direction: string; status: string; moveDate: string; arrivedOn: string | null };
}
