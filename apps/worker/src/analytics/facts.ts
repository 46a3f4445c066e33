import { LocalDate, Postcode, ageBand, type DomainEvent } from '@careplan/domain';
import {
  AnalyticsAssessmentDocument,
  AnalyticsDirectPaymentsDocument,
  AnalyticsHandoverDocument,
  AnalyticsPersonDocument,
  AnalyticsPlanDocument,
  AnalyticsReviewDocument,
  type AnalyticsPersonFactsFragment,
  type RecordAnalyticsFactsInput,
} from '../graph/generated';
import type { GraphCall } from '../events/service-graph';

/** The events the analytics read model follows: what is counted, and whatever changes how it is grouped. */
export const ANALYTICS_EVENTS = [
  'PersonRegistered',
  'PersonUpdated',
  'PersonAllocated',
  'AssessmentRequested',
  'AssessmentCompleted',
  'AssessmentWithdrawn',
  'AssessmentReinstated',
  'PlanSignedOff',
  'PlanClosed',
  // A plan never agreed is not counted, but its budget may be projected: the withdrawal keeps its status true.
  'PlanWithdrawn',
  // A plan replaced by one agreed since stops counting as in force that day.
  'PlanRevised',
  // A plan a death recorded in error had ended counts again, with its payments and reviews; a corrected date of
  // death moves the day it ended.
  'PlanReinstated',
  'PlanEndDateCorrected',
  'BudgetFinalised',
  'BudgetChanged',
  'DirectPaymentStarted',
  'DirectPaymentEnded',
  'DirectPaymentReinstated',
  'DirectPaymentEndDateCorrected',
  'ReviewScheduled',
  // A review a request asked for is scheduled when the request is accepted, not by ReviewScheduled.
  'ReviewRequestAccepted',
  'ReviewCompleted',
  'ReviewCancelled',
  'ReviewReinstated',
  'HandoverStarted',
  'HandoverArrived',
] as const;
export type AnalyticsEvent = DomainEvent<(typeof ANALYTICS_EVENTS)[number]>;

/** The person as analytics may know them: an age band on the day and a postcode district, nothing that names them. */
function personFacts(p: AnalyticsPersonFactsFragment, on: LocalDate): RecordAnalyticsFactsInput['person'] {
  return {
    personId: p.id,
    ageBand: ageBand(LocalDate.parse(p.dateOfBirth), on),
    gender: p.gender,
    ethnicity: p.ethnicity,
    postcodeDistrict: p.postcode && Postcode.isValid(p.postcode) ? Postcode.parse(p.postcode).outward : null,
    primarySupportReason: p.primarySupportReason,
    teamId: p.team?.id ?? null,
    clientType: p.clientType,
  };
}

/**
 * Reads from the graph what the event changed, as it stands now (events carry ids only), and puts it in
 * the shape `recordAnalyticsFacts` takes. Null when the record is no longer visible to the council.
 */
export async function factsOf(event: AnalyticsEvent, graph: GraphCall): Promise<RecordAnalyticsFactsInput | null> {
  const on = LocalDate.inLondon(new Date(event.occurredAt));
  const base = { eventId: event.id, eventType: event.type, occurredOn: on.toString() };
  switch (event.type) {
    case 'PersonRegistered':
    case 'PersonUpdated':
    case 'PersonAllocated': {
      const { person } = await graph(AnalyticsPersonDocument, { id: event.data.personId });
      return person && { ...base, person: personFacts(person, on) };
    }
    case 'AssessmentRequested':
    case 'AssessmentCompleted':
    case 'AssessmentWithdrawn':
    case 'AssessmentReinstated': {
      const { assessment: a } = await graph(AnalyticsAssessmentDocument, { id: event.data.assessmentId });
      return (
        a && {
          ...base,
          person: personFacts(a.person, on),
          assessment: {
            assessmentId: a.id,
            status: a.status,
            requestedOn: a.requestedOn,
            completedOn: a.completedOn,
            eligible: a.eligibleNeedsIdentified,
            kind: a.kind,
            method: a.method,
            eventOutcome: a.eventOutcome,
            startedOn: a.startedOn,
          },
        }
      );
    }
    case 'PlanSignedOff':
    case 'PlanClosed':
    case 'PlanWithdrawn':
    case 'PlanRevised':
    case 'PlanReinstated':
    case 'PlanEndDateCorrected':
    case 'BudgetFinalised':
    case 'BudgetChanged': {
      const { plan: p } = await graph(AnalyticsPlanDocument, { id: event.data.planId });
      if (!p) return null;
      const b = p.personalBudget;
      const costOf = new Map((b?.costLines ?? []).map((c) => [c.supportItemId, c]));
      return {
        ...base,
        person: personFacts(p.person, on),
        plan: {
          planId: p.id,
          assessmentId: p.assessment?.id ?? null,
          status: p.status,
          agreedOn: p.agreedOn,
          closedOn: p.closedOn,
          closureReason: p.closureReason,
          revisedOn: p.revisedOn,
          revises: p.previousVersionId !== null,
          supportItems: p.supportItems.map((s) => {
            const cost = costOf.get(s.id);
            return {
              supportItemId: s.id,
              serviceType: s.serviceType,
              serviceComponent: s.serviceComponent,
              deliveryMechanism: s.deliveryMechanism,
              unitCostPence: cost?.unitCost.pence ?? null,
              unitType: cost?.unitType ?? null,
              plannedUnitsPerWeek: cost?.plannedUnitsPerWeek ?? s.plannedUnitsPerWeek,
            };
          }),
        },
        budget: b ? { budgetId: b.id, planId: p.id, weeklyPence: b.finalWeeklyAmount?.pence ?? null, finalisedOn: b.finalisedOn } : null,
      };
    }
    case 'DirectPaymentStarted':
    case 'DirectPaymentEnded':
    case 'DirectPaymentReinstated':
    case 'DirectPaymentEndDateCorrected': {
      const { person } = await graph(AnalyticsDirectPaymentsDocument, { personId: event.data.personId });
      const dp = person?.directPayments.find((d) => d.id === event.data.directPaymentId);
      return person && dp ? { ...base, person: personFacts(person, on), directPayment: { directPaymentId: dp.id, status: dp.status, startedOn: dp.firstPaymentOn, endedOn: dp.endedOn } } : null;
    }
    case 'ReviewScheduled':
    case 'ReviewRequestAccepted':
    case 'ReviewCompleted':
    case 'ReviewCancelled':
    case 'ReviewReinstated': {
      const { review: r } = await graph(AnalyticsReviewDocument, { id: event.data.reviewId });
      return (
        r && {
          ...base,
          person: personFacts(r.plan.person, on),
          review: {
            reviewId: r.id,
            planId: r.plan.id,
            kind: r.kind,
            status: r.status,
            dueDate: r.dueDate,
            completedOn: r.completedOn,
            outcome: r.outcome,
            trigger: r.trigger,
            startedOn: r.startedOn,
          },
        }
      );
    }
    case 'HandoverStarted':
    case 'HandoverArrived': {
      const { handover: h, person } = await graph(AnalyticsHandoverDocument, { id: event.data.handoverId, personId: event.data.personId });
      return h && person ? { ...base, person: personFacts(person, on), handover: { handoverId: h.id, direction: h.direction, status: h.status, moveDate: h.moveDate, arrivedOn: h.arrivedOn } } : null;
    }
  }
}
