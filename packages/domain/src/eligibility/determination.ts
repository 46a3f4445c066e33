import { AssessmentEventOutcome } from '../assessment/lifecycle';
import { BadUserInput, RuleViolation } from '../errors';
import { EligibilityFramework, type UnableReason } from './outcomes';

/** What the assessor recorded about one need. */
export interface NeedFacts {
  outcome: string;
  /** England: why the outcome cannot be achieved; empty when it can be. */
  unableReasons: readonly UnableReason[];
  /** Wales (c): the person cannot meet the need alone, with willing others, or with community services (judged without the carer). */
  cannotMeetAlone?: boolean;
  /** Wales (d), "can and can only": personal outcomes are unlikely to be achieved unless the council helps. */
  onlyWithCouncilHelp?: boolean;
  /** R3d: a willing and able carer meets this need now. */
  metByCarer: boolean;
  /** R3d: another service (NHS, housing) meets it; the council does not arrange NHS care. */
  metByOtherService: boolean;
}

export interface EligibilityFacts {
  framework: EligibilityFramework;
  /**
   * Condition (a): England adult and Wales — the needs arise from physical or mental impairment or
   * illness (Wales: or age, disability, dependence on alcohol or drugs, or similar); carers — from
   * providing necessary care.
   */
  needsArise: boolean;
  /** England carer (b): the carer's physical or mental health is, or is at risk of, deteriorating. */
  healthAtRisk?: boolean;
  /** England (c): consequently there is, or is likely to be, a significant impact on well-being. */
  significantImpact?: boolean;
  needs: readonly NeedFacts[];
}

export interface ConditionResult {
  /** Rule and condition, e.g. "R3a(b)". */
  condition: string;
  met: boolean;
  detail: string;
}

export interface Determination {
  framework: EligibilityFramework;
  eligible: boolean;
  /** The conditions in the order the law tests them; evaluation stops at the first that fails. */
  path: ConditionResult[];
  failedCondition: string | null;
  /** Outcomes (or Welsh need areas) that are eligible needs. */
  eligibleNeeds: string[];
  /** R3d: eligible needs a carer meets now; the council must step in if the carer stops. */
  metByCarer: string[];
  /** Eligible needs the council must meet: not met by a carer or another service. */
  councilMustMeet: string[];
  /** R3d: whether the person would be eligible if the carer stopped caring. */
  eligibleIfCarerStopped: boolean;
  rationale: string;
}

const RULE: Record<EligibilityFramework, string> = {
  ENGLAND_ADULT: 'R3a',
  ENGLAND_CARER: 'R3b',
  WALES_ADULT: 'R3c',
  WALES_CARER: 'R3c',
};

const words = (codes: readonly string[]) => (codes.length ? codes.map((c) => c.toLowerCase().replace(/_/g, ' ')).join(', ') : 'none');
const distinct = (codes: string[]) => [...new Set(codes)];

function checkAll(conditions: Array<() => ConditionResult>): { path: ConditionResult[]; failed: string | null } {
  const path: ConditionResult[] = [];
  for (const check of conditions) {
    const result = check();
    path.push(result);
    if (!result.met) return { path, failed: result.condition };
  }
  return { path, failed: null };
}

function england(facts: EligibilityFacts): Omit<Determination, 'framework' | 'rationale'> {
  const carer = facts.framework === EligibilityFramework.ENGLAND_CARER;
  const rule = RULE[facts.framework];
  // Needs a carer meets still count (R3d): eligibility is decided as if nobody were meeting them.
  const unable = distinct(facts.needs.filter((n) => n.unableReasons.length > 0).map((n) => n.outcome));
  const { path, failed } = checkAll([
    () => ({
      condition: `${rule}(a)`,
      met: facts.needsArise,
      detail: carer ? 'the needs arise from providing necessary care' : 'the needs arise from or relate to a physical or mental impairment or illness',
    }),
    () =>
      carer
        ? {
            condition: `${rule}(b)`,
            met: Boolean(facts.healthAtRisk) || unable.length >= 1,
            detail: `health at risk: ${facts.healthAtRisk ? 'yes' : 'no'}; outcomes the carer is unable to achieve (one is enough): ${words(unable)}`,
          }
        : { condition: `${rule}(b)`, met: unable.length >= 2, detail: `outcomes the person is unable to achieve (two or more needed): ${words(unable)}` },
    () => ({ condition: `${rule}(c)`, met: Boolean(facts.significantImpact), detail: 'consequently there is, or is likely to be, a significant impact on well-being' }),
  ]);
  const eligibleNeeds = failed ? [] : unable;
  const eligibleFacts = facts.needs.filter((n) => eligibleNeeds.includes(n.outcome));
  return {
    eligible: !failed,
    path,
    failedCondition: failed,
    eligibleNeeds,
    metByCarer: distinct(eligibleFacts.filter((n) => n.metByCarer).map((n) => n.outcome)),
    councilMustMeet: distinct(eligibleFacts.filter((n) => !n.metByCarer && !n.metByOtherService).map((n) => n.outcome)),
    eligibleIfCarerStopped: !failed,
  };
}

function wales(facts: EligibilityFacts): Omit<Determination, 'framework' | 'rationale'> {
  // Wales decides need by need; condition (c) counts willing carers, so a need a carer meets is not
  // eligible now but would be if the carer stopped (R3d).
  const ifCarerStopped = facts.needs.filter((n) => n.cannotMeetAlone && n.onlyWithCouncilHelp);
  const now = ifCarerStopped.filter((n) => !n.metByCarer);
  const { path, failed } = checkAll([
    () => ({ condition: 'R3c(a)', met: facts.needsArise, detail: 'the need arises from ill-health, age, disability, dependence on alcohol or drugs, or similar circumstances, or from caring' }),
    () => ({ condition: 'R3c(b)', met: facts.needs.length > 0, detail: `need areas assessed: ${words(distinct(facts.needs.map((n) => n.outcome)))}` }),
    () => ({
      condition: 'R3c(c)',
      met: facts.needs.some((n) => n.cannotMeetAlone && !n.metByCarer),
      detail: `needs that cannot be met alone, with willing others or with community services: ${words(distinct(facts.needs.filter((n) => n.cannotMeetAlone && !n.metByCarer).map((n) => n.outcome)))}`,
    }),
    () => ({ condition: 'R3c(d)', met: now.length > 0, detail: `can and can only be met with the council's help: ${words(distinct(now.map((n) => n.outcome)))}` }),
  ]);
  const eligibleNeeds = failed ? [] : distinct(now.map((n) => n.outcome));
  return {
    eligible: !failed,
    path,
    failedCondition: failed,
    eligibleNeeds,
    metByCarer: facts.needsArise ? distinct(ifCarerStopped.filter((n) => n.metByCarer).map((n) => n.outcome)) : [],
    councilMustMeet: distinct(now.filter((n) => eligibleNeeds.includes(n.outcome) && !n.metByOtherService).map((n) => n.outcome)),
    eligibleIfCarerStopped: facts.needsArise && ifCarerStopped.length > 0,
  };
}

/** Derives eligibility from recorded facts (R3a, R3b, R3c, R3d); the result explains itself. */
export function determineEligibility(facts: EligibilityFacts): Determination {
  const welsh = facts.framework === EligibilityFramework.WALES_ADULT || facts.framework === EligibilityFramework.WALES_CARER;
  const result = welsh ? wales(facts) : england(facts);
  const decided = result.eligible
    ? `Eligible under ${RULE[facts.framework]}: ${result.path.map((p) => p.detail).join('; ')}.`
    : `Not eligible under ${RULE[facts.framework]}: condition ${result.failedCondition} is not met (${result.path.at(-1)!.detail}).`;
  const carer = result.metByCarer.length
    ? ` A carer meets ${words(result.metByCarer)}; ${result.eligibleIfCarerStopped ? 'these would be eligible needs if the carer stopped' : 'the council would reassess if the carer stopped'}.`
    : !result.eligible && result.eligibleIfCarerStopped
      ? ' The needs would be eligible if the carer stopped caring.'
      : '';
  return { framework: facts.framework, ...result, rationale: decided + carer };
}

/**
 * R3a–R3c: every question the nation's criteria ask at completion is answered; an unanswered one is never
 * read as "no". England asks about significant impact (and, for a carer, whether their health is at risk);
 * Wales asks, need by need, whether it can be met alone and whether only the council's help will do.
 */
export function assertEligibilityAnswered(facts: {
  framework: EligibilityFramework;
  healthAtRisk?: boolean | null;
  significantImpact?: boolean | null;
  needs: ReadonlyArray<{ outcome: string; cannotMeetAlone?: boolean | null; onlyWithCouncilHelp?: boolean | null }>;
}): void {
  const unanswered = (value: boolean | null | undefined) => value === undefined || value === null;
  if (facts.framework === EligibilityFramework.ENGLAND_ADULT || facts.framework === EligibilityFramework.ENGLAND_CARER) {
    if (unanswered(facts.significantImpact)) throw new BadUserInput('significantImpact', 'say whether there is, or is likely to be, a significant impact on well-being');
    if (facts.framework === EligibilityFramework.ENGLAND_CARER && unanswered(facts.healthAtRisk)) {
      throw new BadUserInput('healthAtRisk', 'say whether the carer’s physical or mental health is, or is at risk of, deteriorating');
    }
    return;
  }
  for (const need of facts.needs) {
    for (const question of ['cannotMeetAlone', 'onlyWithCouncilHelp'] as const) {
      if (unanswered(need[question])) throw new BadUserInput(question, `answer ${question} for the need ${need.outcome.toLowerCase().replace(/_/g, ' ')} before completing`);
    }
  }
}

/** What happens next agrees with the determination: a person found not eligible does not go on to care and support planning. */
export function assertEventOutcomeAgrees(determination: Pick<Determination, 'framework' | 'eligible'>, outcome: AssessmentEventOutcome): void {
  if (!determination.eligible && outcome === AssessmentEventOutcome.PROGRESS_TO_CARE_AND_SUPPORT_PLANNING) {
    throw new RuleViolation(RULE[determination.framework], 'the determination found no eligible needs, so the assessment cannot progress to care and support planning; record what happens instead');
  }
}
