import { Postcode } from '../src';

describe('Postcode', () => {
  it.each([
    ['e81dy', 'E8 1DY', 'E8'],
    [' CF10 1EP ', 'CF10 1EP', 'CF10'],
    ['sw1a 2aa', 'SW1A 2AA', 'SW1A'],
    ['GIR0AA', 'GIR 0AA', 'GIR'],
    ['N16  7AA', 'N16 7AA', 'N16'],
  ])('accepts %s as %s with outward code %s', (raw, normal, outward) => {
    const p = Postcode.parse(raw);
    expect(p.toString()).toBe(normal);
    expect(p.outward).toBe(outward);
    expect(Postcode.isValid(raw)).toBe(true);
  });

  it.each(['ABC', '12345', 'E8 1DYY', 'E8 1CI', ''])('refuses %p, naming the field', (raw) => {
    expect(() => Postcode.parse(raw, 'filter.postcode')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field: 'filter.postcode' } }));
  });
});
