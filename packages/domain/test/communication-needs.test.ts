import { InformationFormat, LocalDate, isDeafblind, parseCommunicationNeeds } from '../src';

const today = LocalDate.parse('2026-11-23');

describe('R2b communication needs (Accessible Information Standard)', () => {
  it.each(Object.values(InformationFormat))('R2b records the %s format and reads it back', (format) => {
    const needs = parseCommunicationNeeds({ formats: [format, format], interpreterRequired: false, postOnly: false, reviewOn: '2027-11-23' }, today);
    expect(needs.formats).toEqual([format]);
  });

  it('R2b an interpreter needs a language; post only is kept', () => {
    expect(() => parseCommunicationNeeds({ formats: [], interpreterRequired: true, postOnly: true, reviewOn: '2027-01-01' }, today)).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field: 'language' } }),
    );
    expect(parseCommunicationNeeds({ formats: [], interpreterRequired: true, language: ' Somali ', postOnly: true, reviewOn: '2027-01-01' }, today)).toMatchObject({
      language: 'Somali',
      postOnly: true,
    });
  });

  it('R2b needs are reviewed: the review date is today or later, and within three years', () => {
    const at = (reviewOn: string) => () => parseCommunicationNeeds({ formats: [InformationFormat.LARGE_PRINT], interpreterRequired: false, postOnly: false, reviewOn }, today);
    expect(at('2026-11-22')).toThrow(expect.objectContaining({ details: { field: 'reviewOn' } }));
    expect(at('2030-01-01')).toThrow(expect.objectContaining({ details: { field: 'reviewOn' } }));
    expect(at('2026-11-23')().reviewOn.toString()).toBe('2026-11-23');
  });
});

describe('R2c deafblind', () => {
  it('R2c dual sensory impairment or deafblind manual marks a person deafblind; one sense alone does not', () => {
    expect(isDeafblind('SENSORY_DUAL', [])).toBe(true);
    expect(isDeafblind(null, [InformationFormat.DEAFBLIND_MANUAL])).toBe(true);
    expect(isDeafblind('SENSORY_VISUAL', [InformationFormat.BRAILLE])).toBe(false);
    expect(isDeafblind(null, [])).toBe(false);
  });
});
