import {
  AccommodationStatus,
  ClientType,
  Ethnicity,
  Gender,
  PrimarySupportReason,
  parseCode,
} from '../client-level-data';
import { BadUserInput } from '../errors';
import { LocalDate } from '../local-date';
import { NhsNumber } from '../nhs-number';
import { parseDateOfBirth, parseName } from '../person-details';
import { Postcode } from '../postcode';

/** Everything about a person that can be changed after they are recorded; each field optional. */
export interface PersonChangesInput {
  givenName?: string | null;
  familyName?: string | null;
  preferredName?: string | null;
  dateOfBirth?: string | null;
  dateOfDeath?: string | null;
  nhsNumber?: string | null;
  localPersonId?: string | null;
  gender?: string | null;
  ethnicity?: string | null;
  postcode?: string | null;
  address?: string | null;
  accommodationStatus?: string | null;
  primarySupportReason?: string | null;
  clientType?: string | null;
}

/** Validated changes, as stored: dates and codes as strings, only the fields that were given. */
export type PersonChanges = { [K in keyof PersonChangesInput]?: string | null };

const REQUIRED = new Set(['givenName', 'familyName', 'dateOfBirth']);

function optionalText(raw: string, field: string, max: number): string {
  const value = raw.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (!value) throw new BadUserInput(field, `${field} must not be empty; send null to clear it`);
  if (value.length > max) throw new BadUserInput(field, `${field} must be at most ${max} characters`);
  if (/[\p{Cc}<>]/u.test(value.replace(/\n/g, ''))) throw new BadUserInput(field, `${field} contains characters that are not allowed`);
  return value;
}

const PARSERS: { [K in keyof PersonChangesInput]-?: (raw: string, today: LocalDate) => string } = {
  givenName: (raw) => parseName(raw, 'givenName'),
  familyName: (raw) => parseName(raw, 'familyName'),
  preferredName: (raw) => parseName(raw, 'preferredName'),
  dateOfBirth: (raw, today) => parseDateOfBirth(raw, today).toString(),
  dateOfDeath: (raw, today) => {
    const d = LocalDate.parse(raw, 'dateOfDeath');
    if (d.isAfter(today)) throw new BadUserInput('dateOfDeath', 'dateOfDeath must not be in the future');
    return d.toString();
  },
  nhsNumber: (raw) => NhsNumber.parse(raw).toString(),
  localPersonId: (raw) => optionalText(raw, 'localPersonId', 50),
  gender: (raw) => parseCode(Gender, raw, 'gender'),
  ethnicity: (raw) => parseCode(Ethnicity, raw, 'ethnicity'),
  postcode: (raw) => Postcode.parse(raw).toString(),
  address: (raw) => optionalText(raw, 'address', 500),
  accommodationStatus: (raw) => parseCode(AccommodationStatus, raw, 'accommodationStatus'),
  primarySupportReason: (raw) => parseCode(PrimarySupportReason, raw, 'primarySupportReason'),
  clientType: (raw) => parseCode(ClientType, raw, 'clientType'),
};

/**
 * Validates the fields given (undefined: leave as is; null: clear), and that dates still agree with
 * each other once applied to the current record.
 */
export function parsePersonChanges(
  input: PersonChangesInput,
  current: { dateOfBirth: string; dateOfDeath: string | null },
  today: LocalDate = LocalDate.today(),
): PersonChanges {
  const changes: PersonChanges = {};
  for (const key of Object.keys(PARSERS) as Array<keyof PersonChangesInput>) {
    const raw = input[key];
    if (raw === undefined) continue;
    if (raw === null) {
      if (REQUIRED.has(key)) throw new BadUserInput(key, `${key} cannot be cleared`);
      changes[key] = null;
    } else {
      changes[key] = PARSERS[key](raw, today);
    }
  }
  const born = changes.dateOfBirth ?? current.dateOfBirth;
  const died = changes.dateOfDeath === undefined ? current.dateOfDeath : changes.dateOfDeath;
  if (died && LocalDate.parse(died).isBefore(LocalDate.parse(born))) {
    throw new BadUserInput(changes.dateOfDeath !== undefined ? 'dateOfDeath' : 'dateOfBirth', 'dateOfDeath must not be before dateOfBirth');
  }
  return changes;
}
