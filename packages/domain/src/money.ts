import { BadUserInput } from './errors';

/**
 * The largest amounts a user may enter, in whole pence. Far above any lawful care package, low enough that
 * a slip of the keyboard (an extra nought or five) is refused rather than approved, paid or summed.
 */
export const MONEY_LIMITS = {
  /** A weekly amount or unit cost: £100,000. */
  weekly: 10_000_000,
  /** A yearly amount (a repayment): 52 weeks of the weekly limit, £5,200,000. */
  yearly: 520_000_000,
  /** An approval limit: £100,000,000, beyond what a 32-bit integer holds. */
  approvalLimit: 10_000_000_000,
} as const;

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

  /** Validates an amount a user supplied: whole pence, not negative, not above the limit for its kind. */
  static fromInput(pence: number, field: string, limit: number = MONEY_LIMITS.weekly): Money {
    if (!Number.isSafeInteger(pence)) throw new BadUserInput(field, `${field} must be a whole number of pence`);
    if (pence < 0) throw new BadUserInput(field, `${field} must not be negative`);
    if (pence > limit) throw new BadUserInput(field, `${field} must be at most ${new Money(limit).display()}`);
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
