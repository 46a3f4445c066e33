import { BadUserInput } from '../errors';
import { LocalDate } from '../local-date';

/** What a person (or someone for them) can consent to (Care Act s.12(5) joint assessment, s.25 plans and copies). */
export enum ConsentPurpose {
  JOINT_ASSESSMENT = 'JOINT_ASSESSMENT',
  JOINT_PLAN = 'JOINT_PLAN',
  COMBINED_PLAN = 'COMBINED_PLAN',
  SHARE_PLAN_COPY = 'SHARE_PLAN_COPY',
}

export interface ConsentInput {
  purpose: ConsentPurpose;
  /** Null when the person gave it themself; otherwise the relationship (attorney, deputy, representative) who did. */
  givenByRelationshipId?: string | null;
  givenOn: string;
  /** For sharing copies: who may receive one. */
  recipients?: readonly string[] | null;
  notes?: string | null;
}

export interface Consent {
  purpose: ConsentPurpose;
  givenByRelationshipId: string | null;
  givenOn: LocalDate;
  recipients: string[];
  notes: string | null;
}

export function parseConsent(input: ConsentInput, today: LocalDate = LocalDate.today()): Consent {
  const givenOn = LocalDate.parse(input.givenOn, 'givenOn');
  if (givenOn.isAfter(today)) throw new BadUserInput('givenOn', 'givenOn must not be in the future');
  const recipients = [...new Set((input.recipients ?? []).map((r) => r.trim()).filter(Boolean))];
  if (input.purpose === ConsentPurpose.SHARE_PLAN_COPY && recipients.length === 0) {
    throw new BadUserInput('recipients', 'name who may receive a copy of the plan');
  }
  if (input.purpose !== ConsentPurpose.SHARE_PLAN_COPY && recipients.length > 0) {
    throw new BadUserInput('recipients', 'recipients apply to sharing copies only');
  }
  if (recipients.some((r) => r.length > 200)) throw new BadUserInput('recipients', 'each recipient must be at most 200 characters');
  const notes = input.notes?.trim() || null;
  return { purpose: input.purpose, givenByRelationshipId: input.givenByRelationshipId ?? null, givenOn, recipients, notes };
}

/** A consent stands from the day given until the day withdrawn. */
export function consentStands(c: { withdrawnOn: LocalDate | string | null }, today: LocalDate): boolean {
  return c.withdrawnOn === null || LocalDate.parse(String(c.withdrawnOn)).isAfter(today);
}

/** Whether a standing consent covers a purpose, among a person's consents as the people subgraph reports them. */
export function hasStandingConsent(consents: ReadonlyArray<{ purpose: ConsentPurpose; stands: boolean }>, purpose: ConsentPurpose): boolean {
  return consents.some((c) => c.purpose === purpose && c.stands);
}

/**
 * Care Act s.12(5): a joint assessment rests on both people's consent, when it is requested and for as long as
 * it is carried out. The first of them (by the key the caller names them with) without a standing one, or null.
 */
export function withoutJointAssessmentConsent<K extends string>(people: ReadonlyArray<[K, ReadonlyArray<{ purpose: ConsentPurpose; stands: boolean }>]>): K | null {
  return people.find(([, consents]) => !hasStandingConsent(consents, ConsentPurpose.JOINT_ASSESSMENT))?.[0] ?? null;
}
