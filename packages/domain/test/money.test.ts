import { Money, BadUserInput } from '../src';

describe('Money in integer pence', () => {
  it('adds thousands of lines exactly, with no floating point drift', () => {
    // 0.1 + 0.2 style amounts: 10p and 20p, ten thousand times each.
    const lines = Array.from({ length: 20_000 }, (_, i) => Money.ofPence(i % 2 === 0 ? 10 : 20));
    expect(Money.sum(lines).pence).toBe(300_000);
  });

  it('displays pounds and pence for people to read', () => {
    expect(Money.ofPence(123456).display()).toBe('£1,234.56');
    expect(Money.ofPence(5).display()).toBe('£0.05');
    expect(Money.ofPence(-300).display()).toBe('-£3.00');
  });

  it('refuses fractions of a penny', () => {
    expect(() => Money.ofPence(10.5)).toThrow(RangeError);
    expect(() => Money.ofPence(1).times(1.5)).toThrow(RangeError);
  });

  it('refuses negative or fractional user input, naming the field', () => {
    expect(() => Money.fromInput(-1, 'weeklyAmount')).toThrow(BadUserInput);
    try {
      Money.fromInput(1.5, 'weeklyAmount');
      throw new Error('expected a refusal');
    } catch (e) {
      expect(e).toBeInstanceOf(BadUserInput);
      expect((e as BadUserInput).details.field).toBe('weeklyAmount');
    }
    expect(Money.fromInput(0, 'weeklyAmount').pence).toBe(0);
  });

  it('compares and subtracts', () => {
    const a = Money.ofPence(500);
    const b = Money.ofPence(700);
    expect(a.compare(b)).toBe(-1);
    expect(b.minus(a).pence).toBe(200);
    expect(a.times(3).equals(Money.ofPence(1500))).toBe(true);
  });
});
