import { randomUUID } from 'node:crypto';
import { BadUserInput, Conflict, CldEventType, NotFound, reportingQuarter, type CldEvent } from '@careplan/domain';
import { pseudonymiser } from '@careplan/runtime';
import type { SubgraphContext } from '@careplan/subgraph-kit';

export enum DataReturnStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  READY = 'READY',
  FAILED = 'FAILED',
  EXPIRED = 'EXPIRED',
}

export enum DataReturnFormat {
  CSV = 'CSV',
  PARQUET = 'PARQUET',
}

/** How long a produced return stays downloadable; the worker deletes the files after. */
export const DATA_RETURN_DAYS = 7;

export interface DataReturnRow {
  id: string;
  authority_code: string;
  quarter: string;
  status: DataReturnStatus;
  progress: number;
  people_total: number | null;
  row_counts: Record<string, number> | null;
  files: Record<string, { bytes: number; sha256: string }> | null;
  requested_at: Date;
  completed_at: Date | null;
  expires_at: Date | null;
}

/** One event of a person in a return, with the id the worker asked about (never stored). */
export interface PersonEvent extends CldEvent {
  personId: string;
}

/*
 * A page of people's events in the quarter, one row each, ordered so a return is the same file every time:
 * by person (in the order asked), then Request, Assessment, Service, Review, then start date and reference.
 * $1 council, $2 pseudonyms, $3 first day, $4 last day.
 */
const EVENTS = `
SELECT * FROM (
  SELECT a.pseudonym, 'REQUEST' AS type, 1 AS ord, a.ref AS reference, a.requested_on AS start_date, a.requested_on AS end_date,
         jsonb_build_object('withdrawn', a.status = 'WITHDRAWN') AS codes
    FROM analytics.assessment a WHERE a.authority_code = $1 AND a.pseudonym = ANY($2) AND a.requested_on BETWEEN $3 AND $4
  UNION ALL
  SELECT a.pseudonym, 'ASSESSMENT', 2, a.ref, coalesce(a.started_on, a.requested_on), a.completed_on,
         jsonb_build_object('assessmentKind', a.kind, 'assessmentOutcome', a.event_outcome, 'eligible', a.eligible)
    FROM analytics.assessment a WHERE a.authority_code = $1 AND a.pseudonym = ANY($2) AND a.status IN ('IN_PROGRESS', 'COMPLETED')
     AND coalesce(a.started_on, a.requested_on) <= $4 AND (a.completed_on IS NULL OR a.completed_on >= $3)
  UNION ALL
  SELECT pl.pseudonym, 'SERVICE', 3, coalesce(si.item->>'ref', pl.ref || '-' || si.n), pl.agreed_on, coalesce(pl.closed_on, pl.revised_on),
         jsonb_build_object('serviceType', si.item->'serviceType', 'serviceComponent', si.item->'serviceComponent', 'deliveryMechanism', si.item->'deliveryMechanism',
           'unitCostPence', si.item->'unitCostPence', 'unitType', si.item->'unitType', 'plannedUnitsPerWeek', si.item->'plannedUnitsPerWeek', 'closureReason', pl.closure_reason)
    FROM analytics.plan pl CROSS JOIN LATERAL jsonb_array_elements(pl.support_items) WITH ORDINALITY AS si(item, n)
   WHERE pl.authority_code = $1 AND pl.pseudonym = ANY($2) AND pl.agreed_on <= $4 AND (coalesce(pl.closed_on, pl.revised_on) IS NULL OR coalesce(pl.closed_on, pl.revised_on) >= $3)
  UNION ALL
  SELECT r.pseudonym, 'REVIEW', 4, r.ref, coalesce(r.started_on, r.completed_on), r.completed_on,
         jsonb_build_object('reviewKind', r.kind, 'trigger', r.trigger, 'reviewOutcome', r.outcome)
    FROM analytics.review r WHERE r.authority_code = $1 AND r.pseudonym = ANY($2) AND r.state = 'COMPLETED' AND r.completed_on BETWEEN $3 AND $4
) e JOIN unnest($2::text[]) WITH ORDINALITY AS asked(pseudonym, at) USING (pseudonym)
ORDER BY asked.at, e.ord, e.start_date, e.reference`;

const dateOf = (d: Date | string | null): string | null => (d === null ? null : typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10));

/** The CLD return: asked for by a returns officer, built by the worker, downloaded through the gateway. */
export class DataReturnService {
  constructor(private readonly ctx: SubgraphContext) {}

  private get authority(): string {
    return this.ctx.identity.authority;
  }

  private async audit(returnId: string, action: string, format: string | null, rowCounts: unknown): Promise<void> {
    await (await this.ctx.db.manager()).query(
      `INSERT INTO analytics.data_return_audit (authority_code, return_id, action, actor, format, row_counts) VALUES ($1, $2, $3, $4, $5, $6)`,
      [this.authority, returnId, action, this.ctx.identity.userId, format, rowCounts === null ? null : JSON.stringify(rowCounts)],
    );
  }

  async get(id: string): Promise<DataReturnRow> {
    const [row]: DataReturnRow[] = await (await this.ctx.db.manager()).query(`SELECT * FROM analytics.data_return WHERE id = $1`, [id]);
    if (!row) throw new NotFound('data return', id);
    return row;
  }

  async request(quarterRaw: string): Promise<DataReturnRow> {
    const quarter = reportingQuarter(quarterRaw);
    const id = randomUUID();
    await (await this.ctx.db.manager()).query(
      `INSERT INTO analytics.data_return (id, authority_code, kind, quarter, status, requested_by) VALUES ($1, $2, 'CLD', $3, $4, $5)`,
      [id, this.authority, quarter.label, DataReturnStatus.QUEUED, this.ctx.identity.userId],
    );
    await this.audit(id, 'REQUESTED', null, null);
    await this.ctx.outbox.record('ClientLevelDataReturnRequested', { returnId: id });
    return this.get(id);
  }

  /** The events of a page of people (ids as the people subgraph gives them) in the return's quarter. */
  async events(returnId: string, personIds: readonly string[]): Promise<PersonEvent[]> {
    if (personIds.length > 1000) throw new BadUserInput('personIds', 'at most 1000 people a page');
    const ret = await this.get(returnId);
    const quarter = reportingQuarter(ret.quarter);
    const pseudonym = pseudonymiser(this.authority);
    const byPseudonym = new Map(personIds.map((id) => [pseudonym('person', id), id]));
    const rows: Array<{ pseudonym: string; type: CldEventType; reference: string; start_date: Date | string; end_date: Date | string | null; codes: Record<string, unknown> }> = await (
      await this.ctx.db.manager()
    ).query(EVENTS, [this.authority, [...byPseudonym.keys()], quarter.from.toString(), quarter.to.toString()]);
    return rows.map((r) => ({ ...(r.codes as Partial<CldEvent>), personId: byPseudonym.get(r.pseudonym)!, type: r.type, reference: r.reference, startDate: dateOf(r.start_date)!, endDate: dateOf(r.end_date) }));
  }

  /** The worker's report: people done so far, and at the end the row counts and files (READY) or FAILED. */
  async progress(input: { id: string; peopleDone: number; status: DataReturnStatus; rowCounts?: Record<string, number> | null; files?: DataReturnRow['files'] }): Promise<DataReturnRow> {
    const m = await this.ctx.db.manager();
    const ret = await this.get(input.id);
    if (![DataReturnStatus.QUEUED, DataReturnStatus.RUNNING].includes(ret.status)) throw new Conflict(`the return is ${ret.status.toLowerCase()}`);
    // Counted at the first report of a build, not at every one: counting a large council's people takes a while.
    const people = ret.people_total ?? (await m.query(`SELECT count(*)::int AS people FROM analytics.person WHERE authority_code = $1`, [this.authority]))[0].people;
    const ready = input.status === DataReturnStatus.READY;
    const progress = ready ? 100 : Math.min(99, Math.floor((input.peopleDone * 100) / Math.max(people, 1)));
    await m.query(
      `UPDATE analytics.data_return SET status = $2, people_done = $3, progress = $4, row_counts = coalesce($5, row_counts), files = coalesce($6, files),
              completed_at = CASE WHEN $2 IN ('READY', 'FAILED') THEN now() END, expires_at = CASE WHEN $2 = 'READY' THEN now() + make_interval(days => $7) END,
              people_total = $8
        WHERE id = $1`,
      [input.id, input.status, input.peopleDone, progress, input.rowCounts ? JSON.stringify(input.rowCounts) : null, input.files ? JSON.stringify(input.files) : null, DATA_RETURN_DAYS, people],
    );
    if (ready) await this.audit(input.id, 'PRODUCED', null, input.rowCounts ?? null);
    return this.get(input.id);
  }

  /** A download about to be served by the gateway: refused unless ready and unexpired; audited with who. */
  async download(id: string, format: DataReturnFormat): Promise<DataReturnRow> {
    const ret = await this.get(id);
    if (ret.status !== DataReturnStatus.READY || !ret.expires_at || ret.expires_at.getTime() <= Date.now()) {
      throw new Conflict(ret.status === DataReturnStatus.READY || ret.status === DataReturnStatus.EXPIRED ? 'the return has expired: ask for it again' : 'the return is not ready yet');
    }
    await this.audit(id, 'DOWNLOADED', format, ret.row_counts);
    return ret;
  }

  /** Marks the council's returns past their expiry as expired, for the worker to delete their files. */
  async expire(before: Date): Promise<DataReturnRow[]> {
    const rows: DataReturnRow[] = await (await this.ctx.db.manager()).query(
      `WITH expired AS (UPDATE analytics.data_return SET status = 'EXPIRED' WHERE authority_code = $1 AND status = 'READY' AND expires_at <= $2 RETURNING *)
       SELECT * FROM expired ORDER BY id`,
      [this.authority, before],
    );
    for (const r of rows) await this.audit(r.id, 'EXPIRED', null, null);
    return rows;
  }
}
