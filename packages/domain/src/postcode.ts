import { BadUserInput } from './errors';

// Outward code (area, district, optional sub-district letter) and inward code (sector digit, unit letters).
const SHAPE = /^([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][ABD-HJLNP-UW-Z]{2})$/;

/** A UK postcode, normalised to upper case with one space before the inward code. */
export class Postcode {
  private constructor(
    readonly outward: string,
    readonly inward: string,
  ) {}

  static isValid(raw: string): boolean {
    const compact = raw.trim().toUpperCase().replace(/\s+/g, ' ');
    return compact === 'GIR 0AA' || compact === 'GIR0AA' || SHAPE.test(compact);
  }

  static parse(raw: string, field = 'postcode'): Postcode {
    const compact = raw.trim().toUpperCase().replace(/\s+/g, '');
    if (compact === 'GIR0AA') return new Postcode('GIR', '0AA');
    const match = SHAPE.exec(compact);
    if (!match) throw new BadUserInput(field, `${field} must be a UK postcode, such as E8 1DY`);
    return new Postcode(match[1], match[2]);
  }

  toString(): string {
    return `${this.outward} ${this.inward}`;
  }
}
