import { BadUserInput } from './errors';
import { LocalDate } from './local-date';
import { NhsNumber } from './nhs-number';

export interface PersonDetailsInput {
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  nhsNumber?: string | null;
}

export interface PersonDetails {
  givenName: string;
  familyName: string;
  dateOfBirth: LocalDate;
  nhsNumber: NhsNumber | null;
}

const MAX_NAME = 100;

export function parseName(raw: string, field: string): string {
  const value = raw.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (value.length === 0) throw new BadUserInput(field, `${field} must not be empty`);
  if (value.length > MAX_NAME) throw new BadUserInput(field, `${field} must be at most ${MAX_NAME} characters`);
  if (/[\p{Cc}<>]/u.test(value)) throw new BadUserInput(field, `${field} contains characters that are not allowed`);
  return value;
}

export function parseDateOfBirth(raw: string, today: LocalDate): LocalDate {
  const dateOfBirth = LocalDate.parse(raw, 'dateOfBirth');
  if (dateOfBirth.isAfter(today)) throw new BadUserInput('dateOfBirth', 'dateOfBirth must not be in the future');
  if (dateOfBirth.year < 1900) throw new BadUserInput('dateOfBirth', 'dateOfBirth must not be before 1900');
  return dateOfBirth;
}

/**
 * Validates who a person is before anything is written. Adult social care serves adults, but a
 * record may start before 18 (transition from children's services), so only impossible dates are refused.
 */
export function parsePersonDetails(input: PersonDetailsInput, today: LocalDate = LocalDate.today()): PersonDetails {
  const dateOfBirth = parseDateOfBirth(input.dateOfBirth, today);
  return {
    givenName: parseName(input.givenName, 'givenName'),
    familyName: parseName(input.familyName, 'familyName'),
    dateOfBirth,
    nhsNumber: input.nhsNumber == null || input.nhsNumber === '' ? null : NhsNumber.parse(input.nhsNumber),
  };
}
