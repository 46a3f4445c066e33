import { BadUserInput } from './errors';

/** An amount of money in integer pence. Floats never touch money (architecture.md, "Data"). */
export class Money {
  private constructor(readonly pence: number) {}

  static zero(): Money {
    return new Money(0);
  }

  static ofPence(pence: number): Money {
    if (!Number.isSafeInteger(pence)) throw new RangeError(`Money must be whole pence, got ${pence}`);
    return new Money(pence);
  }

  /** Validates an amount a user supplied: whole pence, not negative. */
  static fromInput(pence: number, field: string): Money {
    if (!Number.isSafeInteger(pence)) throw new BadUserInput(field, `${field} must be a whole number of pence`);
    if (pence < 0) throw new BadUserInput(field, `${field} must not be negative`);
    return new Money(pence);
  }

  static sum(amounts: Iterable<Money>): Money {
    let total = 0;
    for (const a of amounts) total += a.pence;
    return Money.ofPence(total);
  }

  plus(other: Money): Money {
    return Money.ofPence(this.pence + other.pence);
  }

  minus(other: Money): Money {
    return Money.ofPence(this.pence - other.pence);
  }

  times(quantity: number): Money {
    if (!Number.isSafeInteger(quantity)) throw new RangeError(`Money can only be multiplied by a whole number`);
    return Money.ofPence(this.pence * quantity);
  }

  compare(other: Money): number {
    return Math.sign(this.pence - other.pence);
  }

  equals(other: Money): boolean {
    return this.pence === other.pence;
  }

  /** "£1,234.56", or "-£3.00" */
  display(): string {
    const sign = this.pence < 0 ? '-' : '';
    const abs = Math.abs(this.pence);
    const pounds = Math.floor(abs / 100).toLocaleString('en-GB');
    const pence = String(abs % 100).padStart(2, '0');
    return `${sign}£${pounds}.${pence}`;
  }
}
