import { BadUserInput } from './errors';

/*
 * Code lists of the Adult Social Care Client Level Data (CLD) return that a person record carries, so
 * the quarterly return can be derived mechanically. Values are stable identifiers; labels are the
 * return's wording.
 */

/** Person stated gender, as the NHS Data Dictionary codes it and CLD reports it. */
export enum Gender {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
  INDETERMINATE = 'INDETERMINATE',
  NOT_KNOWN = 'NOT_KNOWN',
}

export const GENDER_LABELS: Record<Gender, string> = {
  MALE: 'Male',
  FEMALE: 'Female',
  INDETERMINATE: 'Indeterminate (unable to be classified as either male or female)',
  NOT_KNOWN: 'Not known',
};

/** NHS Data Dictionary ethnic category, as CLD reports it. */
export enum Ethnicity {
  WHITE_BRITISH = 'WHITE_BRITISH',
  WHITE_IRISH = 'WHITE_IRISH',
  WHITE_OTHER = 'WHITE_OTHER',
  MIXED_WHITE_AND_BLACK_CARIBBEAN = 'MIXED_WHITE_AND_BLACK_CARIBBEAN',
  MIXED_WHITE_AND_BLACK_AFRICAN = 'MIXED_WHITE_AND_BLACK_AFRICAN',
  MIXED_WHITE_AND_ASIAN = 'MIXED_WHITE_AND_ASIAN',
  MIXED_OTHER = 'MIXED_OTHER',
  ASIAN_INDIAN = 'ASIAN_INDIAN',
  ASIAN_PAKISTANI = 'ASIAN_PAKISTANI',
  ASIAN_BANGLADESHI = 'ASIAN_BANGLADESHI',
  ASIAN_OTHER = 'ASIAN_OTHER',
  BLACK_CARIBBEAN = 'BLACK_CARIBBEAN',
  BLACK_AFRICAN = 'BLACK_AFRICAN',
  BLACK_OTHER = 'BLACK_OTHER',
  CHINESE = 'CHINESE',
  OTHER_ETHNIC_GROUP = 'OTHER_ETHNIC_GROUP',
  NOT_STATED = 'NOT_STATED',
  NOT_KNOWN = 'NOT_KNOWN',
}

export const ETHNICITY_LABELS: Record<Ethnicity, string> = {
  WHITE_BRITISH: 'White: British',
  WHITE_IRISH: 'White: Irish',
  WHITE_OTHER: 'White: Any other White background',
  MIXED_WHITE_AND_BLACK_CARIBBEAN: 'Mixed: White and Black Caribbean',
  MIXED_WHITE_AND_BLACK_AFRICAN: 'Mixed: White and Black African',
  MIXED_WHITE_AND_ASIAN: 'Mixed: White and Asian',
  MIXED_OTHER: 'Mixed: Any other mixed background',
  ASIAN_INDIAN: 'Asian or Asian British: Indian',
  ASIAN_PAKISTANI: 'Asian or Asian British: Pakistani',
  ASIAN_BANGLADESHI: 'Asian or Asian British: Bangladeshi',
  ASIAN_OTHER: 'Asian or Asian British: Any other Asian background',
  BLACK_CARIBBEAN: 'Black or Black British: Caribbean',
  BLACK_AFRICAN: 'Black or Black British: African',
  BLACK_OTHER: 'Black or Black British: Any other Black background',
  CHINESE: 'Other ethnic groups: Chinese',
  OTHER_ETHNIC_GROUP: 'Other ethnic groups: Any other ethnic group',
  NOT_STATED: 'Not stated',
  NOT_KNOWN: 'Not known',
};

/** Accommodation status, as CLD (after SALT) lists it. */
export enum AccommodationStatus {
  OWNER_OCCUPIER = 'OWNER_OCCUPIER',
  TENANT_SOCIAL = 'TENANT_SOCIAL',
  TENANT_PRIVATE = 'TENANT_PRIVATE',
  SETTLED_WITH_FAMILY_OR_FRIENDS = 'SETTLED_WITH_FAMILY_OR_FRIENDS',
  SUPPORTED_ACCOMMODATION = 'SUPPORTED_ACCOMMODATION',
  SHARED_LIVES = 'SHARED_LIVES',
  APPROVED_PREMISES = 'APPROVED_PREMISES',
  SHELTERED_OR_EXTRA_CARE = 'SHELTERED_OR_EXTRA_CARE',
  MOBILE_ACCOMMODATION = 'MOBILE_ACCOMMODATION',
  ROUGH_SLEEPER = 'ROUGH_SLEEPER',
  NIGHT_SHELTER = 'NIGHT_SHELTER',
  REFUGE = 'REFUGE',
  TEMPORARY_ACCOMMODATION_BY_COUNCIL = 'TEMPORARY_ACCOMMODATION_BY_COUNCIL',
  SHORT_TERM_GUEST = 'SHORT_TERM_GUEST',
  HEALTHCARE_FACILITY_OR_HOSPITAL = 'HEALTHCARE_FACILITY_OR_HOSPITAL',
  REGISTERED_CARE_HOME = 'REGISTERED_CARE_HOME',
  REGISTERED_NURSING_HOME = 'REGISTERED_NURSING_HOME',
  PRISON = 'PRISON',
  OTHER_TEMPORARY = 'OTHER_TEMPORARY',
  UNKNOWN = 'UNKNOWN',
}

export const ACCOMMODATION_STATUS_LABELS: Record<AccommodationStatus, string> = {
  OWNER_OCCUPIER: 'Owner occupier or shared ownership scheme',
  TENANT_SOCIAL: 'Tenant (including local authority, arm’s length management organisations, registered social landlord, housing association)',
  TENANT_PRIVATE: 'Tenant - private landlord',
  SETTLED_WITH_FAMILY_OR_FRIENDS: 'Settled mainstream housing with family / friends (including flat-sharing)',
  SUPPORTED_ACCOMMODATION: 'Supported accommodation / supported lodgings / supported group home',
  SHARED_LIVES: 'Shared Lives scheme',
  APPROVED_PREMISES: 'Approved premises for offenders released from prison or under probation supervision',
  SHELTERED_OR_EXTRA_CARE: 'Sheltered housing / extra care housing / other sheltered housing',
  MOBILE_ACCOMMODATION: 'Mobile accommodation for Gypsy / Roma and Traveller communities',
  ROUGH_SLEEPER: 'Rough sleeper / squatting',
  NIGHT_SHELTER: 'Night shelter / emergency hostel / direct access hostel',
  REFUGE: 'Refuge',
  TEMPORARY_ACCOMMODATION_BY_COUNCIL: 'Placed in temporary accommodation by the council (including homelessness resettlement)',
  SHORT_TERM_GUEST: 'Staying with family / friends as a short-term guest',
  HEALTHCARE_FACILITY_OR_HOSPITAL: 'Acute / long-term healthcare residential facility or hospital',
  REGISTERED_CARE_HOME: 'Registered care home',
  REGISTERED_NURSING_HOME: 'Registered nursing home',
  PRISON: 'Prison / Young offenders institution / detention centre',
  OTHER_TEMPORARY: 'Other temporary accommodation',
  UNKNOWN: 'Unknown',
};

/** Primary support reason, as CLD (after SALT) lists it. */
export enum PrimarySupportReason {
  PHYSICAL_ACCESS_AND_MOBILITY = 'PHYSICAL_ACCESS_AND_MOBILITY',
  PHYSICAL_PERSONAL_CARE = 'PHYSICAL_PERSONAL_CARE',
  SENSORY_VISUAL = 'SENSORY_VISUAL',
  SENSORY_HEARING = 'SENSORY_HEARING',
  SENSORY_DUAL = 'SENSORY_DUAL',
  MEMORY_AND_COGNITION = 'MEMORY_AND_COGNITION',
  LEARNING_DISABILITY = 'LEARNING_DISABILITY',
  MENTAL_HEALTH = 'MENTAL_HEALTH',
  SOCIAL_SUBSTANCE_MISUSE = 'SOCIAL_SUBSTANCE_MISUSE',
  SOCIAL_ASYLUM_SEEKER = 'SOCIAL_ASYLUM_SEEKER',
  SOCIAL_ISOLATION_OR_OTHER = 'SOCIAL_ISOLATION_OR_OTHER',
  UNKNOWN = 'UNKNOWN',
}

export const PRIMARY_SUPPORT_REASON_LABELS: Record<PrimarySupportReason, string> = {
  PHYSICAL_ACCESS_AND_MOBILITY: 'Physical Support: Access and mobility only',
  PHYSICAL_PERSONAL_CARE: 'Physical Support: Personal care support',
  SENSORY_VISUAL: 'Sensory Support: Support for visual impairment',
  SENSORY_HEARING: 'Sensory Support: Support for hearing impairment',
  SENSORY_DUAL: 'Sensory Support: Support for dual impairment',
  MEMORY_AND_COGNITION: 'Support with Memory and Cognition',
  LEARNING_DISABILITY: 'Learning Disability Support',
  MENTAL_HEALTH: 'Mental Health Support',
  SOCIAL_SUBSTANCE_MISUSE: 'Social Support: Substance misuse support',
  SOCIAL_ASYLUM_SEEKER: 'Social Support: Asylum seeker support',
  SOCIAL_ISOLATION_OR_OTHER: 'Social Support: Support for Social Isolation/Other',
  UNKNOWN: 'Unknown',
};

/** Whether the record is of someone receiving care and support or of an unpaid carer. */
export enum ClientType {
  SERVICE_USER = 'SERVICE_USER',
  CARER = 'CARER',
}

export const CLIENT_TYPE_LABELS: Record<ClientType, string> = {
  SERVICE_USER: 'Service User',
  CARER: 'Carer',
};

/** One value of a code list, accepted in any case; anything else names the field. */
export function parseCode<E extends string>(codes: Record<string, E>, raw: string, field: string): E {
  const value = raw.trim().toUpperCase();
  const match = Object.values(codes).find((code) => code === value);
  if (!match) throw new BadUserInput(field, `${field} is not a value of its Client Level Data code list`);
  return match;
}

/** CLD service type of a support item (long-term or short-term support, by setting). */
export enum ServiceType {
  LONG_TERM_COMMUNITY = 'LONG_TERM_COMMUNITY',
  LONG_TERM_RESIDENTIAL = 'LONG_TERM_RESIDENTIAL',
  LONG_TERM_NURSING = 'LONG_TERM_NURSING',
  SHORT_TERM_REABLEMENT = 'SHORT_TERM_REABLEMENT',
  SHORT_TERM_OTHER = 'SHORT_TERM_OTHER',
  CARER_SUPPORT = 'CARER_SUPPORT',
}

export const SERVICE_TYPE_LABELS: Record<ServiceType, string> = {
  LONG_TERM_COMMUNITY: 'Long Term Support: Community',
  LONG_TERM_RESIDENTIAL: 'Long Term Support: Residential',
  LONG_TERM_NURSING: 'Long Term Support: Nursing',
  SHORT_TERM_REABLEMENT: 'Short Term Support: ST-Max (reablement)',
  SHORT_TERM_OTHER: 'Short Term Support: Other short term',
  CARER_SUPPORT: 'Carer Support',
};

/** CLD service component: what the support is. */
export enum ServiceComponent {
  HOME_CARE = 'HOME_CARE',
  DAY_CARE = 'DAY_CARE',
  SUPPORTED_LIVING = 'SUPPORTED_LIVING',
  SHARED_LIVES = 'SHARED_LIVES',
  RESPITE = 'RESPITE',
  EQUIPMENT_AND_ADAPTATIONS = 'EQUIPMENT_AND_ADAPTATIONS',
  MEALS = 'MEALS',
  TELECARE = 'TELECARE',
  PERSONAL_ASSISTANT = 'PERSONAL_ASSISTANT',
  RESIDENTIAL_CARE = 'RESIDENTIAL_CARE',
  NURSING_CARE = 'NURSING_CARE',
  INFORMATION_AND_ADVICE = 'INFORMATION_AND_ADVICE',
  OTHER = 'OTHER',
}

export const SERVICE_COMPONENT_LABELS: Record<ServiceComponent, string> = {
  HOME_CARE: 'Home care',
  DAY_CARE: 'Day care',
  SUPPORTED_LIVING: 'Supported living',
  SHARED_LIVES: 'Shared Lives',
  RESPITE: 'Short-term residential (respite)',
  EQUIPMENT_AND_ADAPTATIONS: 'Equipment and adaptations',
  MEALS: 'Meals',
  TELECARE: 'Telecare',
  PERSONAL_ASSISTANT: 'Personal assistant',
  RESIDENTIAL_CARE: 'Residential care',
  NURSING_CARE: 'Nursing care',
  INFORMATION_AND_ADVICE: 'Information and advice',
  OTHER: 'Other',
};

/** CLD delivery mechanism: how the support is paid for and arranged. */
export enum DeliveryMechanism {
  DIRECT_PAYMENT = 'DIRECT_PAYMENT',
  COUNCIL_MANAGED_PERSONAL_BUDGET = 'COUNCIL_MANAGED_PERSONAL_BUDGET',
  COUNCIL_COMMISSIONED_SUPPORT_ONLY = 'COUNCIL_COMMISSIONED_SUPPORT_ONLY',
}

export const DELIVERY_MECHANISM_LABELS: Record<DeliveryMechanism, string> = {
  DIRECT_PAYMENT: 'Direct Payment',
  COUNCIL_MANAGED_PERSONAL_BUDGET: 'CASSR Managed Personal Budget',
  COUNCIL_COMMISSIONED_SUPPORT_ONLY: 'CASSR Commissioned support only',
};
