import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { once } from 'node:events';
import { CLD_COLUMNS, CldEventType, INPUT_LIMITS, cldRow, csvLine, reportingQuarter, LocalDate, type CldEvent, type CldPerson } from '@careplan/domain';
import { dataReturnFile } from '@careplan/runtime';
import type { Logger } from '@careplan/runtime';
import { ParquetSchema, ParquetWriter } from '@dsnp/parquetjs';
import { DataReturnEventsDocument, DataReturnPeopleDocument, type DataReturnPeopleQuery, ExpireDataReturnsDocument, RecordDataReturnProgressDocument } from '../graph/generated';
import type { GraphCall } from '../events/service-graph';

/** Every column as optional text: the same rows as the CSV, for data teams' warehouses. */
const PARQUET_SCHEMA = new ParquetSchema(Object.fromEntries(CLD_COLUMNS.map((c) => [c, { type: 'UTF8', optional: true }])));
const COUNTED: Record<CldEventType, 'requests' | 'assessments' | 'services' | 'reviews'> = { REQUEST: 'requests', ASSESSMENT: 'assessments', SERVICE: 'services', REVIEW: 'reviews' };

/** People whose rows are written and reported as one page; the graph gives them, and takes their ids, a list's most at a time. */
const PEOPLE_PER_PAGE = 1000;
const IDS_PER_CALL = INPUT_LIMITS.listEntries;
/** Rows per Parquet row group, which the writer holds until it is full. */
const PARQUET_ROW_GROUP = 5_000;

async function write(out: WriteStream, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

/** The council's people in the order the graph pages them, `PEOPLE_PER_PAGE` at a time. */
async function* pagesOfPeople(graph: GraphCall): AsyncGenerator<CldPerson[]> {
  let page: CldPerson[] = [];
  let after: string | null = null;
  do {
    const { people }: DataReturnPeopleQuery = await graph(DataReturnPeopleDocument, { after });
    for (const e of people.edges) page.push(e.node);
    after = people.pageInfo.hasNextPage ? people.pageInfo.endCursor : null;
    if (page.length >= PEOPLE_PER_PAGE || !after) {
      yield page;
      page = [];
    }
  } while (after);
}

async function sha256(path: string): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return { sha256: hash.digest('hex'), bytes: (await stat(path)).size };
}

/**
 * Builds a council's CLD return for one quarter into `dir`: a page of people at a time from the people
 * subgraph, their events from analytics (a call per hundred people, all at once), the page's rows written to the CSV and Parquet
 * streams (waiting while they drain), so memory holds a page or two whatever the council's size. Same data, same bytes: people in the order the graph
 * pages them, events in analytics' order, nothing of the time of production in a row.
 */
export async function buildClientLevelDataReturn(graph: GraphCall, authority: string, ret: { id: string; quarter: string }, dir: string, logger: Logger): Promise<void> {
  await mkdir(dir, { recursive: true });
  // Analytics checked the quarter when it was asked for; it has started by now whatever today is.
  const quarter = reportingQuarter(ret.quarter, LocalDate.of(LocalDate.LATEST_YEAR, 12, 31));
  const csvPath = dataReturnFile(dir, ret.id, 'csv');
  const parquetPath = dataReturnFile(dir, ret.id, 'parquet');
  const csv = createWriteStream(`${csvPath}.part`);
  const parquet = await ParquetWriter.openFile(PARQUET_SCHEMA, `${parquetPath}.part`, { rowGroupSize: PARQUET_ROW_GROUP });
  const counts = { requests: 0, assessments: 0, services: 0, reviews: 0 };
  let peopleDone = 0;
  const pages = pagesOfPeople(graph);
  try {
    await write(csv, csvLine(CLD_COLUMNS));
    let next = pages.next();
    for (;;) {
      const { value: page, done } = await next;
      if (done) break;
      // The next page of people is asked for while this one's events are fetched and written, so the
      // graph and this process work at once; a failure surfaces when it is awaited.
      next = pages.next();
      next.catch(() => undefined);
      const byId = new Map(page.map((p) => [p.id, p]));
      // The page's events, asked for a hundred people at a time all at once, in the page's order.
      const calls = [];
      for (let i = 0; i < page.length; i += IDS_PER_CALL) {
        calls.push(graph(DataReturnEventsDocument, { returnId: ret.id, personIds: page.slice(i, i + IDS_PER_CALL).map((p) => p.id) }));
      }
      const events = (await Promise.all(calls)).flatMap((r) => r.clientLevelDataEvents);
      let lines = '';
      for (const e of events) {
        const values = cldRow(authority, quarter, byId.get(e.personId)!, e as unknown as CldEvent);
        lines += csvLine(values);
        await parquet.appendRow(Object.fromEntries(CLD_COLUMNS.map((c, i) => [c, values[i] === '' ? null : values[i]])));
        counts[COUNTED[e.type as CldEventType]]++;
      }
      await write(csv, lines);
      peopleDone += page.length;
      await graph(RecordDataReturnProgressDocument, { input: { id: ret.id, peopleDone, status: 'RUNNING' } });
    }
    csv.end();
    await once(csv, 'finish');
    await parquet.close();
  } catch (err) {
    await pages.return(undefined).catch(() => undefined);
    csv.destroy();
    // Closed so that its file is let go of; what it writes is deleted with it.
    await parquet.close().catch(() => undefined);
    await rm(`${csvPath}.part`, { force: true });
    await rm(`${parquetPath}.part`, { force: true });
    throw err;
  }
  await rename(`${csvPath}.part`, csvPath);
  await rename(`${parquetPath}.part`, parquetPath);
  const [c, p] = await Promise.all([sha256(csvPath), sha256(parquetPath)]);
  await graph(RecordDataReturnProgressDocument, {
    input: { id: ret.id, peopleDone, status: 'READY', ...counts, csvBytes: c.bytes, csvSha256: c.sha256, parquetBytes: p.bytes, parquetSha256: p.sha256 },
  });
  logger.info({ returnId: ret.id, ...counts }, 'client level data return ready');
}

/** Marks the council's returns past their expiry as expired and deletes their files. */
export async function deleteExpiredReturns(graph: GraphCall, dir: string, now: Date = new Date()): Promise<number> {
  const { expireDataReturns } = await graph(ExpireDataReturnsDocument, { input: { before: now.toISOString() } });
  for (const r of expireDataReturns) for (const ext of ['csv', 'parquet'] as const) await rm(dataReturnFile(dir, r.id, ext), { force: true });
  return expireDataReturns.length;
}
