import { BadUserInput } from '../errors';
import { Nation } from '../enums';

/**
 * Every need code of every nation's criteria, as one list for the API: which of them a person's need may use
 * is decided by their nation and assessment kind (`parseOutcome`), not by the list.
 */
export enum NeedCode {
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
  CARING_FOR_OTHERS = 'CARING_FOR_OTHERS',
  RELATIONSHIPS = 'RELATIONSHIPS',
  RECREATION = 'RECREATION',
  SELF_CARE_OR_DOMESTIC_ROUTINES = 'SELF_CARE_OR_DOMESTIC_ROUTINES',
  COMMUNICATION = 'COMMUNICATION',
  PROTECTION_FROM_ABUSE_OR_NEGLECT = 'PROTECTION_FROM_ABUSE_OR_NEGLECT',
  WORK_EDUCATION_LEARNING_OR_LEISURE = 'WORK_EDUCATION_LEARNING_OR_LEISURE',
  FAMILY_RELATIONSHIPS = 'FAMILY_RELATIONSHIPS',
  SOCIAL_RELATIONSHIPS_AND_COMMUNITY = 'SOCIAL_RELATIONSHIPS_AND_COMMUNITY',
}

/** A need code as words for a letter, a copy or a review's details: NUTRITION → "Nutrition". */
export function needWords(need: string): string {
  return need.charAt(0) + need.slice(1).toLowerCase().replace(/_/g, ' ');
}

const ENGLAND_ADULT_REG = 'England, adults: Care and Support (Eligibility Criteria) Regulations 2015 reg 2(2)';
const ENGLAND_CARER_REG = 'England, carers: reg 3(3)';
const WALES_REG = 'Wales, adults and carers: Care and Support (Eligibility) (Wales) Regulations 2015';

/** Each code's nation(s) and its wording in the law, for the API's description of the code. */
export const NEED_CODE_DESCRIPTIONS: Record<NeedCode, string> = {
  NUTRITION: `${ENGLAND_ADULT_REG}(a) and ${ENGLAND_CARER_REG}(d): "managing and maintaining nutrition".`,
  PERSONAL_HYGIENE: `${ENGLAND_ADULT_REG}(b): "maintaining personal hygiene".`,
  TOILET_NEEDS: `${ENGLAND_ADULT_REG}(c): "managing toilet needs".`,
  APPROPRIATELY_CLOTHED: `${ENGLAND_ADULT_REG}(d): "being appropriately clothed".`,
  USING_HOME_SAFELY: `${ENGLAND_ADULT_REG}(e): "being able to make use of the adult's home safely".`,
  HABITABLE_HOME: `${ENGLAND_ADULT_REG}(f): "maintaining a habitable home environment"; ${ENGLAND_CARER_REG}(c): the same, in the carer's home.`,
  FAMILY_AND_PERSONAL_RELATIONSHIPS: `${ENGLAND_ADULT_REG}(g): "developing and maintaining family or other personal relationships". Carers use RELATIONSHIPS.`,
  WORK_TRAINING_EDUCATION_VOLUNTEERING: `${ENGLAND_ADULT_REG}(h): "accessing and engaging in work, training, education or volunteering"; ${ENGLAND_CARER_REG}(f): "engaging in work, training, education or volunteering".`,
  LOCAL_FACILITIES_AND_SERVICES: `${ENGLAND_ADULT_REG}(i): "making use of necessary facilities or services in the local community including public transport, and recreational facilities or services"; ${ENGLAND_CARER_REG}(g): the same, including recreational facilities or services.`,
  CARING_FOR_A_CHILD: `${ENGLAND_ADULT_REG}(j): "carrying out any caring responsibilities the adult has for a child"; ${ENGLAND_CARER_REG}(a): the carer's for a child; ${WALES_REG}: "fulfilment of caring responsibilities for a child".`,
  CARING_FOR_OTHERS: `${ENGLAND_CARER_REG}(b) only: "providing care to other persons for whom the carer provides care".`,
  RELATIONSHIPS: `${ENGLAND_CARER_REG}(e) only: "developing and maintaining family or other personal relationships".`,
  RECREATION: `${ENGLAND_CARER_REG}(h) only: "engaging in recreational activities".`,
  SELF_CARE_OR_DOMESTIC_ROUTINES: `${WALES_REG}: "ability to carry out self-care or domestic routines".`,
  COMMUNICATION: `${WALES_REG}: "ability to communicate".`,
  PROTECTION_FROM_ABUSE_OR_NEGLECT: `${WALES_REG}: "protection from abuse or neglect".`,
  WORK_EDUCATION_LEARNING_OR_LEISURE: `${WALES_REG}: "involvement in work, education, learning or in leisure activities".`,
  FAMILY_RELATIONSHIPS: `${WALES_REG}: "maintenance or development of family or other significant personal relationships".`,
  SOCIAL_RELATIONSHIPS_AND_COMMUNITY: `${WALES_REG}: "development and maintenance of social relationships and involvement in the community".`,
};

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

/** The ten outcomes of the Care and Support (Eligibility Criteria) Regulations 2015, reg 2(2) (R3a). */
const ENGLAND_ADULT_OUTCOMES: readonly NeedCode[] = [
  NeedCode.NUTRITION,
  NeedCode.PERSONAL_HYGIENE,
  NeedCode.TOILET_NEEDS,
  NeedCode.APPROPRIATELY_CLOTHED,
  NeedCode.USING_HOME_SAFELY,
  NeedCode.HABITABLE_HOME,
  NeedCode.FAMILY_AND_PERSONAL_RELATIONSHIPS,
  NeedCode.WORK_TRAINING_EDUCATION_VOLUNTEERING,
  NeedCode.LOCAL_FACILITIES_AND_SERVICES,
  NeedCode.CARING_FOR_A_CHILD,
];

/** The eight carer outcomes of reg 3(3) (R3b). */
const ENGLAND_CARER_OUTCOMES: readonly NeedCode[] = [
  NeedCode.CARING_FOR_A_CHILD,
  NeedCode.CARING_FOR_OTHERS,
  NeedCode.HABITABLE_HOME,
  NeedCode.NUTRITION,
  NeedCode.RELATIONSHIPS,
  NeedCode.WORK_TRAINING_EDUCATION_VOLUNTEERING,
  NeedCode.LOCAL_FACILITIES_AND_SERVICES,
  NeedCode.RECREATION,
];

/** The need areas of the Care and Support (Eligibility) (Wales) Regulations 2015 (R3c), for adults and carers. */
const WALES_NEED_AREAS: readonly NeedCode[] = [
  NeedCode.SELF_CARE_OR_DOMESTIC_ROUTINES,
  NeedCode.COMMUNICATION,
  NeedCode.PROTECTION_FROM_ABUSE_OR_NEGLECT,
  NeedCode.WORK_EDUCATION_LEARNING_OR_LEISURE,
  NeedCode.FAMILY_RELATIONSHIPS,
  NeedCode.SOCIAL_RELATIONSHIPS_AND_COMMUNITY,
  NeedCode.CARING_FOR_A_CHILD,
];

const OUTCOMES: Record<EligibilityFramework, readonly NeedCode[]> = {
  ENGLAND_ADULT: ENGLAND_ADULT_OUTCOMES,
  ENGLAND_CARER: ENGLAND_CARER_OUTCOMES,
  WALES_ADULT: WALES_NEED_AREAS,
  WALES_CARER: WALES_NEED_AREAS,
};

/** The outcome codes a framework knows. */
export function outcomesOf(framework: EligibilityFramework): readonly NeedCode[] {
  return OUTCOMES[framework];
}

/** An outcome code valid for the framework the person's nation and assessment kind select. */
export function parseOutcome(framework: EligibilityFramework, raw: string, field = 'outcome'): NeedCode {
  const code = raw.trim().toUpperCase() as NeedCode;
  if (!OUTCOMES[framework].includes(code)) {
    throw new BadUserInput(field, `${raw} is not an outcome of the ${framework.toLowerCase().replace('_', ' ')} criteria; use one of ${OUTCOMES[framework].join(', ')}`);
  }
  return code;
}
