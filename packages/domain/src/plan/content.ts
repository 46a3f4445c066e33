import { AssessmentStatus, Nation, PlanKind } from '../enums';
import { RuleViolation } from '../errors';
import { missingParticipants, type PlanningParticipants } from '../people/involvement';
import { RelationshipKind } from '../people/relationships';
import { missingPlanConsents, type PlanConsent } from './joint-and-combined';
import type { PlanSection } from './plan-document';

/** What a plan holds, as far as the content rules care: counts and presence, never the words themselves. */
export interface PlanContentFacts {
  nation: Nation;
  kind: PlanKind;
  /** (a) needs identified by the assessment, carried into the plan. */
  needsFromAssessment: number;
  /**
   * (b) the eligibility determination of the completed assessment is linked, so each need shows whether and how
   * far it is eligible; an assessment reopened is determining it again, so it does not count until completed.
   */
  eligibilityRecorded: boolean;
  /** (c) each need the council will meet, with how many support items meet it. */
  metNeeds: ReadonlyArray<{ need: string; supportItems: number }>;
  /** (d) outcomes in the person's words, and whether each support item says which outcome it serves. */
  desiredOutcomes: number;
  supportLinkedToOutcomes: boolean;
  /** (d) for a carer: their wishes about caring, work, education and recreation. */
  carerWishesRecorded: boolean;
  /** (e) a personal budget exists for the plan (its sufficiency is R11's). */
  personalBudget: boolean;
  /** (f) advice and information to reduce, prevent or delay needs. */
  adviceAndInformation: boolean;
  /** (g) support paid by direct payment, and whether its needs, amount and frequency are stated. */
  usesDirectPayment: boolean;
  directPaymentDetails: boolean;
  strengthsAndAssets: boolean;
  /** R3d: needs a carer meets, and whether they are recorded in the plan. */
  needsMetByCarer: number;
  needsMetByCarerRecorded: boolean;
  contingencyPlan: boolean;
  namedCoordinator: boolean;
  reviewArrangements: boolean;
  /** Wales: actions by the council and by others. */
  actionsByCouncilAndOthers: boolean;
  /** Wales: how progress towards outcomes is monitored. */
  progressMonitoring: boolean;
  /** Wales: an adult-at-risk enquiry was made, and whether its conclusion is in the plan. */
  adultAtRiskEnquiry: boolean;
  adultAtRiskConclusion: boolean;
  /** R1, R2c: who took part in planning, and who had to. */
  participants: PlanningParticipants;
  /** R7: the consents a joint or combined plan rests on; none for a plan of one person alone. */
  consents: readonly PlanConsent[];
}

interface Item {
  id: string;
  label: string;
  present: (f: PlanContentFacts) => boolean;
  /** Where every copy of the plan shows it (R10): the sections of `planSections`. */
  shownIn: readonly PlanSection[];
}

const ENGLAND: Item[] = [
  { id: 'R5(a)', label: 'the needs identified by the assessment', present: (f) => f.needsFromAssessment > 0, shownIn: ['needs'] },
  { id: 'R5(b)', label: 'whether and how far each need meets the eligibility criteria', present: (f) => f.eligibilityRecorded, shownIn: ['needs'] },
  { id: 'R5(c)', label: 'which needs the council will meet, each with how it will be met', present: (f) => f.metNeeds.length > 0 && f.metNeeds.every((n) => n.supportItems > 0), shownIn: ['needs', 'support'] },
  { id: 'R5(d)', label: 'the person’s desired outcomes and how the support relates to them', present: (f) => f.desiredOutcomes > 0 && f.supportLinkedToOutcomes, shownIn: ['outcomes', 'support'] },
  { id: 'R5(d) carer', label: 'the carer’s wishes about caring, work, education and recreation', present: (f) => f.kind !== PlanKind.CARER_SUPPORT || f.carerWishesRecorded, shownIn: ['carerWishes'] },
  { id: 'R5(e)', label: 'the personal budget', present: (f) => f.personalBudget, shownIn: ['budget'] },
  { id: 'R5(f)', label: 'advice and information to reduce, prevent or delay needs', present: (f) => f.adviceAndInformation, shownIn: ['adviceAndInformation'] },
  { id: 'R5(g)', label: 'for a direct payment: which needs, the amount and how often', present: (f) => !f.usesDirectPayment || f.directPaymentDetails, shownIn: ['directPaymentDetails'] },
  { id: 'R5 strengths', label: 'strengths and assets (family, friends, community)', present: (f) => f.strengthsAndAssets, shownIn: ['strengthsAndAssets'] },
  { id: 'R5 carers', label: 'the needs a carer meets (R3d)', present: (f) => f.needsMetByCarer === 0 || f.needsMetByCarerRecorded, shownIn: ['needs', 'needsMetByCarer'] },
  { id: 'R5 contingency', label: 'a contingency plan for fluctuating needs or crisis', present: (f) => f.contingencyPlan, shownIn: ['contingencyPlan'] },
  { id: 'R5 coordinator', label: 'the named coordinator', present: (f) => f.namedCoordinator, shownIn: ['namedCoordinator'] },
  { id: 'R5 review', label: 'the review arrangements', present: (f) => f.reviewArrangements, shownIn: ['reviewArrangements'] },
];

const WALES: Item[] = [
  { id: 'R5w eligible needs', label: 'the eligible needs', present: (f) => f.needsFromAssessment > 0 && f.eligibilityRecorded, shownIn: ['needs'] },
  { id: 'R5w outcomes', label: 'the personal outcomes', present: (f) => f.desiredOutcomes > 0, shownIn: ['outcomes'] },
  { id: 'R5w actions', label: 'the actions the council and others will take', present: (f) => f.actionsByCouncilAndOthers && f.metNeeds.every((n) => n.supportItems > 0), shownIn: ['support', 'actionsByOthers'] },
  { id: 'R5w monitoring', label: 'how progress towards the outcomes will be monitored', present: (f) => f.progressMonitoring, shownIn: ['progressMonitoring'] },
  { id: 'R5w review', label: 'the review arrangements', present: (f) => f.reviewArrangements, shownIn: ['reviewArrangements'] },
  { id: 'R5w direct payment', label: 'the direct payment details', present: (f) => !f.usesDirectPayment || f.directPaymentDetails, shownIn: ['directPaymentDetails'] },
  { id: 'R5w adult at risk', label: 'the conclusion of the adult-at-risk enquiry', present: (f) => !f.adultAtRiskEnquiry || f.adultAtRiskConclusion, shownIn: ['adultAtRiskConclusion'] },
  { id: 'R5w carers', label: 'the needs a carer meets (R3d)', present: (f) => f.needsMetByCarer === 0 || f.needsMetByCarerRecorded, shownIn: ['needs', 'needsMetByCarer'] },
];

/** The nation's content items (R5 England, R5w Wales) and where a copy of the plan shows each. */
export function planContentItems(nation: Nation): ReadonlyArray<{ id: string; label: string; shownIn: readonly PlanSection[] }> {
  return (nation === Nation.WALES ? WALES : ENGLAND).map(({ id, label, shownIn }) => ({ id, label, shownIn }));
}

/** The content rule a plan is checked against, by its council's nation. */
export enum PlanContentRule {
  R5 = 'R5',
  R5w = 'R5w',
}

export const PLAN_CONTENT_RULE_LABELS: Record<PlanContentRule, string> = {
  R5: 'R5, England (Care Act 2014 s.25): needs, eligibility, how needs are met, outcomes, the personal budget, advice, and direct-payment details.',
  R5w: 'R5w, Wales (SI 2015/1335 reg 3): eligible needs, personal outcomes, actions by the council and others, monitoring, review arrangements, direct-payment details and any adult-at-risk enquiry’s conclusion.',
};

export interface MissingContent {
  /** The content rule of the nation; the missing items name R1 or R2c where it is who took part, R7 a consent. */
  rule: PlanContentRule;
  missing: Array<{ id: string; label: string }>;
}

/**
 * What the nation's content rules (R5 England, R5w Wales), who must take part (R1, R2c) and the consents a joint
 * or combined plan rests on (R7) still need before sign-off.
 */
export function missingPlanContent(facts: PlanContentFacts): MissingContent {
  const welsh = facts.nation === Nation.WALES;
  const items = welsh ? WALES : ENGLAND;
  const content = items.filter((i) => !i.present(facts)).map(({ id, label }) => ({ id, label }));
  return { rule: welsh ? PlanContentRule.R5w : PlanContentRule.R5, missing: [...content, ...missingParticipants(facts.participants), ...missingPlanConsents(facts.consents)] };
}

/** The sign-off guard: RULE_VIOLATION R5 or R5w listing everything missing. */
export function assertPlanContentComplete(facts: PlanContentFacts): void {
  assertContentCheckPasses(missingPlanContent(facts));
}

/** The sign-off guard on a content check already worked out. */
export function assertContentCheckPasses({ rule, missing }: MissingContent): void {
  if (missing.length) throw new RuleViolation(rule, `the plan cannot be signed off until it records: ${missing.map((m) => `${m.label} [${m.id}]`).join('; ')}`);
}

/** R5(b): an assessment's eligibility is settled once determined and while the assessment is not reopened. */
export function eligibilitySettled(assessment: { status: AssessmentStatus; eligibility: unknown } | null): boolean {
  return assessment !== null && assessment.eligibility !== null && assessment.status === AssessmentStatus.COMPLETED;
}

/** R3d: whether an unpaid carer is recorded as willing and able to go on caring. */
export function hasWillingCarer(relationships: ReadonlyArray<{ kind: RelationshipKind; willingAndAble: boolean | null }>): boolean {
  return relationships.some((r) => r.kind === RelationshipKind.UNPAID_CARER && r.willingAndAble === true);
}

/**
 * R3d: of the eligible needs, those the council meets, and those a carer meets. A need met by another
 * service (the NHS, housing) is neither; a need counts as met by a carer only while a carer is recorded as
 * willing and able to go on — otherwise the council must meet it.
 */
export function needsTheCouncilMeets(
  eligibleNeeds: readonly string[],
  needs: ReadonlyArray<{ outcome: string; metByCarer: boolean; metByOtherService: boolean }>,
  carerWillingAndAble: boolean,
): { councilMeets: string[]; carerMeets: string[] } {
  const about = (need: string) => needs.filter((n) => n.outcome === need);
  const eligible = [...new Set(eligibleNeeds)].filter((need) => !about(need).some((n) => n.metByOtherService));
  const carerMeets = carerWillingAndAble ? eligible.filter((need) => about(need).some((n) => n.metByCarer)) : [];
  return { councilMeets: eligible.filter((need) => !carerMeets.includes(need)), carerMeets };
}

/** Who meets an assessed need, as the plan tells the person (R5(c), R3d). */
export enum NeedMetBy {
  COUNCIL = 'COUNCIL',
  CARER = 'CARER',
  OTHER_SERVICE = 'OTHER_SERVICE',
  /** Nobody is recorded as meeting it: a need that is not eligible, met by advice and information. */
  NOBODY = 'NOBODY',
}

export interface NeedInPlan {
  need: string;
  eligible: boolean;
  metBy: NeedMetBy;
  /** The service that meets it, when another service does. */
  otherService: string | null;
}

/**
 * R5(a)–(c), R5w: every need the assessment identified, once each, with whether it is eligible and who
 * meets it — the council, a carer, or another service (R3d, as `needsTheCouncilMeets` decides).
 */
export function assessedNeedsInPlan(
  eligibleNeeds: readonly string[],
  needs: ReadonlyArray<{ outcome: string; metByCarer: boolean; metByOtherService: boolean; otherService?: string | null }>,
  carerWillingAndAble: boolean,
): NeedInPlan[] {
  const { councilMeets, carerMeets } = needsTheCouncilMeets(eligibleNeeds, needs, carerWillingAndAble);
  return [...new Set(needs.map((n) => n.outcome))].map((need) => {
    const about = needs.filter((n) => n.outcome === need);
    const other = about.find((n) => n.metByOtherService);
    const metBy = councilMeets.includes(need)
      ? NeedMetBy.COUNCIL
      : carerMeets.includes(need)
        ? NeedMetBy.CARER
        : other
          ? NeedMetBy.OTHER_SERVICE
          : // Not eligible (Wales: because a carer meets it) yet a carer is recorded as meeting it.
            !eligibleNeeds.includes(need) && about.some((n) => n.metByCarer)
            ? NeedMetBy.CARER
            : NeedMetBy.NOBODY;
    return { need, eligible: eligibleNeeds.includes(need), metBy, otherService: other?.otherService ?? null };
  });
}
