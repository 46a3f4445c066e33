/** Enums the whole graph shares. Values are the names clients see. */

export enum Nation {
  ENGLAND = 'ENGLAND',
  WALES = 'WALES',
}

export enum Role {
  PRACTITIONER = 'PRACTITIONER',
  TEAM_MANAGER = 'TEAM_MANAGER',
  PANEL_MEMBER = 'PANEL_MEMBER',
  FINANCE_OFFICER = 'FINANCE_OFFICER',
  ANALYST = 'ANALYST',
  /** Produces the council's statutory returns (the CLD return), which carry identifiers: not every analyst may. */
  RETURNS_OFFICER = 'RETURNS_OFFICER',
  PERSON = 'PERSON',
  SERVICE = 'SERVICE',
}

export enum AssessmentKind {
  NEEDS = 'NEEDS',
  CARER = 'CARER',
  JOINT = 'JOINT',
}

export enum AssessmentStatus {
  REQUESTED = 'REQUESTED',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
  WITHDRAWN = 'WITHDRAWN',
}

export enum PlanKind {
  CARE_AND_SUPPORT = 'CARE_AND_SUPPORT',
  CARER_SUPPORT = 'CARER_SUPPORT',
}

export enum PlanStatus {
  DRAFT = 'DRAFT',
  PROPOSED = 'PROPOSED',
  AWAITING_APPROVAL = 'AWAITING_APPROVAL',
  APPROVED = 'APPROVED',
  RETURNED = 'RETURNED',
  AGREED = 'AGREED',
  ACTIVE = 'ACTIVE',
  UNDER_REVIEW = 'UNDER_REVIEW',
  REVISED = 'REVISED',
  CLOSED = 'CLOSED',
  WITHDRAWN = 'WITHDRAWN',
}

export enum BudgetStatus {
  INDICATIVE = 'INDICATIVE',
  FINAL = 'FINAL',
}

export enum ReviewKind {
  PLANNED = 'PLANNED',
  UNPLANNED = 'UNPLANNED',
  REQUESTED = 'REQUESTED',
  DIRECT_PAYMENT = 'DIRECT_PAYMENT',
}

/** The stored state of a review; the status clients see is derived from it and the dates (reviewStatus). */
export enum ReviewState {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
  REFUSED = 'REFUSED',
  CANCELLED = 'CANCELLED',
}

export enum ReviewStatus {
  SCHEDULED = 'SCHEDULED',
  DUE_SOON = 'DUE_SOON',
  DUE = 'DUE',
  OVERDUE = 'OVERDUE',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
  REFUSED = 'REFUSED',
  CANCELLED = 'CANCELLED',
}
