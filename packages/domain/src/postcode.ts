import { BadUserInput } from './errors';

/*
 * Royal Mail's shapes: an outward code (area letters, district digits, sometimes a trailing letter)
 * and an inward code (sector digit, two unit letters). Letters never used in a position are refused:
 * Q, V and X never start a postcode, I, J and Z are never second, and unit letters skip C, I, K, M, O
 * and V (they look like digits or each other). GIR 0AA (Girobank) is the one postcode outside the pattern.
 */
const OUTWARD = '[A-PR-UWYZ](?:[0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9][ABEHMNPRV-Y])';
const INWARD = '[0-9][ABD-HJLNP-UW-Z]{2}';
// Space is allowed only between the two parts: "E 81DY" is a slip, not a postcode.
const SHAPE = new RegExp(`^(?:(${OUTWARD})|(GIR))\\s*(${INWARD})$`);

function normalise(raw: string): string | null {
  if (typeof raw !== 'string') return null;
  const match = SHAPE.exec(raw.trim().toUpperCase());
  if (!match) return null;
  const outward = match[1] ?? match[2];
  if (match[2] && match[3] !== '0AA') return null;
  return `${outward} ${match[3]}`;
}

/** A UK postcode, held as upper case with one space before the inward code ("E8 1DY"). */
export class Postcode {
  private constructor(readonly value: string) {}

  static isValid(raw: string): boolean {
    return normalise(raw) !== null;
  }

  static parse(raw: string, field = 'postcode'): Postcode {
    const value = normalise(raw);
    if (value === null) throw new BadUserInput(field, `${field} must be a UK postcode, such as E8 1DY`);
    return new Postcode(value);
  }

  /**
   * The outward code ("E8"): a district of some thousands of addresses, which analytics may see
   * where the full postcode would narrow a person down to a handful of homes.
   */
  get outward(): string {
    return this.value.slice(0, this.value.indexOf(' '));
  }

  toString(): string {
    return this.value;
  }
}
