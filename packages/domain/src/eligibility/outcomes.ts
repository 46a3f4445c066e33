import { BadUserInput } from '../errors';
import { Nation } from '../enums';

/** The ten outcomes of the Care and Support (Eligibility Criteria) Regulations 2015, reg 2(2) (R3a). */
export enum AdultOutcome {
  NUTRITION = 'NUTRITION',
  PERSONAL_HYGIENE = 'PERSONAL_HYGIENE',
  TOILET_NEEDS = 'TOILET_NEEDS',
  APPROPRIATELY_CLOTHED = 'APPROPRIATELY_CLOTHED',
  USING_HOME_SAFELY = 'USING_HOME_SAFELY',
  HABITABLE_HOME = 'HABITABLE_HOME',
  FAMILY_AND_PERSONAL_RELATIONSHIPS = 'FAMILY_AND_PERSONAL_RELATIONSHIPS',
  WORK_TRAINING_EDUCATION_VOLUNTEERING = 'WORK_TRAINING_EDUCATION_VOLUNTEERING',
  LOCAL_FACILITIES_AND_SERVICES = 'LOCAL_FACILITIES_AND_SERVICES',
  CARING_FOR_A_CHILD = 'CARING_FOR_A_CHILD',
}

/** The eight carer outcomes of reg 3(3) (R3b). */
export enum CarerOutcome {
  CARING_FOR_A_CHILD = 'CARING_FOR_A_CHILD',
  CARING_FOR_OTHERS = 'CARING_FOR_OTHERS',
  HABITABLE_HOME = 'HABITABLE_HOME',
  NUTRITION = 'NUTRITION',
  RELATIONSHIPS = 'RELATIONSHIPS',
  WORK_TRAINING_EDUCATION_VOLUNTEERING = 'WORK_TRAINING_EDUCATION_VOLUNTEERING',
  LOCAL_FACILITIES_AND_SERVICES = 'LOCAL_FACILITIES_AND_SERVICES',
  RECREATION = 'RECREATION',
}

/** The need areas of the Care and Support (Eligibility) (Wales) Regulations 2015 (R3c). */
export enum WalesNeedArea {
  SELF_CARE_OR_DOMESTIC_ROUTINES = 'SELF_CARE_OR_DOMESTIC_ROUTINES',
  COMMUNICATION = 'COMMUNICATION',
  PROTECTION_FROM_ABUSE_OR_NEGLECT = 'PROTECTION_FROM_ABUSE_OR_NEGLECT',
  WORK_EDUCATION_LEARNING_OR_LEISURE = 'WORK_EDUCATION_LEARNING_OR_LEISURE',
  FAMILY_RELATIONSHIPS = 'FAMILY_RELATIONSHIPS',
  SOCIAL_RELATIONSHIPS_AND_COMMUNITY = 'SOCIAL_RELATIONSHIPS_AND_COMMUNITY',
  CARING_FOR_A_CHILD = 'CARING_FOR_A_CHILD',
}

/** Why an English outcome cannot be achieved: any one makes the person "unable" (reg 2(3), 3(4)). */
export enum UnableReason {
  NEEDS_HELP = 'NEEDS_HELP',
  SIGNIFICANT_PAIN_DISTRESS_OR_ANXIETY = 'SIGNIFICANT_PAIN_DISTRESS_OR_ANXIETY',
  ENDANGERS_SELF_OR_OTHERS = 'ENDANGERS_SELF_OR_OTHERS',
  TAKES_SIGNIFICANTLY_LONGER = 'TAKES_SIGNIFICANTLY_LONGER',
}

/** Which rule book applies: England's adult or carer criteria, or Wales's. */
export enum EligibilityFramework {
  ENGLAND_ADULT = 'ENGLAND_ADULT',
  ENGLAND_CARER = 'ENGLAND_CARER',
  WALES_ADULT = 'WALES_ADULT',
  WALES_CARER = 'WALES_CARER',
}

export function eligibilityFramework(nation: Nation, carer: boolean): EligibilityFramework {
  if (nation === Nation.WALES) return carer ? EligibilityFramework.WALES_CARER : EligibilityFramework.WALES_ADULT;
  return carer ? EligibilityFramework.ENGLAND_CARER : EligibilityFramework.ENGLAND_ADULT;
}

const OUTCOMES: Record<EligibilityFramework, readonly string[]> = {
  ENGLAND_ADULT: Object.values(AdultOutcome),
  ENGLAND_CARER: Object.values(CarerOutcome),
  WALES_ADULT: Object.values(WalesNeedArea),
  WALES_CARER: Object.values(WalesNeedArea),
};

/** The outcome codes a framework knows. */
export function outcomesOf(framework: EligibilityFramework): readonly string[] {
  return OUTCOMES[framework];
}

/** An outcome code valid for the framework the person's nation and assessment kind select. */
export function parseOutcome(framework: EligibilityFramework, raw: string, field = 'outcome'): string {
  const code = raw.trim().toUpperCase();
  if (!OUTCOMES[framework].includes(code)) {
    throw new BadUserInput(field, `${raw} is not an outcome of the ${framework.toLowerCase().replace('_', ' ')} criteria; use one of ${OUTCOMES[framework].join(', ')}`);
  }
  return code;
}
