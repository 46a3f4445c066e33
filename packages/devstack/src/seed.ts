import { LocalDate, Role } from '@careplan/domain';
import { GraphClient } from '@careplan/runtime';
import { ensureJourney, type GraphCall, type JourneySpec } from './journey';
import { mintToken } from './token';

type DemoPerson = Omit<JourneySpec, 'reviewDue'> & { reviewInDays: number };

/**
 * A few fictional people per demo council. NHS numbers are in the 999 range, which the NHS never
 * issues, and they are the seed's idempotency key.
 */
export const DEMO_PEOPLE: Record<string, DemoPerson[]> = {
  E09000012: [
    { givenName: 'Margaret', familyName: 'Okafor', dateOfBirth: '1941-06-14', nhsNumber: '9990000018', indicativeWeeklyPence: 48_250, reviewInDays: 12 },
    { givenName: 'Daniel', familyName: 'Reyes', dateOfBirth: '1987-11-02', nhsNumber: '9990000026', indicativeWeeklyPence: 91_000, reviewInDays: 60 },
    { givenName: 'Priya', familyName: 'Shah', dateOfBirth: '1958-01-23', nhsNumber: '9990000034', indicativeWeeklyPence: 23_575, reviewInDays: 240 },
  ],
  W06000015: [
    { givenName: 'Gwen', familyName: 'Morgan', dateOfBirth: '1939-09-30', nhsNumber: '9990000042', indicativeWeeklyPence: 52_000, reviewInDays: 5 },
    { givenName: 'Rhys', familyName: 'Pritchard', dateOfBirth: '1995-04-17', nhsNumber: '9990000050', indicativeWeeklyPence: 67_540, reviewInDays: 90 },
    { givenName: 'Siân', familyName: 'Evans', dateOfBirth: '1962-12-08', nhsNumber: '9990000069', indicativeWeeklyPence: 31_800, reviewInDays: 300 },
  ],
};

export function graphCall(client: GraphClient, token: string): GraphCall {
  return async (query, variables) => {
    const res = await client.request<any>(query, variables, token);
    if (res.errors?.length) throw new Error(`the graph refused the seed: ${res.errors.map((e) => `${e.extensions?.code ?? ''} ${e.message}`).join('; ')}`);
    return res.data;
  };
}

/** Seeds the demo people through the gateway, as each council's practitioner; safe to run again. */
export async function seedDemo(graphUrl: string, today = LocalDate.today()): Promise<number> {
  const client = new GraphClient(graphUrl);
  let people = 0;
  for (const [authority, demo] of Object.entries(DEMO_PEOPLE)) {
    const call = graphCall(client, await mintToken({ authority, roles: [Role.PRACTITIONER], userId: 'careplan-seed' }));
    for (const { reviewInDays, ...spec } of demo) {
      await ensureJourney(call, { ...spec, reviewDue: today.plusDays(reviewInDays).toString() });
      people += 1;
    }
  }
  return people;
}
