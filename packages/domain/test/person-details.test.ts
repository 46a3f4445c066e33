import { parsePersonDetails, LocalDate, BadUserInput } from '../src';

const today = LocalDate.parse('2026-11-22');

function fieldOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof BadUserInput) return e.details.field;
    throw e;
  }
  return undefined;
}

describe('person details validation', () => {
  it('normalises names and parses dates and NHS numbers', () => {
    const p = parsePersonDetails({ givenName: '  Ada  ', familyName: 'Lovelace  Byron', dateOfBirth: '1950-12-10', nhsNumber: '943 476 5919' }, today);
    expect(p.givenName).toBe('Ada');
    expect(p.familyName).toBe('Lovelace Byron');
    expect(p.dateOfBirth.toString()).toBe('1950-12-10');
    expect(p.nhsNumber?.toString()).toBe('9434765919');
  });

  it('treats a missing NHS number as unknown, not invalid', () => {
    expect(parsePersonDetails({ givenName: 'A', familyName: 'B', dateOfBirth: '1950-01-01' }, today).nhsNumber).toBeNull();
  });

  it.each([
    [{ givenName: '   ' }, 'givenName'],
    [{ familyName: '' }, 'familyName'],
    [{ givenName: 'x'.repeat(101) }, 'givenName'],
    [{ familyName: '<script>' }, 'familyName'],
    [{ dateOfBirth: '2027-01-01' }, 'dateOfBirth'],
    [{ dateOfBirth: '1850-01-01' }, 'dateOfBirth'],
    [{ dateOfBirth: '1950-02-30' }, 'dateOfBirth'],
    [{ nhsNumber: '9434765918' }, 'nhsNumber'],
  ])('refuses %o naming the field %s', (override, field) => {
    const input = { givenName: 'Ada', familyName: 'Lovelace', dateOfBirth: '1950-12-10', ...override };
    expect(fieldOf(() => parsePersonDetails(input, today))).toBe(field);
  });
});
