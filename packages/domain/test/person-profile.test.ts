import { LocalDate, parsePersonChanges } from '../src';

const today = LocalDate.parse('2026-11-23');
const current = { dateOfBirth: '1950-12-10', dateOfDeath: null };

describe('person record changes', () => {
  it('keeps fields left out, clears optional ones sent as null, and normalises what is given', () => {
    expect(parsePersonChanges({ preferredName: ' Peggy ', postcode: 'e8 1dy', gender: 'female', address: null }, current, today)).toEqual({
      preferredName: 'Peggy',
      postcode: 'E8 1DY',
      gender: 'FEMALE',
      address: null,
    });
  });

  it('refuses to clear a legal name or date of birth, naming the field', () => {
    for (const field of ['givenName', 'familyName', 'dateOfBirth'] as const) {
      expect(() => parsePersonChanges({ [field]: null }, current, today)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field } }));
    }
  });

  it('keeps dates consistent with the record: no death before birth, none in the future', () => {
    expect(() => parsePersonChanges({ dateOfDeath: '1949-01-01' }, current, today)).toThrow(expect.objectContaining({ details: { field: 'dateOfDeath' } }));
    expect(() => parsePersonChanges({ dateOfDeath: '2026-11-24' }, current, today)).toThrow(expect.objectContaining({ details: { field: 'dateOfDeath' } }));
    expect(() => parsePersonChanges({ dateOfBirth: '2001-01-01' }, { dateOfBirth: '1950-12-10', dateOfDeath: '2000-01-01' }, today)).toThrow(
      expect.objectContaining({ details: { field: 'dateOfBirth' } }),
    );
    expect(parsePersonChanges({ dateOfDeath: '2026-11-20' }, current, today)).toEqual({ dateOfDeath: '2026-11-20' });
  });

  it('checks NHS numbers and code lists', () => {
    expect(() => parsePersonChanges({ nhsNumber: '9434765918' }, current, today)).toThrow(expect.objectContaining({ details: { field: 'nhsNumber' } }));
    expect(() => parsePersonChanges({ accommodationStatus: 'CASTLE' }, current, today)).toThrow(expect.objectContaining({ details: { field: 'accommodationStatus' } }));
  });
});
