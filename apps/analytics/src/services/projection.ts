import type { EntityManager } from 'typeorm';
import { refreshCounted } from './counted';
import type { PseudonymisedFacts } from './facts';

/** The tables the log is projected into; a rebuild empties exactly these. */
export const PROJECTION_TABLES = ['person', 'assessment', 'plan', 'budget', 'direct_payment', 'review', 'handover', 'counted_record'] as const;

/** Applies one event's facts to the read model: its records, then the person's counted records. */
export async function applyFacts(m: EntityManager, authority: string, f: PseudonymisedFacts): Promise<void> {
  await applyRecords(m, authority, f);
  await refreshCounted(m, authority, f.person.pseudonym);
}

/**
 * Each record is replaced by the state the event carried, so applying the log in order gives one answer
 * however often it is replayed.
 */
async function applyRecords(m: EntityManager, authority: string, f: PseudonymisedFacts): Promise<void> {
  const p = f.person;
  await m.query(
    `INSERT INTO analytics.person (authority_code, pseudonym, age_band, gender, ethnicity, postcode_district, primary_support_reason, team_id, client_type)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT (authority_code, pseudonym) DO UPDATE SET age_band = $3, gender = $4, ethnicity = $5, postcode_district = $6, primary_support_reason = $7, team_id = $8, client_type = $9`,
    [authority, p.pseudonym, p.ageBand, p.gender, p.ethnicity, p.postcodeDistrict, p.primarySupportReason, p.teamId, p.clientType ?? null],
  );
  const upsert = (table: string, columns: string[], values: unknown[]) =>
    m.query(
      `INSERT INTO analytics.${table} (authority_code, pseudonym, ${columns.join(', ')}) VALUES (${[authority, p.pseudonym, ...values].map((_, i) => `$${i + 1}`).join(', ')})
       ON CONFLICT (authority_code, ref) DO UPDATE SET pseudonym = EXCLUDED.pseudonym, ${columns.filter((c) => c !== 'ref').map((c) => `${c} = EXCLUDED.${c}`).join(', ')}`,
      [authority, p.pseudonym, ...values],
    );
  if (f.assessment) {
    const a = f.assessment;
    await upsert(
      'assessment',
      ['ref', 'status', 'requested_on', 'completed_on', 'eligible', 'kind', 'method', 'event_outcome', 'started_on'],
      [a.ref, a.status, a.requestedOn, a.completedOn, a.eligible, a.kind ?? null, a.method ?? null, a.eventOutcome ?? null, a.startedOn ?? null],
    );
  }
  if (f.plan) {
    const pl = f.plan;
    await upsert(
      'plan',
      ['ref', 'assessment_ref', 'status', 'agreed_on', 'closed_on', 'closure_reason', 'revised_on', 'revises', 'support_items'],
      [pl.ref, pl.assessmentRef, pl.status, pl.agreedOn, pl.closedOn, pl.closureReason, pl.revisedOn ?? null, pl.revises ?? false, JSON.stringify(pl.supportItems)],
    );
  }
  if (f.budget) {
    const b = f.budget;
    await upsert('budget', ['ref', 'plan_ref', 'weekly_pence', 'finalised_on'], [b.ref, b.planRef, b.weeklyPence, b.finalisedOn]);
  }
  if (f.directPayment) {
    const d = f.directPayment;
    await upsert('direct_payment', ['ref', 'status', 'started_on', 'ended_on'], [d.ref, d.status, d.startedOn, d.endedOn]);
  }
  if (f.review) {
    const r = f.review;
    await upsert(
      'review',
      ['ref', 'plan_ref', 'kind', 'state', 'due_date', 'completed_on', 'outcome', 'trigger', 'started_on'],
      [r.ref, r.planRef, r.kind, r.status, r.dueDate, r.completedOn, r.outcome, r.trigger ?? null, r.startedOn ?? null],
    );
  }
  if (f.handover) {
    const h = f.handover;
    await upsert('handover', ['ref', 'direction', 'status', 'move_date', 'arrived_on'], [h.ref, h.direction, h.status, h.moveDate, h.arrivedOn]);
  }
}

/**
 * Empties one council's read model and replays its log in the order it was recorded, a page at a time,
 * then makes the counted records once for the whole council (not once per event, as `applyFacts` does).
 * Runs in the caller's transaction, whose authority row-level security already binds.
 */
export async function rebuildReadModel(m: EntityManager, authority: string, pageSize = 1000): Promise<number> {
  for (const table of PROJECTION_TABLES) await m.query(`DELETE FROM analytics.${table} WHERE authority_code = $1`, [authority]);
  let after = 0;
  let replayed = 0;
  for (;;) {
    const rows: Array<{ seq: string; facts: PseudonymisedFacts }> = await m.query(
      `SELECT seq, facts FROM analytics.fact_event WHERE authority_code = $1 AND seq > $2 ORDER BY seq LIMIT $3`,
      [authority, after, pageSize],
    );
    for (const row of rows) await applyRecords(m, authority, row.facts);
    replayed += rows.length;
    if (rows.length < pageSize) {
      await refreshCounted(m, authority);
      return replayed;
    }
    after = Number(rows[rows.length - 1].seq);
  }
}
