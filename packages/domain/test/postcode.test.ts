import { Postcode } from '../src';

describe('Postcode', () => {
  it.each([
    ['e81dy', 'E8 1DY', 'E8'],
    ['E8 1DY', 'E8 1DY', 'E8'],
    [' CF10 1EP ', 'CF10 1EP', 'CF10'],
    ['sw1a 2aa', 'SW1A 2AA', 'SW1A'],
    ['SW1A2AA', 'SW1A 2AA', 'SW1A'],
    ['GIR0AA', 'GIR 0AA', 'GIR'],
    ['gir 0aa', 'GIR 0AA', 'GIR'],
    ['N16  7AA', 'N16 7AA', 'N16'],
    ['w1d 3qf', 'W1D 3QF', 'W1D'],
    ['M1 1AE', 'M1 1AE', 'M1'],
    ['B33 8TH', 'B33 8TH', 'B33'],
    ['LL57 2DG', 'LL57 2DG', 'LL57'],
  ])('Postcode accepts %p as %s with outward code %s', (raw, normal, outward) => {
    const postcode = Postcode.parse(raw);
    expect(postcode.toString()).toBe(normal);
    expect(postcode.outward).toBe(outward);
    expect(Postcode.isValid(raw)).toBe(true);
  });

  it('Postcode parses its own output to the same value', () => {
    const once = Postcode.parse('cf244tr').toString();
    expect(Postcode.parse(once).toString()).toBe(once);
  });

  it.each([
    'ABC',
    '12345',
    'E8 1DYY',
    'E8',
    '1DY',
    '',
    '   ',
    'E 81DY',
    'E8 1CI', // C and I are never unit letters
    'QA1 1AA', // Q never starts a postcode
    'EI8 1DY', // I is never second
    'E8 IDY', // letter I typed for digit 1
    'GIR 1AA',
    'E8-1DY',
    'E8 1D Y',
  ])('Postcode refuses %p, naming the field', (raw) => {
    expect(Postcode.isValid(raw)).toBe(false);
    expect(() => Postcode.parse(raw, 'filter.postcode')).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field: 'filter.postcode' } }),
    );
  });

  it('Postcode names the default field and does not echo what was sent', () => {
    let caught: unknown;
    try {
      Postcode.parse('ZZ99 ZZZ');
    } catch (e) {
      caught = e;
    }
    expect(caught).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'postcode' } });
    expect((caught as Error).message).not.toContain('ZZ99');
  });
});
