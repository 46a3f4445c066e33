import { randomUUID } from 'node:crypto';
import { AUTHORITY_A, entityAnswers, resolvedOnlyForOwnCouncil, seenOnlyByOwnCouncil, rowsOfAAtDatabase, startAlone, whoSees, writeAttempts, type Probe, type SubgraphAlone } from '@careplan/testing';
import { assessmentsSubgraph } from '../src';

let alone: SubgraphAlone;
let assessmentId: string;
const personId = randomUUID();
let PROBES: Probe[];

beforeAll(async () => {
  alone = await startAlone(assessmentsSubgraph);
  // Council A's assessment and its need, as the subgraph would have recorded them after asking people.
  [{ id: assessmentId }] = await alone.db.asAdmin<{ id: string }>(
    `INSERT INTO assessments.needs_assessment (authority_code, person_id, kind, status, requested_on, started_on) VALUES ($1, $2, 'NEEDS', 'IN_PROGRESS', '2026-01-05', '2026-01-06') RETURNING id`,
    [AUTHORITY_A, personId],
  );
  await alone.db.asAdmin(`INSERT INTO assessments.need (authority_code, assessment_id, outcome, in_own_words) VALUES ($1, $2, 'NUTRITION', 'Cannot cook safely')`, [AUTHORITY_A, assessmentId]);
  PROBES = [
    { root: 'assessment', query: `query($id: ID!) { assessment(id: $id) { id needs { outcome } } }`, variables: { id: assessmentId }, reveals: assessmentId },
    { root: '_entities', query: `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { assessments { id } } } }`, variables: { reps: [{ __typename: 'Person', id: personId }] }, reveals: assessmentId },
  ];
});

afterAll(() => alone?.close());

describe('assessments subgraph alone', () => {
  it('entities: resolves NeedsAssessment by key for its own council, and null alike for another council’s key and an unknown one', async () => {
    expect(await entityAnswers(alone, 'NeedsAssessment', assessmentId)).toEqual(resolvedOnlyForOwnCouncil(assessmentId));
  });

  it('tenancy: no root query shows council A’s assessment to council B', async () => {
    expect(await whoSees(alone, PROBES)).toEqual(seenOnlyByOwnCouncil(PROBES));
  });

  it('tenancy: council B cannot withdraw council A’s assessment by id; it changes nothing, as for an unknown id', async () => {
    const WITHDRAW = `mutation($input: WithdrawAssessmentInput!) { withdrawAssessment(input: $input) { id status version } }`;
    const tries = await writeAttempts(alone, WITHDRAW, (id) => ({ id, version: 1, reason: 'Moved away' }), assessmentId, `SELECT status, version FROM assessments.needs_assessment WHERE id = $1`);
    expect(tries).toEqual({
      before: { status: 'IN_PROGRESS', version: 1 },
      byB: { code: tries.unknown.code, row: { status: 'IN_PROGRESS', version: 1 } },
      unknown: { code: 'BAD_USER_INPUT', row: { status: 'IN_PROGRESS', version: 1 } },
      byA: { code: null, row: { status: 'WITHDRAWN', version: 2 } },
    });
  });

  it('tenancy: as careplan_app, the database shows council A’s rows only with app.authority set to A', async () => {
    const counts = await rowsOfAAtDatabase(alone, 'assessments');
    expect(counts.filter((c) => ['need', 'needs_assessment'].includes(c.table)).map((c) => c.admin)).toEqual([1, 1]);
    expect(counts).toEqual(counts.map((c) => ({ ...c, asA: c.admin, asB: 0, asNone: 0 })));
  });
});
