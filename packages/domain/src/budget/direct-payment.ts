import { BadUserInput, Conflict, DomainError, RuleViolation } from '../errors';
import { Money } from '../money';
import { LocalDate } from '../local-date';
import { PlanStatus } from '../enums';
import { isPlanHistory } from '../rules/current-plan';

/** Who receives the direct payment (Care Act ss.31-32). */
export enum DirectPaymentRecipient {
  PERSON = 'PERSON',
  NOMINATED_PERSON = 'NOMINATED_PERSON',
  /** For a person lacking capacity: an attorney, a deputy, or a suitable person the council approves. */
  AUTHORISED_PERSON = 'AUTHORISED_PERSON',
}

/** What a direct payment buys (R12a). */
export enum DirectPaymentPurchaseKind {
  PERSONAL_ASSISTANT = 'PERSONAL_ASSISTANT',
  AGENCY = 'AGENCY',
  EQUIPMENT = 'EQUIPMENT',
  SHORT_BREAKS = 'SHORT_BREAKS',
  OTHER = 'OTHER',
}

export interface RecipientFacts {
  recipient: DirectPaymentRecipient;
  /** From the latest capacity assessment for managing a direct payment; presumed when there is none (R2). */
  personHasCapacity: boolean;
  /** The relationship the payment goes to, when not the person: its kind and whether it is current. */
  relationship?: { kind: string; current: boolean } | null;
}

/** R12a: the relationships a direct payment may be paid to instead of the person. */
const RECIPIENT_RELATIONSHIPS: Record<Exclude<DirectPaymentRecipient, DirectPaymentRecipient.PERSON>, readonly string[]> = {
  NOMINATED_PERSON: ['NOMINATED_PERSON'],
  AUTHORISED_PERSON: ['ATTORNEY', 'DEPUTY', 'AUTHORISED_PERSON'],
};

/** Every kind of relationship a direct payment may go to: a change to one may change to whom it can be paid. */
export const DIRECT_PAYMENT_RECIPIENT_KINDS: readonly string[] = Object.values(RECIPIENT_RELATIONSHIPS).flat();

/** R12a: the person (or their nominee) when they have capacity; an authorised person when they do not. */
export function assertDirectPaymentRecipient(facts: RecipientFacts): void {
  const { recipient, personHasCapacity, relationship } = facts;
  if (personHasCapacity && recipient === DirectPaymentRecipient.AUTHORISED_PERSON) {
    throw new RuleViolation('R12a', 'the person has capacity to manage a direct payment: pay them or the person they nominate');
  }
  if (!personHasCapacity && recipient !== DirectPaymentRecipient.AUTHORISED_PERSON) {
    throw new RuleViolation('R12a', 'the person lacks capacity to manage a direct payment: it goes to an authorised person (attorney, deputy or approved suitable person)');
  }
  if (recipient === DirectPaymentRecipient.PERSON) return;
  if (!relationship?.current) throw new BadUserInput('relationshipId', 'the payment goes to someone recorded as a current relationship of the person');
  const allowed = RECIPIENT_RELATIONSHIPS[recipient];
  if (!allowed.includes(relationship.kind)) {
    throw new RuleViolation('R12a', `a ${recipient.toLowerCase().replace('_', ' ')} must be recorded as ${allowed.join(' or ').toLowerCase().replace(/_/g, ' ')}`);
  }
}

/**
 * R12a: why a direct payment in force may no longer be paid as it was set up — the person's capacity to manage
 * it has changed since, or its recipient's role has ended — by the test its set-up passed; null when it may.
 */
export function recipientNoLongerFits(facts: RecipientFacts): string | null {
  try {
    assertDirectPaymentRecipient(facts);
    return null;
  } catch (err) {
    if (err instanceof DomainError) return err.message;
    throw err;
  }
}

/**
 * R12a: a direct payment does not pay a spouse, partner or close relative living in the same household
 * unless the council records that it is necessary.
 */
export function assertHouseholdRelativeAllowed(closeRelativeInHousehold: boolean, necessity: { reason: string; decidedBy: string } | null): void {
  if (closeRelativeInHousehold && !(necessity && necessity.reason.trim().length >= 20 && necessity.decidedBy.trim())) {
    throw new RuleViolation('R12a', 'paying a close relative who lives in the same household needs a recorded decision that it is necessary');
  }
}

export enum DirectPaymentStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  ENDED = 'ENDED',
}

export enum DirectPaymentAction {
  SUSPEND = 'SUSPEND',
  RESUME = 'RESUME',
  END = 'END',
}

const DP_MOVES: Record<DirectPaymentAction, { from: DirectPaymentStatus[]; to: DirectPaymentStatus }> = {
  SUSPEND: { from: [DirectPaymentStatus.ACTIVE], to: DirectPaymentStatus.SUSPENDED },
  RESUME: { from: [DirectPaymentStatus.SUSPENDED], to: DirectPaymentStatus.ACTIVE },
  END: { from: [DirectPaymentStatus.ACTIVE, DirectPaymentStatus.SUSPENDED], to: DirectPaymentStatus.ENDED },
};

export function directPaymentTransition(from: DirectPaymentStatus, action: DirectPaymentAction): DirectPaymentStatus {
  const move = DP_MOVES[action];
  if (!move.from.includes(from)) throw new Conflict(`a direct payment that is ${from.toLowerCase()} cannot ${action.toLowerCase()}`);
  return move.to;
}

/**
 * R12a: a direct payment meets needs in a plan the council is responsible for. None is set up under a
 * version that has ended: a closed or withdrawn plan meets no needs, and a revised one's revision pays from its own budget.
 */
export function assertPlanPaysDirectPayments(planStatus: PlanStatus): void {
  if (!isPlanHistory(planStatus)) return;
  const why =
    planStatus === PlanStatus.CLOSED
      ? 'the plan is closed'
      : planStatus === PlanStatus.WITHDRAWN
        ? 'the plan was withdrawn before it came into force'
        : 'the plan was replaced by its agreed revision: pay from the revision’s budget';
  throw new RuleViolation('R12a', `a direct payment meets needs in a plan in force: ${why}`);
}

export enum PaymentFrequency {
  WEEKLY = 'WEEKLY',
  FOUR_WEEKLY = 'FOUR_WEEKLY',
  MONTHLY = 'MONTHLY',
}

/**
 * The payments due from a start date for a weekly amount: weekly, every four weeks, or monthly. Monthly
 * amounts share the annual sum (52 weeks) exactly: the first months carry any odd pence.
 */
export function paymentSchedule(start: LocalDate, weeklyPence: number, frequency: PaymentFrequency, count: number): Array<{ dueOn: string; amountPence: number }> {
  Money.fromInput(weeklyPence, 'weeklyPence');
  const annual = weeklyPence * 52;
  return Array.from({ length: count }, (_, i) => {
    switch (frequency) {
      case PaymentFrequency.WEEKLY:
        return { dueOn: start.plusWeeks(i).toString(), amountPence: weeklyPence };
      case PaymentFrequency.FOUR_WEEKLY:
        return { dueOn: start.plusWeeks(4 * i).toString(), amountPence: weeklyPence * 4 };
      case PaymentFrequency.MONTHLY:
        return { dueOn: start.plusMonths(i).toString(), amountPence: Math.floor(annual / 12) + (i % 12 < annual % 12 ? 1 : 0) };
    }
  });
}

/** R12a: the direct-payment review is due 6 months after the first payment, then every 12 months. */
export function directPaymentReviewDates(firstPayment: LocalDate, count: number): string[] {
  return Array.from({ length: count }, (_, i) => firstPayment.plusMonths(6 + 12 * i).toString());
}

/** R12a: after a direct-payment review, the next is due 12 months on (at least every 12 months). */
export function directPaymentReviewAfter(completedOn: LocalDate): LocalDate {
  return completedOn.plusMonths(12);
}

/** The next DP review on or after a day, in the series 6 months after the first payment, then every 12 months. */
export function nextDirectPaymentReview(firstPayment: LocalDate, from: LocalDate): LocalDate {
  let due = firstPayment.plusMonths(6);
  for (let year = 1; due.isBefore(from); year++) due = firstPayment.plusMonths(6 + 12 * year);
  return due;
}

/** How far ahead a direct payment's schedule may be asked for: a year, what a person or finance plans by. */
export const SCHEDULE_AHEAD_DAYS = 366;

/** The last day a schedule is asked up to: a calendar date at most a year ahead (one rule, so a request cannot ask for centuries). */
export function parseScheduleUntil(raw: string, today: LocalDate = LocalDate.today()): LocalDate {
  const until = LocalDate.parse(raw, 'until');
  if (until.isAfter(today.plusDays(SCHEDULE_AHEAD_DAYS))) throw new BadUserInput('until', `ask for the schedule at most ${SCHEDULE_AHEAD_DAYS} days ahead`);
  return until;
}
