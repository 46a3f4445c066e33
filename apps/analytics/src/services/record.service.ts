import {
  AssessmentEventOutcome,
  AssessmentKind,
  AssessmentMethod,
  BadUserInput,
  ClientType,
  DeliveryMechanism,
  Ethnicity,
  Gender,
  LocalDate,
  PrimarySupportReason,
  ReviewOutcome,
  ServiceComponent,
  ServiceType,
  UnitType,
  UnplannedTrigger,
} from '@careplan/domain';
import { pseudonymiser } from '@careplan/runtime';
import type { SubgraphContext } from '@careplan/subgraph-kit';
import type { AnalyticsFactsRecord, RecordAnalyticsFactsInput } from '../graphql/facts.types';
import type { PseudonymisedFacts } from './facts';
import { applyFacts } from './projection';

/** A code from one of the domain's code lists, or BAD_USER_INPUT naming the field. */
function code<E extends string>(list: Record<string, E>, value: string | null | undefined, field: string): E | null {
  if (value === null || value === undefined) return null;
  if (!(Object.values(list) as string[]).includes(value)) throw new BadUserInput(field, `${field} is not one of its code list’s values`);
  return value as E;
}

const date = (value: string | null | undefined, field: string) => (value ? LocalDate.parse(value, field).toString() : null);

/** An outward code only: a full postcode would narrow a person down to a handful of homes. */
function district(value: string | null | undefined): string | null {
  if (!value) return null;
  const outward = value.trim().toUpperCase();
  if (!/^[A-Z]{1,2}[0-9][0-9A-Z]?$/.test(outward)) throw new BadUserInput('postcodeDistrict', 'postcodeDistrict must be the outward code of a postcode, such as E8');
  return outward;
}

/** Turns what the worker sent into what the read model may keep: pseudonyms for ids, codes checked. */
export function pseudonymise(authority: string, input: RecordAnalyticsFactsInput): PseudonymisedFacts {
  const ref = pseudonymiser(authority);
  const p = input.person;
  const facts: PseudonymisedFacts = {
    person: {
      pseudonym: ref('person', p.personId),
      ageBand: p.ageBand ?? null,
      gender: code(Gender, p.gender, 'gender'),
      ethnicity: code(Ethnicity, p.ethnicity, 'ethnicity'),
      postcodeDistrict: district(p.postcodeDistrict),
      primarySupportReason: code(PrimarySupportReason, p.primarySupportReason, 'primarySupportReason'),
      teamId: p.teamId ?? null,
      clientType: code(ClientType, p.clientType, 'clientType'),
    },
  };
  const a = input.assessment;
  if (a) {
    facts.assessment = {
      ref: ref('assessment', a.assessmentId),
      status: a.status,
      requestedOn: date(a.requestedOn, 'requestedOn')!,
      completedOn: date(a.completedOn, 'completedOn'),
      eligible: a.eligible ?? null,
      kind: code(AssessmentKind, a.kind, 'kind'),
      method: code(AssessmentMethod, a.method, 'method'),
      eventOutcome: code(AssessmentEventOutcome, a.eventOutcome, 'eventOutcome'),
      startedOn: date(a.startedOn, 'startedOn'),
    };
  }
  const pl = input.plan;
  if (pl) {
    facts.plan = {
      ref: ref('plan', pl.planId),
      assessmentRef: pl.assessmentId ? ref('assessment', pl.assessmentId) : null,
      status: pl.status,
      agreedOn: date(pl.agreedOn, 'agreedOn'),
      closedOn: date(pl.closedOn, 'closedOn'),
      closureReason: pl.closureReason ?? null,
      revisedOn: date(pl.revisedOn, 'revisedOn'),
      revises: pl.revises ?? false,
      supportItems: pl.supportItems.map((s) => ({
        ...(s.supportItemId ? { ref: ref('support-item', s.supportItemId) } : {}),
        unitCostPence: s.unitCostPence ?? null,
        unitType: code(UnitType, s.unitType, 'unitType'),
        plannedUnitsPerWeek: s.plannedUnitsPerWeek ?? null,
        serviceType: code(ServiceType, s.serviceType, 'serviceType'),
        serviceComponent: code(ServiceComponent, s.serviceComponent, 'serviceComponent'),
        deliveryMechanism: code(DeliveryMechanism, s.deliveryMechanism, 'deliveryMechanism'),
      })),
    };
  }
  const b = input.budget;
  if (b) facts.budget = { ref: ref('budget', b.budgetId), planRef: ref('plan', b.planId), weeklyPence: b.weeklyPence ?? null, finalisedOn: date(b.finalisedOn, 'finalisedOn') };
  const d = input.directPayment;
  if (d) facts.directPayment = { ref: ref('direct-payment', d.directPaymentId), status: d.status, startedOn: date(d.startedOn, 'startedOn')!, endedOn: date(d.endedOn, 'endedOn') };
  const r = input.review;
  if (r) {
    facts.review = {
      ref: ref('review', r.reviewId),
      planRef: ref('plan', r.planId),
      kind: r.kind,
      status: r.status,
      dueDate: date(r.dueDate, 'dueDate')!,
      completedOn: date(r.completedOn, 'completedOn'),
      outcome: code(ReviewOutcome, r.outcome, 'outcome'),
      trigger: code(UnplannedTrigger, r.trigger, 'trigger'),
      startedOn: date(r.startedOn, 'startedOn'),
    };
  }
  const h = input.handover;
  if (h) facts.handover = { ref: ref('handover', h.handoverId), direction: h.direction, status: h.status, moveDate: date(h.moveDate, 'moveDate')!, arrivedOn: date(h.arrivedOn, 'arrivedOn') };
  return facts;
}

/** Records one domain event's facts, once: the log first, then the read model. */
export class AnalyticsFactsService {
  constructor(private readonly ctx: SubgraphContext) {}

  async record(input: RecordAnalyticsFactsInput): Promise<AnalyticsFactsRecord> {
    const authority = this.ctx.identity.authority;
    const facts = pseudonymise(authority, input);
    const occurredOn = LocalDate.parse(input.occurredOn, 'occurredOn').toString();
    const m = await this.ctx.db.manager();
    const inserted: Array<{ recorded_at: Date }> = await m.query(
      `INSERT INTO analytics.fact_event (event_id, authority_code, type, occurred_on, facts) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (event_id) DO NOTHING RETURNING recorded_at`,
      [input.eventId, authority, input.eventType, occurredOn, JSON.stringify(facts)],
    );
    if (inserted.length === 0) {
      const [earlier]: Array<{ type: string; recorded_at: Date }> = await m.query(`SELECT type, recorded_at FROM analytics.fact_event WHERE event_id = $1`, [input.eventId]);
      // Another council's event with this id is invisible here (row-level security) and not ours to answer.
      if (!earlier) throw new BadUserInput('eventId', 'eventId names an event recorded for another council');
      return { eventId: input.eventId, eventType: earlier.type, recordedAt: earlier.recorded_at, duplicate: true };
    }
    await applyFacts(m, authority, facts);
    return { eventId: input.eventId, eventType: input.eventType, recordedAt: inserted[0].recorded_at, duplicate: false };
  }
}
