import { BadUserInput } from './errors';

/**
 * An NHS number: ten digits whose last is a modulus-11 check digit over the first nine
 * (weights 10 down to 2). Stored as ten digits; displayed as "943 476 5919".
 */
export class NhsNumber {
  private constructor(readonly value: string) {}

  static isValid(raw: string): boolean {
    const digits = raw.replace(/[\s-]/g, '');
    if (!/^\d{10}$/.test(digits)) return false;
    // Ten identical digits pass the arithmetic but are never issued.
    if (/^(\d)\1{9}$/.test(digits)) return false;
    let sum = 0;
    for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
    const check = 11 - (sum % 11);
    if (check === 10) return false;
    return (check === 11 ? 0 : check) === Number(digits[9]);
  }

  static parse(raw: string, field = 'nhsNumber'): NhsNumber {
    if (!NhsNumber.isValid(raw)) {
      throw new BadUserInput(field, `${field} is not a valid NHS number (ten digits with a correct check digit)`);
    }
    return new NhsNumber(raw.replace(/[\s-]/g, ''));
  }

  display(): string {
    return `${this.value.slice(0, 3)} ${this.value.slice(3, 6)} ${this.value.slice(6)}`;
  }

  toString(): string {
    return this.value;
  }
}
