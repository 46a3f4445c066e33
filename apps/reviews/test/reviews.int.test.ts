import { randomUUID } from 'node:crypto';
import { LocalDate, ReviewState, ReviewStatus, reviewStatus } from '@careplan/domain';
import { AUTHORITY_A, entityAnswers, resolvedOnlyForOwnCouncil, seenOnlyByOwnCouncil, graphql, rowsOfAAtDatabase, startAlone, STAFF_USER, whoSees, writeAttempts, type Probe, type SubgraphAlone } from '@careplan/testing';
import { reviewsSubgraph } from '../src';

let alone: SubgraphAlone;
const personId = randomUUID();
const planId = randomUUID();
const FRONTEND = 'https://council-a.example/careplan';
/** Council A's reviews (one not yet reminded, one with a reminder to the staff user and a delivery pending). */
const ids: Record<'review' | 'reminded' | 'notification' | 'delivery', string> = { review: '', reminded: '', notification: '', delivery: '' };
let PROBES: Probe[];
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  alone = await startAlone(reviewsSubgraph);
  // As the reviews subgraph and its worker would have written them, a week before the reviews fall due.
  const one = async (sql: string, params: unknown[]) => (await alone.db.asAdmin<{ id: string }>(`${sql} RETURNING id`, [AUTHORITY_A, ...params]))[0].id;
  const review = `INSERT INTO reviews.review (authority_code, person_id, plan_id, kind, due_date, state) VALUES ($1, $2, $3, 'PLANNED', current_date + 7, 'OPEN')`;
  ids.review = await one(review, [personId, planId]);
  ids.reminded = await one(review, [randomUUID(), randomUUID()]);
  const reminder = await one(`INSERT INTO reviews.reminder (authority_code, person_id, review_id, milestone, due_date, key) VALUES ($1, $2, $3, 'BEFORE_7', current_date + 7, $4)`, [randomUUID(), ids.reminded, `reminder-${ids.reminded}`]);
  ids.notification = await one(`INSERT INTO reviews.notification (authority_code, reminder_id, recipient_user_id, recipient_practitioner_id, escalation) VALUES ($1, $2, $3, $4, false)`, [reminder, STAFF_USER, randomUUID()]);
  ids.delivery = await one(`INSERT INTO reviews.delivery (authority_code, reminder_id, notification_id, channel) VALUES ($1, $2, $3, 'EMAIL')`, [reminder, ids.notification]);
  await one(`INSERT INTO reviews.review_settings (authority_code, frontend_url) VALUES ($1, $2)`, [FRONTEND]);
  const page = `{ edges { node { id } } }`;
  const entities = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { reviews { id } } ... on CareAndSupportPlan { reviews { id } nextReview { id } } } }`;
  PROBES = [
    { root: 'review', query: `query($id: ID!) { review(id: $id) { id } }`, variables: { id: ids.review }, reveals: ids.review },
    { root: 'reviewsDue', query: `query($from: LocalDate!, $to: LocalDate!) { reviewsDue(from: $from, to: $to) ${page} }`, variables: { from: day(-1), to: day(30) }, reveals: ids.review },
    { root: 'reminderCandidates', query: `{ reminderCandidates { candidates { reviewId } } }`, reveals: ids.review },
    { root: 'myReminders', query: `{ myReminders ${page} }`, reveals: ids.notification },
    { root: 'reminderDeliveries', query: `{ reminderDeliveries(state: PENDING) ${page} }`, reveals: ids.delivery },
    { root: 'preparedDeliveries', query: `query($ids: [ID!]!) { preparedDeliveries(ids: $ids) { delivery { id } } }`, variables: { ids: [ids.delivery] }, reveals: ids.delivery },
    { root: 'reviewSettings', query: `{ reviewSettings { frontendUrl } }`, reveals: FRONTEND },
    { root: '_entities', query: entities, variables: { reps: [{ __typename: 'Person', id: personId }] }, reveals: ids.review },
    { root: '_entities', query: entities, variables: { reps: [{ __typename: 'CareAndSupportPlan', id: planId }] }, reveals: ids.review },
  ];
});

afterAll(() => alone?.close());

describe('reviews subgraph alone', () => {
  it('entities: resolves Review by key for its own council, and null alike for another council’s key and an unknown one', async () => {
    expect(await entityAnswers(alone, 'Review', ids.review)).toEqual(resolvedOnlyForOwnCouncil(ids.review));
  });

  it('tenancy: no root query shows council A’s reviews, reminders, deliveries or settings to council B', async () => {
    expect(await whoSees(alone, PROBES, ['reviewCounts'])).toEqual(seenOnlyByOwnCouncil(PROBES));
  });

  // reviewCounts names no record: it is proved by what it counts.
  it('tenancy: council B’s review counts do not count council A’s reviews', async () => {
    const total = async (token: string) => (await graphql<any>(alone.url, `{ reviewCounts { status count } }`, {}, token)).data!.reviewCounts.reduce((n: number, c: { count: number }) => n + c.count, 0);
    expect({ a: await total(alone.tokenA), b: await total(alone.tokenB) }).toEqual({ a: 2, b: 0 });
  });

  it('tenancy: council B cannot start council A’s review by id; it changes nothing, as for an unknown id', async () => {
    const START = `mutation($input: StartReviewInput!) { startReview(input: $input) { id version } }`;
    const tries = await writeAttempts(alone, START, (id) => ({ id, version: 1, method: 'PHONE', methodAgreedWithPerson: true }), ids.reminded, `SELECT state, version FROM reviews.review WHERE id = $1`);
    const untouched = { state: 'OPEN', version: 1 };
    expect(tries).toEqual({
      before: untouched,
      byB: { code: tries.unknown.code, row: untouched },
      unknown: { code: 'BAD_USER_INPUT', row: untouched },
      byA: { code: null, row: { state: 'IN_PROGRESS', version: 2 } },
    });
  });

  it('tenancy: as careplan_app, the database shows council A’s rows only with app.authority set to A', async () => {
    const counts = await rowsOfAAtDatabase(alone, 'reviews');
    expect(counts.filter((c) => ['delivery', 'notification', 'reminder', 'review', 'review_settings'].includes(c.table)).map((c) => c.admin)).toEqual([1, 1, 1, 2, 1]);
    expect(counts).toEqual(counts.map((c) => ({ ...c, asA: c.admin, asB: 0, asNone: 0 })));
  });

  it('R18 reviewsDue by status pages exactly the open reviews that have that status today, whatever the page size', async () => {
    const extra = [];
    for (const [offset, state] of [[-10, 'OPEN'], [-1, 'OPEN'], [0, 'OPEN'], [1, 'OPEN'], [28, 'OPEN'], [29, 'OPEN'], [40, 'OPEN'], [-5, 'IN_PROGRESS'], [3, 'COMPLETED']] as const) {
      const [row] = await alone.db.asAdmin<{ id: string }>(
        `INSERT INTO reviews.review (authority_code, person_id, plan_id, kind, due_date, state) VALUES ($1, $2, $3, 'PLANNED', current_date + $4::int, $5) RETURNING id`,
        [AUTHORITY_A, randomUUID(), randomUUID(), offset, state],
      );
      extra.push(row.id);
    }
    try {
      const today = LocalDate.today();
      const rows = await alone.db.asAdmin<{ id: string; state: ReviewState; due: string }>(`SELECT id, state, due_date::text AS due FROM reviews.review WHERE authority_code = $1 ORDER BY due_date, id`, [AUTHORITY_A]);
      const QUERY = `query($from: LocalDate!, $to: LocalDate!, $status: ReviewStatus, $after: String) { reviewsDue(from: $from, to: $to, status: $status, first: 2, after: $after) { edges { node { id status } } pageInfo { hasNextPage endCursor } } }`;
      for (const status of Object.values(ReviewStatus)) {
        const expected = rows.filter((r) => ['OPEN', 'IN_PROGRESS'].includes(r.state) && reviewStatus(r.state, LocalDate.parse(r.due), today) === status).map((r) => r.id);
        const seen: string[] = [];
        let after: string | null = null;
        do {
          const res: any = await graphql<any>(alone.url, QUERY, { from: day(-30), to: day(60), status, after }, alone.tokenA);
          expect(res.errors).toBeUndefined();
          for (const e of res.data.reviewsDue.edges) {
            expect(e.node.status).toBe(status);
            seen.push(e.node.id);
          }
          after = res.data.reviewsDue.pageInfo.hasNextPage ? res.data.reviewsDue.pageInfo.endCursor : null;
        } while (after);
        expect([status, seen]).toEqual([status, expected]);
      }
    } finally {
      await alone.db.asAdmin(`DELETE FROM reviews.review WHERE id = ANY($1)`, [extra]);
    }
  });
});
