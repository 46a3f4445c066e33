import { AssessmentEventOutcome } from './assessment/lifecycle';
import { UnitType } from './budget/sufficiency';
import {
  ACCOMMODATION_STATUS_LABELS,
  CLIENT_TYPE_LABELS,
  DELIVERY_MECHANISM_LABELS,
  ETHNICITY_LABELS,
  GENDER_LABELS,
  PRIMARY_SUPPORT_REASON_LABELS,
  SERVICE_COMPONENT_LABELS,
  SERVICE_TYPE_LABELS,
  type AccommodationStatus,
  ClientType,
  type DeliveryMechanism,
  type Ethnicity,
  type Gender,
  type PrimarySupportReason,
  type ServiceComponent,
  type ServiceType,
} from './client-level-data';
import { AssessmentKind, ReviewKind } from './enums';
import { BadUserInput } from './errors';
import { LocalDate } from './local-date';
import { PlanClosureReason } from './plan/lifecycle';
import { UnplannedTrigger } from './review/request';
import { ReviewOutcome } from './review/outcome';

/*
 * The statutory Client Level Data (CLD) quarterly return for NHS England: one row per Request,
 * Assessment, Service and Review event, columns and code lists as Adult Social Care CLD specification
 * Release 1 (valid from 1 April 2023). Everything here is pure: the worker and analytics only move data.
 */
export const CLD_SPECIFICATION = 'Adult Social Care Client Level Data, Release 1 (valid from 1 April 2023)';

/**
 * The columns, in the order of Release 1's modules (submission, person details, events, requests,
 * assessments, carers, services, reviews, costs) as NHS England's published CLD data-quality code lists them.
 */
export const CLD_COLUMNS = [
  'LA_Code',
  'Reporting_Period_End_Date',
  'Reporting_Period_Start_Date',
  'NHS_Number',
  'LA_Person_Unique_Identifier',
  'GP_Practice_Code',
  'GP_Practice_Name',
  'Gender',
  'Ethnicity',
  'Date_of_Birth',
  'Date_of_Death',
  'Client_Type',
  'Primary_Support_Reason',
  'Postcode',
  'Accommodation_Status',
  'Employment_Status',
  'Has_Unpaid_Carer',
  'Autism_Spectrum_Disorder_ASD',
  'Visual_Impairment',
  'Hearing_Impairment',
  'Dementia',
  'Client_Funding_Status',
  'Event_Type',
  'Event_Reference',
  'Event_Start_Date',
  'Event_End_Date',
  'Event_Description',
  'Event_Outcome',
  'Request_Route_of_Access',
  'Assessment_Type',
  'Eligible_Needs_Identified',
  'Method_of_Assessment',
  'Total_Hrs_Caring_per_week',
  'No_of_adults_being_cared_for',
  'Adult_1_Linked_Person_ID',
  'Adult_2_Linked_Person_ID',
  'Adult_3_Linked_Person_ID',
  'Service_Type',
  'Service_Component',
  'Delivery_Mechanism',
  'Provider_CQC_Location_ID',
  'Provider_CQC_Location_Name',
  'Review_Reason',
  'Review_Outcomes_Achieved',
  'Method_of_Review',
  'Unit_Cost',
  'Cost_Frequency_Unit_Type',
  'Planned_units_per_week',
] as const;
export type CldColumn = (typeof CLD_COLUMNS)[number];

/** Columns the system records nothing for; they are left blank, as the guidance allows. */
export const CLD_UNFILLED_COLUMNS: readonly CldColumn[] = [
  'GP_Practice_Code',
  'GP_Practice_Name',
  'Employment_Status',
  'Has_Unpaid_Carer',
  'Autism_Spectrum_Disorder_ASD',
  'Visual_Impairment',
  'Hearing_Impairment',
  'Dementia',
  'Client_Funding_Status',
  'Event_Description',
  'Request_Route_of_Access',
  'Total_Hrs_Caring_per_week',
  'No_of_adults_being_cared_for',
  'Adult_1_Linked_Person_ID',
  'Adult_2_Linked_Person_ID',
  'Adult_3_Linked_Person_ID',
  'Provider_CQC_Location_ID',
  'Provider_CQC_Location_Name',
  'Review_Outcomes_Achieved',
];

/** The four kinds of CLD event, in the order a person's rows are written. */
export enum CldEventType {
  REQUEST = 'REQUEST',
  ASSESSMENT = 'ASSESSMENT',
  SERVICE = 'SERVICE',
  REVIEW = 'REVIEW',
}

export const CLD_EVENT_TYPE_LABELS: Record<CldEventType, string> = { REQUEST: 'Request', ASSESSMENT: 'Assessment', SERVICE: 'Service', REVIEW: 'Review' };

/** Release 1's Assessment Type: every assessment here determines eligibility under the Care Act, so it is a long term one. */
export const CLD_ASSESSMENT_TYPES = ['Long Term Assessment', 'Short Term Assessment', 'Financial Assessment'] as const;

/** Release 1's Method of assessment and Method of review: who took part (formerly carer involvement). */
export const CLD_METHODS = ['Service user only', 'Carer only', 'Service user and carer'] as const;
export const CLD_ELIGIBLE = ['Yes', 'No'] as const;

export const CLD_REVIEW_REASONS = [
  'Planned',
  'Unplanned - Hospital (Planned and unplanned episodes)',
  'Unplanned - Carer related',
  'Unplanned - Safeguarding concern',
  'Unplanned - Other Reason',
  'Unplanned - Provider Failure',
  'Unplanned - Change in Commissioning arrangements',
] as const;

const TRIGGER_REASON: Record<UnplannedTrigger, (typeof CLD_REVIEW_REASONS)[number]> = {
  HOSPITAL_ADMISSION: 'Unplanned - Hospital (Planned and unplanned episodes)',
  CARER_CHANGE: 'Unplanned - Carer related',
  SAFEGUARDING_CONCERN: 'Unplanned - Safeguarding concern',
  PROVIDER_FAILURE: 'Unplanned - Provider Failure',
  CHANGE_IN_NEED_REPORTED: 'Unplanned - Other Reason',
  OTHER: 'Unplanned - Other Reason',
};

/** Cost Frequency (Unit Type) of a cost line's unit. */
export const CLD_COST_FREQUENCY: Record<UnitType, string> = {
  HOUR: 'Hourly',
  VISIT: 'Per visit',
  DAY: 'Daily',
  NIGHT: 'Per night',
  WEEK: 'Weekly',
  ITEM: 'One-off',
};

/** Event Outcome values the return uses; the NFA wording is NHS England's (its ASCOF-from-CLD mapping tables). */
export const CLD_EVENT_OUTCOMES = [
  'Progress to Assessment',
  'Progress to Support Planning / Services',
  'Progress to Reablement / ST-Max',
  'Progress to financial assessment',
  'Provision of service',
  'Services ended as planned',
  'No change in package',
  'Change in package',
  'NFA - 100% NHS funded care',
  'NFA - Self-funded client (Inc. 12 week disregard)',
  'NFA - Information and advice/Signposting only',
  'NFA - No services offered: Other reason',
  'NFA - Support ended: Other reason',
  'NFA - Deceased',
  'NFA - moved to another local authority',
  'NFA - Other',
] as const;
type CldEventOutcome = (typeof CLD_EVENT_OUTCOMES)[number];

const ASSESSMENT_OUTCOME: Record<AssessmentEventOutcome, CldEventOutcome> = {
  PROGRESS_TO_CARE_AND_SUPPORT_PLANNING: 'Progress to Support Planning / Services',
  PROGRESS_TO_FINANCIAL_ASSESSMENT: 'Progress to financial assessment',
  PROGRESS_TO_REABLEMENT: 'Progress to Reablement / ST-Max',
  NO_SERVICES_UNIVERSAL_OR_SIGNPOSTED: 'NFA - Information and advice/Signposting only',
  NO_SERVICES_NEEDS_MET_BY_CARER: 'NFA - No services offered: Other reason',
  NO_SERVICES_OTHER_REASON: 'NFA - No services offered: Other reason',
  NHS_FUNDED_CARE: 'NFA - 100% NHS funded care',
  SELF_FUNDED: 'NFA - Self-funded client (Inc. 12 week disregard)',
};

const CLOSURE_OUTCOME: Record<PlanClosureReason, CldEventOutcome> = {
  AFTER_REVIEW: 'Services ended as planned',
  DIED: 'NFA - Deceased',
  MOVED_TO_ANOTHER_COUNCIL: 'NFA - moved to another local authority',
};

const REVIEW_OUTCOME: Record<ReviewOutcome, CldEventOutcome> = {
  NO_CHANGE: 'No change in package',
  CONFIRM: 'No change in package',
  REVISE: 'Change in package',
  CLOSE: 'NFA - Support ended: Other reason',
};

/**
 * The reporting quarter a return covers, written `2026-Q2`: financial-year quarters as NHS England
 * counts them, the year being the one the financial year starts in (Q1 April–June 2026, Q4
 * January–March 2027), like `careMeasures(year)`.
 */
export interface ReportingQuarter {
  label: string;
  year: number;
  quarter: 1 | 2 | 3 | 4;
  from: LocalDate;
  to: LocalDate;
}

export function reportingQuarter(raw: string, today: LocalDate = LocalDate.today(), field = 'quarter'): ReportingQuarter {
  const m = /^(\d{4})-Q([1-4])$/.exec(typeof raw === 'string' ? raw.trim().toUpperCase() : '');
  if (!m) throw new BadUserInput(field, `${field} must be a financial-year quarter such as 2026-Q2 (Q1 is April to June)`);
  const year = Number(m[1]);
  const quarter = Number(m[2]) as 1 | 2 | 3 | 4;
  if (year < 2023) throw new BadUserInput(field, `${field} must be 2023-Q1 or later: the return began in April 2023`);
  const from = LocalDate.of(quarter === 4 ? year + 1 : year, quarter === 4 ? 1 : 1 + quarter * 3, 1);
  const to = from.plusMonths(3).plusDays(-1);
  if (from.isAfter(today)) throw new BadUserInput(field, `${field} has not started yet`);
  return { label: `${year}-Q${quarter}`, year, quarter, from, to };
}

/** What the return takes of the person, from the people subgraph: the identifiers the specification asks for. */
export interface CldPerson {
  id: string;
  nhsNumber: string | null;
  localPersonId: string | null;
  dateOfBirth: string;
  dateOfDeath: string | null;
  postcode: string | null;
  gender: Gender | null;
  ethnicity: Ethnicity | null;
  primarySupportReason: PrimarySupportReason | null;
  accommodationStatus: AccommodationStatus | null;
  clientType: ClientType | null;
}

/** One event of a person as the analytics read model holds it: codes and dates, no identifiers. */
export interface CldEvent {
  type: CldEventType;
  /** The record's keyed reference in analytics: stable, and meaningless outside the council. */
  reference: string;
  startDate: string;
  endDate: string | null;
  assessmentKind?: AssessmentKind | null;
  assessmentOutcome?: AssessmentEventOutcome | null;
  eligible?: boolean | null;
  withdrawn?: boolean;
  serviceType?: ServiceType | null;
  serviceComponent?: ServiceComponent | null;
  deliveryMechanism?: DeliveryMechanism | null;
  closureReason?: PlanClosureReason | null;
  unitCostPence?: number | null;
  unitType?: UnitType | null;
  plannedUnitsPerWeek?: number | null;
  reviewKind?: ReviewKind | null;
  trigger?: UnplannedTrigger | null;
  reviewOutcome?: ReviewOutcome | null;
}

const label = <K extends string>(labels: Record<K, string>, code: K | null | undefined): string => (code ? labels[code] : '');

function eventOutcome(e: CldEvent): string {
  switch (e.type) {
    case CldEventType.REQUEST:
      return e.withdrawn ? 'NFA - Other' : 'Progress to Assessment';
    case CldEventType.ASSESSMENT:
      return e.assessmentOutcome ? ASSESSMENT_OUTCOME[e.assessmentOutcome] : '';
    case CldEventType.SERVICE:
      return e.endDate ? (e.closureReason ? CLOSURE_OUTCOME[e.closureReason] : 'Services ended as planned') : 'Provision of service';
    case CldEventType.REVIEW:
      return e.reviewOutcome ? REVIEW_OUTCOME[e.reviewOutcome] : '';
  }
}

function method(kind: AssessmentKind | null | undefined, clientType: ClientType | null): string {
  if (kind === AssessmentKind.JOINT) return 'Service user and carer';
  return kind === AssessmentKind.CARER || clientType === ClientType.CARER ? 'Carer only' : 'Service user only';
}

function reviewReason(e: CldEvent): string {
  if (e.reviewKind === ReviewKind.UNPLANNED) return TRIGGER_REASON[e.trigger ?? UnplannedTrigger.OTHER];
  return e.reviewKind === ReviewKind.REQUESTED ? 'Unplanned - Other Reason' : 'Planned';
}

/** Whole pence as pounds with two decimals, as Unit Cost is given. */
const pounds = (pence: number | null | undefined): string => (pence === null || pence === undefined ? '' : `${Math.trunc(pence / 100)}.${String(Math.abs(pence) % 100).padStart(2, '0')}`);

/**
 * One row of the return, in `CLD_COLUMNS` order: the person's identifiers (only because the specification
 * asks for them, to be pseudonymised at NHS England's landing portal) and the event's coded fields.
 */
export function cldRow(council: string, quarter: ReportingQuarter, person: CldPerson, e: CldEvent): string[] {
  const of = (t: CldEventType, value: string) => (e.type === t ? value : '');
  const values: Partial<Record<CldColumn, string>> = {
    LA_Code: council,
    Reporting_Period_End_Date: quarter.to.toString(),
    Reporting_Period_Start_Date: quarter.from.toString(),
    NHS_Number: person.nhsNumber ?? '',
    LA_Person_Unique_Identifier: person.localPersonId ?? person.id,
    Gender: label(GENDER_LABELS, person.gender),
    Ethnicity: label(ETHNICITY_LABELS, person.ethnicity),
    Date_of_Birth: person.dateOfBirth,
    Date_of_Death: person.dateOfDeath ?? '',
    Client_Type: label(CLIENT_TYPE_LABELS, person.clientType ?? ClientType.SERVICE_USER),
    Primary_Support_Reason: label(PRIMARY_SUPPORT_REASON_LABELS, person.primarySupportReason),
    Postcode: person.postcode ?? '',
    Accommodation_Status: label(ACCOMMODATION_STATUS_LABELS, person.accommodationStatus),
    Event_Type: CLD_EVENT_TYPE_LABELS[e.type],
    Event_Reference: e.reference,
    Event_Start_Date: e.startDate,
    Event_End_Date: e.endDate ?? '',
    Event_Outcome: eventOutcome(e),
    Assessment_Type: of(CldEventType.ASSESSMENT, 'Long Term Assessment'),
    Eligible_Needs_Identified: of(CldEventType.ASSESSMENT, e.eligible === true ? 'Yes' : e.eligible === false ? 'No' : ''),
    Method_of_Assessment: of(CldEventType.ASSESSMENT, method(e.assessmentKind, person.clientType)),
    Service_Type: label(SERVICE_TYPE_LABELS, e.serviceType),
    Service_Component: label(SERVICE_COMPONENT_LABELS, e.serviceComponent),
    Delivery_Mechanism: label(DELIVERY_MECHANISM_LABELS, e.deliveryMechanism),
    Review_Reason: of(CldEventType.REVIEW, reviewReason(e)),
    Method_of_Review: of(CldEventType.REVIEW, method(null, person.clientType)),
    Unit_Cost: of(CldEventType.SERVICE, pounds(e.unitCostPence)),
    Cost_Frequency_Unit_Type: of(CldEventType.SERVICE, label(CLD_COST_FREQUENCY, e.unitType)),
    Planned_units_per_week: of(CldEventType.SERVICE, e.plannedUnitsPerWeek === null || e.plannedUnitsPerWeek === undefined ? '' : String(e.plannedUnitsPerWeek)),
  };
  return CLD_COLUMNS.map((c) => values[c] ?? '');
}

/** Every coded column with the values it may take; the return's own check, and the tests'. */
export const CLD_CODE_LISTS: Partial<Record<CldColumn, readonly string[]>> = {
  Gender: Object.values(GENDER_LABELS),
  Ethnicity: Object.values(ETHNICITY_LABELS),
  Client_Type: Object.values(CLIENT_TYPE_LABELS),
  Primary_Support_Reason: Object.values(PRIMARY_SUPPORT_REASON_LABELS),
  Accommodation_Status: Object.values(ACCOMMODATION_STATUS_LABELS),
  Event_Type: Object.values(CLD_EVENT_TYPE_LABELS),
  Event_Outcome: CLD_EVENT_OUTCOMES,
  Assessment_Type: CLD_ASSESSMENT_TYPES,
  Eligible_Needs_Identified: CLD_ELIGIBLE,
  Method_of_Assessment: CLD_METHODS,
  Service_Type: Object.values(SERVICE_TYPE_LABELS),
  Service_Component: Object.values(SERVICE_COMPONENT_LABELS),
  Delivery_Mechanism: Object.values(DELIVERY_MECHANISM_LABELS),
  Review_Reason: CLD_REVIEW_REASONS,
  Method_of_Review: CLD_METHODS,
  Cost_Frequency_Unit_Type: Object.values(CLD_COST_FREQUENCY),
};

/** One CSV line (RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled), ending CRLF. */
export function csvLine(values: readonly string[]): string {
  return `${values.map((v) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(',')}\r\n`;
}
