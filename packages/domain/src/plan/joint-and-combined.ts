import { Nation, PlanStatus } from '../enums';
import { BadUserInput, RuleViolation } from '../errors';
import { ConsentPurpose, hasStandingConsent } from '../people/consent';
import { isPlanInForce } from '../rules/current-plan';
import { PlanClosureReason } from './lifecycle';

/** Other plans a care and support plan may be combined with (R7). */
export enum OtherPlanType {
  CARE_PROGRAMME_APPROACH = 'CARE_PROGRAMME_APPROACH',
  CARE_AND_TREATMENT_PLAN = 'CARE_AND_TREATMENT_PLAN',
  HEALTH_PLAN = 'HEALTH_PLAN',
  CHILDS_PLAN = 'CHILDS_PLAN',
  OTHER = 'OTHER',
}

/** How a child's plan may be combined: with the child's consent, or in their best interests if they lack capacity. */
export enum ChildConsentBasis {
  CHILD_CONSENTED = 'CHILD_CONSENTED',
  BEST_INTERESTS = 'BEST_INTERESTS',
}

export interface CombinedPlanInput {
  otherPlanType: OtherPlanType;
  otherPlanReference?: string | null;
  leadOrganisation: string;
  leadProfessional: string;
  childConsentBasis?: ChildConsentBasis | null;
}

export interface CombinedPlan {
  otherPlanType: OtherPlanType;
  otherPlanReference: string | null;
  leadOrganisation: string;
  leadProfessional: string;
  childConsentBasis: ChildConsentBasis | null;
}

function required(raw: string, field: string): string {
  const value = raw.trim();
  if (!value || value.length > 200) throw new BadUserInput(field, `${field} must be 1 to 200 characters`);
  return value;
}

/** R7: a combined plan names the other plan, one lead organisation and a lead professional. */
export function parseCombinedPlan(nation: Nation, input: CombinedPlanInput): CombinedPlan {
  if (input.otherPlanType === OtherPlanType.CARE_AND_TREATMENT_PLAN && nation !== Nation.WALES) {
    throw new BadUserInput('otherPlanType', 'a Care and Treatment Plan is the Welsh mental health plan; in England use CARE_PROGRAMME_APPROACH');
  }
  const child = input.otherPlanType === OtherPlanType.CHILDS_PLAN;
  if (child && !input.childConsentBasis) {
    throw new RuleViolation('R7', 'a child’s plan is combined only with the child’s consent or, if they lack capacity, in their best interests');
  }
  if (!child && input.childConsentBasis) throw new BadUserInput('childConsentBasis', 'childConsentBasis applies to a child’s plan only');
  return {
    otherPlanType: input.otherPlanType,
    otherPlanReference: input.otherPlanReference?.trim() || null,
    leadOrganisation: required(input.leadOrganisation, 'leadOrganisation'),
    leadProfessional: required(input.leadProfessional, 'leadProfessional'),
    childConsentBasis: input.childConsentBasis ?? null,
  };
}

type Consents = ReadonlyArray<{ purpose: ConsentPurpose; stands: boolean }>;

/** One consent a joint or combined plan rests on (R7), and whether it stands today. */
export interface PlanConsent {
  kind: 'joint' | 'combined';
  who: 'the person' | 'the other person';
  stands: boolean;
}

/**
 * R7: the consents a plan rests on for as long as it is joint or combined — both people's to a joint plan,
 * the person's to a combined one — each as the people subgraph reports it now.
 */
export function planConsents(plan: { joint: boolean; combined: boolean }, person: Consents, jointPerson: Consents | null): PlanConsent[] {
  const joint = (who: PlanConsent['who'], consents: Consents): PlanConsent => ({ kind: 'joint', who, stands: hasStandingConsent(consents, ConsentPurpose.JOINT_PLAN) });
  return [
    ...(plan.joint ? [joint('the person', person), joint('the other person', jointPerson ?? [])] : []),
    ...(plan.combined ? [{ kind: 'combined' as const, who: 'the person' as const, stands: hasStandingConsent(person, ConsentPurpose.COMBINED_PLAN) }] : []),
  ];
}

/** R7: a joint plan, or a combined one, needs the consent of everyone whose plan it is. */
export function assertPlanConsents(consents: readonly PlanConsent[]): void {
  const missing = consents.find((c) => !c.stands);
  if (!missing) return;
  const who = consents.filter((c) => c.kind === missing.kind && !c.stands).map((c) => c.who);
  throw new RuleViolation('R7', `a ${missing.kind} plan needs the consent of ${who.join(' and ')}; record it first`);
}

/** R7, for a plan's content check: each consent it rests on that no longer stands (withdrawn since, say). */
export function missingPlanConsents(consents: readonly PlanConsent[]): Array<{ id: 'R7'; label: string }> {
  return consents.filter((c) => !c.stands).map((c) => ({ id: 'R7', label: `the consent of ${c.who} to a ${c.kind} plan, or the plan separated` }));
}

/** A plan as the worker reads it when a consent, or the other person, behind a joint or combined plan goes. */
export interface LinkedPlan {
  id: string;
  status: PlanStatus;
  closureReason: PlanClosureReason | null;
  jointPerson: { id: string } | null;
  combinedWith: OtherPlanType | null;
}

/** A plan in force to review (R14) because what it rested on has gone, and why, in the review's words. */
export interface PlanToReview {
  planId: string;
  details: string;
}

const WITHOUT_IT = 'plan how each person’s needs are met without it (R7).';

/**
 * R7, R14: the plans in force a consent just withdrawn leaves resting on nothing — the person's own joint (or
 * combined) plans, and the joint plans of others they are the other person of — none while another consent of
 * theirs to the same still stands. Each gets an unplanned review so it is planned again without it.
 */
export function plansLosingConsent(
  purpose: ConsentPurpose,
  person: { consents: Consents; plans: readonly LinkedPlan[]; jointPlans: ReadonlyArray<{ id: string; status: PlanStatus }> },
): PlanToReview[] {
  if (purpose !== ConsentPurpose.JOINT_PLAN && purpose !== ConsentPurpose.COMBINED_PLAN) return [];
  if (hasStandingConsent(person.consents, purpose)) return [];
  const joint = purpose === ConsentPurpose.JOINT_PLAN;
  const own = person.plans.filter((p) => isPlanInForce(p.status) && (joint ? p.jointPerson !== null : p.combinedWith !== null));
  const others = joint ? person.jointPlans.filter((p) => isPlanInForce(p.status)) : [];
  return [
    ...own.map((p) => ({ planId: p.id, details: `The person withdrew their consent to a ${joint ? 'joint' : 'combined'} plan: ${WITHOUT_IT}` })),
    ...others.map((p) => ({ planId: p.id, details: `The other person of this joint plan withdrew their consent to it: ${WITHOUT_IT}` })),
  ];
}

/**
 * R7, R14: the joint plans in force of others whose other person has gone — died, or moved to another council's
 * area — to review; `gone` says how, e.g. "died on 2026-11-20".
 */
export function jointPlansLosingOtherPerson(jointPlans: ReadonlyArray<{ id: string; status: PlanStatus }>, gone: string): PlanToReview[] {
  return jointPlans.filter((p) => isPlanInForce(p.status)).map((p) => ({ planId: p.id, details: `The other person of this joint plan ${gone}.` }));
}

/**
 * R7, R14: the other people of the joint plans a person's death ended (in force on the day: closed as DIED, or
 * not closed yet). The plan was theirs too, and the support it gave them ended with it.
 */
export function jointPeopleOfPlansEndedByDeath(plans: ReadonlyArray<{ status: PlanStatus; closureReason: PlanClosureReason | null; jointPerson: { id: string } | null }>): string[] {
  const ended = plans.filter((p) => p.jointPerson && (isPlanInForce(p.status) || (p.status === PlanStatus.CLOSED && p.closureReason === PlanClosureReason.DIED)));
  return [...new Set(ended.map((p) => p.jointPerson!.id))];
}

/** R7, R14: the other person's own plans in force, to review now that the joint plan they shared has ended with a death. */
export function ownPlansAfterJointPlanEnded(plans: ReadonlyArray<{ id: string; status: PlanStatus }>, diedOn: string): PlanToReview[] {
  const details = `The person whose joint plan they shared died on ${diedOn}: the support that plan gave them ended with it.`;
  return plans.filter((p) => isPlanInForce(p.status)).map((p) => ({ planId: p.id, details }));
}

/** What makes a plan more than one person's own (R7), to separate it from when a consent goes. */
export enum PlanLink {
  JOINT_PERSON = 'JOINT_PERSON',
  OTHER_PLAN = 'OTHER_PLAN',
}

/**
 * R7: what separating a plan from its other person or other plan clears. Only a link the plan has; the
 * other person's needs, or the other organisation's plan, go on in plans of their own.
 */
export function separatedPlan(plan: { jointPersonId: string | null; combinedWith: OtherPlanType | null }, from: readonly PlanLink[]) {
  if (from.length === 0) throw new BadUserInput('from', 'say what to separate the plan from');
  if (from.includes(PlanLink.JOINT_PERSON) && !plan.jointPersonId) throw new BadUserInput('from', 'the plan is not a joint plan');
  if (from.includes(PlanLink.OTHER_PLAN) && !plan.combinedWith) throw new BadUserInput('from', 'the plan is not combined with another');
  return {
    ...(from.includes(PlanLink.JOINT_PERSON) ? { jointPersonId: null } : {}),
    ...(from.includes(PlanLink.OTHER_PLAN) ? { combinedWith: null, combinedReference: null, leadOrganisation: null, leadProfessional: null, childConsentBasis: null } : {}),
  };
}
