import { Nation } from '../enums';
import { BadUserInput, RuleViolation } from '../errors';

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

/** R7: a joint plan, or a combined one, needs the consent of everyone whose plan it is. */
export function assertPlanConsents(kind: 'joint' | 'combined', consented: ReadonlyArray<{ who: string; stands: boolean }>): void {
  const missing = consented.filter((c) => !c.stands).map((c) => c.who);
  if (missing.length) throw new RuleViolation('R7', `a ${kind} plan needs the consent of ${missing.join(' and ')}; record it first`);
}
