import { NhsNumber, BadUserInput } from '../src';

describe('NhsNumber modulus-11 check digit', () => {
  it.each(['9434765919', '943 476 5919', '943-476-5919', '4010232137'])('accepts %s', (raw) => {
    expect(NhsNumber.isValid(raw)).toBe(true);
  });

  it.each([
    ['9434765918', 'wrong check digit'],
    ['943476591', 'nine digits'],
    ['94347659190', 'eleven digits'],
    ['94347A5919', 'a letter'],
    ['1111111111', 'ten identical digits'],
    ['1000000010', 'check digit would be 10'],
  ])('refuses %s (%s)', (raw) => {
    expect(NhsNumber.isValid(raw)).toBe(false);
    expect(() => NhsNumber.parse(raw)).toThrow(BadUserInput);
  });

  it('stores ten digits and displays them in groups', () => {
    const n = NhsNumber.parse('943 476 5919');
    expect(n.toString()).toBe('9434765919');
    expect(n.display()).toBe('943 476 5919');
  });

  it('names the field in the error', () => {
    expect(() => NhsNumber.parse('123', 'carer.nhsNumber')).toThrow(/carer.nhsNumber/);
  });
});
