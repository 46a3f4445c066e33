import { BadUserInput } from './errors';

/*
 * Code lists of the Adult Social Care Client Level Data (CLD) return that a person record carries, so
 * the quarterly return can be derived mechanically. Values are stable identifiers (stored, and used as
 * GraphQL enum values); labels are the defined-list text of CLD specification release 1, as NHS
 * England's published SALT/ASCOF replication code matches on it. Later releases reword some entries
 * and are mapped back to these centrally.
 */

/**
 * Gender as the person sees it, which is what CLD asks for, not sex at birth.
 * Not confirmed against the spec text: these are the values NHS England's CLD replication code reads.
 */
export enum Gender {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
  OTHER = 'OTHER',
  UNKNOWN = 'UNKNOWN',
}

export const GENDER_LABELS: Record<Gender, string> = {
  MALE: 'Male',
  FEMALE: 'Female',
  OTHER: 'Other',
  UNKNOWN: 'Unknown',
};

/**
 * CLD uses the 2021 Census ethnic groups, not the older NHS Data Dictionary list (Chinese sits
 * under Asian; Roma, Gypsy or Irish Traveller and Arab are their own values). A person who declined
 * to say is REFUSED; one never asked, or whose answer is lost, is NOT_KNOWN.
 */
export enum Ethnicity {
  WHITE_BRITISH = 'WHITE_BRITISH',
  WHITE_IRISH = 'WHITE_IRISH',
  WHITE_GYPSY_OR_IRISH_TRAVELLER = 'WHITE_GYPSY_OR_IRISH_TRAVELLER',
  WHITE_ROMA = 'WHITE_ROMA',
  WHITE_OTHER = 'WHITE_OTHER',
  MIXED_WHITE_AND_BLACK_CARIBBEAN = 'MIXED_WHITE_AND_BLACK_CARIBBEAN',
  MIXED_WHITE_AND_BLACK_AFRICAN = 'MIXED_WHITE_AND_BLACK_AFRICAN',
  MIXED_WHITE_AND_ASIAN = 'MIXED_WHITE_AND_ASIAN',
  MIXED_OTHER = 'MIXED_OTHER',
  ASIAN_INDIAN = 'ASIAN_INDIAN',
  ASIAN_PAKISTANI = 'ASIAN_PAKISTANI',
  ASIAN_BANGLADESHI = 'ASIAN_BANGLADESHI',
  ASIAN_CHINESE = 'ASIAN_CHINESE',
  ASIAN_OTHER = 'ASIAN_OTHER',
  BLACK_AFRICAN = 'BLACK_AFRICAN',
  BLACK_CARIBBEAN = 'BLACK_CARIBBEAN',
  BLACK_OTHER = 'BLACK_OTHER',
  OTHER_ARAB = 'OTHER_ARAB',
  OTHER_ETHNIC_GROUP = 'OTHER_ETHNIC_GROUP',
  REFUSED = 'REFUSED',
  NOT_KNOWN = 'NOT_KNOWN',
}

export const ETHNICITY_LABELS: Record<Ethnicity, string> = {
  WHITE_BRITISH: 'White - English, Welsh, Scottish, Northern Irish or British',
  WHITE_IRISH: 'White - Irish',
  WHITE_GYPSY_OR_IRISH_TRAVELLER: 'White - Gypsy or Irish Traveller',
  WHITE_ROMA: 'White - Roma',
  WHITE_OTHER: 'White - Any other White background',
  MIXED_WHITE_AND_BLACK_CARIBBEAN: 'Mixed or multiple ethnic groups - White and Black Caribbean',
  MIXED_WHITE_AND_BLACK_AFRICAN: 'Mixed or multiple ethnic groups - White and Black African',
  MIXED_WHITE_AND_ASIAN: 'Mixed or multiple ethnic groups - White and Asian',
  MIXED_OTHER: 'Mixed or multiple ethnic groups - Any other Mixed or multiple ethnic background',
  ASIAN_INDIAN: 'Asian or Asian British - Indian',
  ASIAN_PAKISTANI: 'Asian or Asian British - Pakistani',
  ASIAN_BANGLADESHI: 'Asian or Asian British - Bangladeshi',
  ASIAN_CHINESE: 'Asian or Asian British - Chinese',
  ASIAN_OTHER: 'Asian or Asian British - Any other Asian background',
  BLACK_AFRICAN: 'Black, Black British, Caribbean or African - African',
  BLACK_CARIBBEAN: 'Black, Black British, Caribbean or African - Caribbean',
  BLACK_OTHER: 'Black, Black British, Caribbean or African - Any other Black, Black British or Caribbean background',
  OTHER_ARAB: 'Other ethnic group - Arab',
  OTHER_ETHNIC_GROUP: 'Other ethnic group - Any other ethnic group',
  REFUSED: 'No data - Refused',
  NOT_KNOWN: 'No data - Undeclared or Not known',
};

/**
 * Where the person lives: their latest known status. CLD has one "Tenant" value for every social
 * landlord (council, ALMO, housing association); sofa surfing is a short-term guest. The first nine
 * count as settled accommodation in ASCOF.
 */
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
  TENANT_SOCIAL: 'Tenant',
  TENANT_PRIVATE: 'Tenant - private landlord',
  SETTLED_WITH_FAMILY_OR_FRIENDS: 'Settled mainstream housing with family / friends',
  SUPPORTED_ACCOMMODATION: 'Supported accommodation / supported lodgings / supported group home',
  SHARED_LIVES: 'Shared Lives scheme',
  APPROVED_PREMISES: 'Approved premises for offenders released from prison or under probation supervision',
  SHELTERED_OR_EXTRA_CARE: 'Sheltered housing / extra care housing / other sheltered housing',
  MOBILE_ACCOMMODATION: 'Mobile accommodation for Gypsy / Roma and Traveller communities',
  ROUGH_SLEEPER: 'Rough sleeper / squatting',
  NIGHT_SHELTER: 'Night shelter / emergency hostel / direct access hostel',
  REFUGE: 'Refuge',
  TEMPORARY_ACCOMMODATION_BY_COUNCIL: 'Placed in temporary accommodation by the council (inc. homelessness resettlement)',
  SHORT_TERM_GUEST: 'Staying with family / friends as a short-term guest',
  HEALTHCARE_FACILITY_OR_HOSPITAL: 'Acute / long-term healthcare residential facility or hospital',
  REGISTERED_CARE_HOME: 'Registered care home',
  REGISTERED_NURSING_HOME: 'Registered nursing home',
  PRISON: 'Prison / Young offenders institution / detention centre',
  OTHER_TEMPORARY: 'Other temporary accommodation',
  UNKNOWN: 'Unknown',
};

/** The main reason the person needs care and support; SALT's list, carried into CLD with a carer value. */
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
  SOCIAL_SUPPORT_TO_CARER = 'SOCIAL_SUPPORT_TO_CARER',
  UNKNOWN = 'UNKNOWN',
}

export const PRIMARY_SUPPORT_REASON_LABELS: Record<PrimarySupportReason, string> = {
  PHYSICAL_ACCESS_AND_MOBILITY: 'Physical Support: Access & mobility only',
  PHYSICAL_PERSONAL_CARE: 'Physical Support: Personal care support',
  SENSORY_VISUAL: 'Sensory Support: Support for visual impairment',
  SENSORY_HEARING: 'Sensory Support: Support for hearing impairment',
  SENSORY_DUAL: 'Sensory Support: Support for dual impairment',
  MEMORY_AND_COGNITION: 'Support with Memory & Cognition',
  LEARNING_DISABILITY: 'Learning Disability Support',
  MENTAL_HEALTH: 'Mental Health Support',
  SOCIAL_SUBSTANCE_MISUSE: 'Social Support: Substance misuse support',
  SOCIAL_ASYLUM_SEEKER: 'Social Support: Asylum seeker support',
  SOCIAL_ISOLATION_OR_OTHER: 'Social Support: Support for Social Isolation/Other',
  SOCIAL_SUPPORT_TO_CARER: 'Social Support: Support to Carer',
  UNKNOWN: 'Unknown',
};

/**
 * Whose record this is. A carer known by association has no events of their own: they are
 * returned only to link them to the people they care for (up to three linked person ids).
 */
export enum ClientType {
  SERVICE_USER = 'SERVICE_USER',
  CARER = 'CARER',
  CARER_KNOWN_BY_ASSOCIATION = 'CARER_KNOWN_BY_ASSOCIATION',
}

export const CLIENT_TYPE_LABELS: Record<ClientType, string> = {
  SERVICE_USER: 'Service User',
  CARER: 'Carer',
  CARER_KNOWN_BY_ASSOCIATION: 'Carer known by association',
};

/**
 * One value of a code list, in any case. The error names the field but never echoes what was sent,
 * which may be personal.
 */
export function parseCode<E extends string>(codes: Record<string, E>, raw: string, field: string): E {
  const value = typeof raw === 'string' ? raw.trim().toUpperCase() : '';
  const match = Object.values(codes).find((code) => code === value);
  if (match === undefined) throw new BadUserInput(field, `${field} is not one of the values of its Client Level Data code list`);
  return match;
}

/**
 * CLD service type of a support item (long-term or short-term support, by setting). Labels are Release 1's
 * values exactly (as NHS England's CLD code matches them), so the return writes the label as it stands.
 */
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
  LONG_TERM_RESIDENTIAL: 'Long Term Support: Residential Care',
  LONG_TERM_NURSING: 'Long Term Support: Nursing Care',
  SHORT_TERM_REABLEMENT: 'Short Term Support: ST-Max',
  SHORT_TERM_OTHER: 'Short Term Support: Other Short Term',
  CARER_SUPPORT: 'Carer Support: Direct to Carer',
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

/**
 * CLD delivery mechanism: how the support is paid for and arranged; labels are Release 1's values exactly.
 * Its fourth value, Self-Funder Metering Only, is not to be used before charging reform.
 */
export enum DeliveryMechanism {
  DIRECT_PAYMENT = 'DIRECT_PAYMENT',
  COUNCIL_MANAGED_PERSONAL_BUDGET = 'COUNCIL_MANAGED_PERSONAL_BUDGET',
  COUNCIL_COMMISSIONED_SUPPORT_ONLY = 'COUNCIL_COMMISSIONED_SUPPORT_ONLY',
}

export const DELIVERY_MECHANISM_LABELS: Record<DeliveryMechanism, string> = {
  DIRECT_PAYMENT: 'Direct Payment',
  COUNCIL_MANAGED_PERSONAL_BUDGET: 'CASSR Managed Personal Budget',
  COUNCIL_COMMISSIONED_SUPPORT_ONLY: 'CASSR Commissioned Support',
};
