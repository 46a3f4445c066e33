import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLD_CODE_LISTS, CLD_COLUMNS, LocalDate, Role } from '@careplan/domain';
import { dataReturnFile, dataReturnsDir } from '@careplan/runtime';
import { AUTHORITY_A, AUTHORITY_B, redisUrl, tokenFor, until, Frontend } from '@careplan/testing';
import { councilSweep, reminderQueues } from '@careplan/worker';
import IORedis from 'ioredis';
import { analyticsCaughtUp } from './support/analytics';
import { startStack, type Stack } from './support/stack';

// The worker writes the files and the gateway serves them from one directory (both run in this process).
process.env.DATA_RETURNS_DIR = mkdtempSync(join(tmpdir(), 'cld-e2e-'));

let stack: Stack;
let officerA: string;
let officerB: string;
let analystA: string;
let serviceA: string;
const frontend = new Frontend(() => stack.url);
const { ok, call } = frontend;
const JOURNEYS = 3;

/** The financial-year quarter running today, as the return names it (Q1 is April to June). */
const quarter = (() => {
  const today = LocalDate.today();
  const fq = Math.floor(((today.month + 8) % 12) / 3) + 1;
  return `${today.month <= 3 ? today.year - 1 : today.year}-Q${fq}`;
})();

const RETURN = 'id quarter status progress rowCounts { requests assessments services reviews total } downloadUrl parquetUrl expiresAt';
const REQUEST = `mutation($input: RequestClientLevelDataReturnInput!) { requestClientLevelDataReturn(input: $input) { ${RETURN} } }`;
const GET = `query($id: ID!) { dataReturn(id: $id) { ${RETURN} } }`;

async function produce(token: string): Promise<{ id: string; rowCounts: Record<string, number>; downloadUrl: string; parquetUrl: string }> {
  const { requestClientLevelDataReturn: asked } = await ok(token, REQUEST, { input: { quarter } });
  expect(asked).toMatchObject({ quarter, status: 'QUEUED', progress: 0, downloadUrl: null });
  return until(async () => {
    const { dataReturn } = await ok(token, GET, { id: asked.id });
    return dataReturn.status === 'READY' ? dataReturn : undefined;
  }, 60_000);
}

const base = () => stack.url.replace(/\/graphql$/, '');
const download = (path: string, token: string) => fetch(`${base()}${path}`, { headers: { authorization: `Bearer ${token}` } });

/** Splits the CSV the return writes (no field here holds a comma, quote or line break). */
const parse = (csv: string) => csv.split('\r\n').filter(Boolean).map((line) => line.split(','));

beforeAll(async () => {
  stack = await startStack(undefined, { worker: true });
  const team = await frontend.planningTeam(AUTHORITY_A, 'cld');
  for (let i = 0; i < JOURNEYS; i++) await frontend.reviewedPlan(team);

  officerA = await tokenFor({ authority: AUTHORITY_A, userId: 'returns-a', roles: [Role.RETURNS_OFFICER] });
  officerB = await tokenFor({ authority: AUTHORITY_B, userId: 'returns-b', roles: [Role.RETURNS_OFFICER] });
  analystA = await tokenFor({ authority: AUTHORITY_A, userId: 'analyst-a', roles: [Role.ANALYST] });
  serviceA = await tokenFor({ authority: AUTHORITY_A, userId: 'careplan-worker', roles: [Role.SERVICE] });
  await analyticsCaughtUp(stack, AUTHORITY_A);
}, 300_000);

afterAll(async () => {
  await stack?.close();
});

describe('the Client Level Data return (issue 14)', () => {
  let first: Awaited<ReturnType<typeof produce>>;
  let csv: string;

  it('CLD a return for the quarter has every row type, every coded field within its code list, and row counts equal to the events in the quarter', async () => {
    first = await produce(officerA);
    const res = await download(first.downloadUrl, officerA);
    expect(res.status).toBe(200);
    csv = await res.text();
    const [header, ...rows] = parse(csv);
    expect(header).toEqual([...CLD_COLUMNS]);
    const col = (name: string) => CLD_COLUMNS.indexOf(name as (typeof CLD_COLUMNS)[number]);
    const byType = (t: string) => rows.filter((r) => r[col('Event_Type')] === t).length;
    for (const t of ['Request', 'Assessment', 'Service', 'Review']) expect([t, byType(t) > 0]).toEqual([t, true]);
    for (const row of rows) {
      expect(row).toHaveLength(CLD_COLUMNS.length);
      expect(row[col('LA_Code')]).toBe(AUTHORITY_A);
      CLD_COLUMNS.forEach((c, i) => {
        const list = CLD_CODE_LISTS[c];
        if (list && row[i] !== '') expect([c, row[i], list.includes(row[i])]).toEqual([c, row[i], true]);
      });
    }
    // The same events counted from the live tables.
    const [live] = await stack.db.asAdmin<Record<string, number>>(
      `WITH q AS (SELECT d.from_day, (d.from_day + interval '3 months' - interval '1 day')::date AS to_day
                    FROM (SELECT make_date(CASE WHEN $2 = 4 THEN $1 + 1 ELSE $1 END, CASE WHEN $2 = 4 THEN 1 ELSE 1 + $2 * 3 END, 1) AS from_day) d)
       SELECT (SELECT count(*) FROM assessments.needs_assessment a, q WHERE a.authority_code = $3 AND a.requested_on BETWEEN q.from_day AND q.to_day)::int AS requests,
              (SELECT count(*) FROM assessments.needs_assessment a, q WHERE a.authority_code = $3 AND a.status IN ('IN_PROGRESS', 'COMPLETED')
                  AND coalesce(a.started_on, a.requested_on) <= q.to_day AND (a.completed_on IS NULL OR a.completed_on >= q.from_day))::int AS assessments,
              (SELECT count(*) FROM reviews.review r, q WHERE r.authority_code = $3 AND r.completed_on IS NOT NULL AND r.completed_on BETWEEN q.from_day AND q.to_day)::int AS reviews`,
      [Number(quarter.slice(0, 4)), Number(quarter.slice(-1)), AUTHORITY_A],
    );
    expect(first.rowCounts).toMatchObject({ requests: live.requests, assessments: live.assessments, reviews: live.reviews });
    expect(live).toEqual({ requests: JOURNEYS, assessments: JOURNEYS, reviews: JOURNEYS });
    expect(first.rowCounts).toEqual({
      requests: byType('Request'),
      assessments: byType('Assessment'),
      services: byType('Service'),
      reviews: byType('Review'),
      total: rows.length,
    });
    expect(first.rowCounts.services).toBeGreaterThanOrEqual(JOURNEYS);
    // The Parquet file is served the same way.
    const parquet = await download(first.parquetUrl, officerA);
    expect(parquet.status).toBe(200);
    expect(Buffer.from(await parquet.arrayBuffer()).subarray(0, 4).toString()).toBe('PAR1');
  });

  let second: Awaited<ReturnType<typeof produce>>;

  it('CLD produced twice for the same data gives the same bytes', async () => {
    second = await produce(officerA);
    expect(second.id).not.toBe(first.id);
    const again = await (await download(second.downloadUrl, officerA)).text();
    expect(createHash('sha256').update(again).digest('hex')).toBe(createHash('sha256').update(csv).digest('hex'));
    const p1 = Buffer.from(await (await download(first.parquetUrl, officerA)).arrayBuffer());
    const p2 = Buffer.from(await (await download(second.parquetUrl, officerA)).arrayBuffer());
    expect(p2.equals(p1)).toBe(true);
  });

  it('CLD a plain analyst may not ask for a return, read one or download it', async () => {
    expect((await call(analystA, REQUEST, { input: { quarter } })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await call(analystA, GET, { id: first.id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await download(first.downloadUrl, analystA)).status).toBe(403);
  });

  it('CLD another council’s returns officer can neither read the return nor download it', async () => {
    expect((await call(officerB, GET, { id: first.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await download(first.downloadUrl, officerB)).status).toBe(404);
    expect((await fetch(`${base()}${first.downloadUrl}`)).status).toBe(401);
  });

  it('CLD the worker’s daily sweep expires a return past its expiry and deletes its files, with no other return asked for (issue 14: stored with an expiry)', async () => {
    const files = (['csv', 'parquet'] as const).map((ext) => dataReturnFile(dataReturnsDir(), second.id, ext));
    expect(files.map(existsSync)).toEqual([true, true]);
    await stack.db.asAdmin(`UPDATE analytics.data_return SET expires_at = now() - interval '1 minute' WHERE id = $1`, [second.id]);
    const connection = new IORedis(redisUrl(), { maxRetriesPerRequest: null });
    const queues = reminderQueues(connection, stack.queuePrefix);
    try {
      await queues.reminders.add(councilSweep(AUTHORITY_A).name, councilSweep(AUTHORITY_A).data, councilSweep(AUTHORITY_A).opts);
      await until(async () => !files.some(existsSync), 60_000);
    } finally {
      await queues.reminders.close();
      await queues.notifications.close();
      connection.disconnect();
    }
    expect((await ok(officerA, GET, { id: second.id })).dataReturn).toMatchObject({ status: 'EXPIRED', downloadUrl: null });
    expect((await download(second.downloadUrl, officerA)).status).toBe(409);
    const audit = await stack.db.asAdmin<{ action: string; actor: string }>(`SELECT action, actor FROM analytics.data_return_audit WHERE return_id = $1 AND action = 'EXPIRED'`, [second.id]);
    expect(audit).toEqual([{ action: 'EXPIRED', actor: 'careplan-worker' }]);
    // The first return, still within its days, is kept.
    expect(existsSync(dataReturnFile(dataReturnsDir(), first.id, 'csv'))).toBe(true);
  });

  it('CLD every request, production and download is audited with who, and an expired return is not downloadable', async () => {
    const audit = await stack.db.asAdmin<{ action: string; actor: string; n: number }>(
      `SELECT action, actor, count(*)::int AS n FROM analytics.data_return_audit WHERE return_id = $1 GROUP BY 1, 2 ORDER BY 1`,
      [first.id],
    );
    expect(audit).toEqual([
      { action: 'DOWNLOADED', actor: 'returns-a', n: 3 },
      { action: 'PRODUCED', actor: 'careplan-worker', n: 1 },
      { action: 'REQUESTED', actor: 'returns-a', n: 1 },
    ]);
    const EXPIRE = `mutation($input: ExpireDataReturnsInput!) { expireDataReturns(input: $input) { id status } }`;
    // An instant JavaScript can hold but no record can (the DateTime scalar's years) is the caller's mistake, named.
    for (const before of ['-250147-06-24T11:03:28.164Z', '2026-12-01', '2026-12-01T10:00:00']) {
      const refused = await call(serviceA, EXPIRE, { input: { before } });
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'before' });
    }
    expect((await ok(officerA, GET, { id: first.id })).dataReturn.status).toBe('READY');
    const expired = await ok(serviceA, EXPIRE, { input: { before: new Date(Date.now() + 30 * 86_400_000).toISOString() } });
    expect(expired.expireDataReturns.map((r: { id: string }) => r.id)).toContain(first.id);
    const res = await download(first.downloadUrl, officerA);
    expect(res.status).toBe(409);
    expect(((await res.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe('CONFLICT');
    expect((await ok(officerA, GET, { id: first.id })).dataReturn).toMatchObject({ status: 'EXPIRED', downloadUrl: null });
  });
});
