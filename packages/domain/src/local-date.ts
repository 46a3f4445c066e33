import { BadUserInput } from './errors';

const DAY_MS = 86_400_000;
const londonDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

let todayCache: { second: number; day: LocalDate } | undefined;

/**
 * A calendar date with no time of day, as the law counts dates (due dates, sign-off, move dates).
 * "Today" is today in Europe/London, so a review due on 1 April is due on 1 April in England and Wales
 * whatever the server's clock zone.
 */
export class LocalDate {
  private constructor(
    readonly year: number,
    readonly month: number,
    readonly day: number,
  ) {}

  static of(year: number, month: number, day: number): LocalDate {
    const probe = new Date(Date.UTC(year, month - 1, day));
    if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
      throw new RangeError(`${year}-${month}-${day} is not a calendar date`);
    }
    return new LocalDate(year, month, day);
  }

  /**
   * Strict YYYY-MM-DD that names a real calendar date within the years a care record can need
   * (`LocalDate.EARLIEST_YEAR`–`LATEST_YEAR`): the one rule every subgraph applies, so a date one accepts
   * no other refuses, and nothing is stored that later arithmetic (a review a year on) cannot handle.
   */
  static parse(raw: string, field = 'date'): LocalDate {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
    const year = Number(m?.[1]);
    if (m && year >= LocalDate.EARLIEST_YEAR && year <= LocalDate.LATEST_YEAR) {
      try {
        return LocalDate.of(year, Number(m[2]), Number(m[3]));
      } catch {
        // falls through to the user-facing error
      }
    }
    throw new BadUserInput(field, `${field} must be a calendar date written YYYY-MM-DD, in the years ${LocalDate.EARLIEST_YEAR} to ${LocalDate.LATEST_YEAR}`);
  }

  /** The earliest year of any date a person's record holds: a date of birth. */
  static readonly EARLIEST_YEAR = 1900;
  /** The latest year of any date a record holds: plans and reviews far ahead, never the year 9999. */
  static readonly LATEST_YEAR = 2199;

  /** The date in Europe/London at the given instant. */
  static inLondon(instant: Date): LocalDate {
    return LocalDate.parse(londonDay.format(instant));
  }

  static today(now: Date = new Date()): LocalDate {
    // Asked for per row in lists; the London day is worked out at most once a second.
    const second = Math.floor(now.getTime() / 1000);
    if (todayCache?.second !== second) todayCache = { second, day: LocalDate.inLondon(now) };
    return todayCache.day;
  }

  private get epochDay(): number {
    return Date.UTC(this.year, this.month - 1, this.day) / DAY_MS;
  }

  private static fromEpochDay(epochDay: number): LocalDate {
    const d = new Date(epochDay * DAY_MS);
    return new LocalDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }

  /** 0 for Sunday to 6 for Saturday. */
  get dayOfWeek(): number {
    return new Date(this.epochDay * DAY_MS).getUTCDay();
  }

  plusDays(days: number): LocalDate {
    return LocalDate.fromEpochDay(this.epochDay + days);
  }

  plusWeeks(weeks: number): LocalDate {
    return this.plusDays(weeks * 7);
  }

  /** Adds calendar months; the 31st plus one month is the last day of the shorter month. */
  plusMonths(months: number): LocalDate {
    const index = this.year * 12 + (this.month - 1) + months;
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return new LocalDate(year, month, Math.min(this.day, lastDay));
  }

  /** Whole days from this date to `other` (negative when `other` is earlier). */
  daysUntil(other: LocalDate): number {
    return other.epochDay - this.epochDay;
  }

  compare(other: LocalDate): number {
    return Math.sign(this.epochDay - other.epochDay);
  }

  isBefore(other: LocalDate): boolean {
    return this.compare(other) < 0;
  }

  isAfter(other: LocalDate): boolean {
    return this.compare(other) > 0;
  }

  equals(other: LocalDate): boolean {
    return this.compare(other) === 0;
  }

  toString(): string {
    return `${String(this.year).padStart(4, '0')}-${String(this.month).padStart(2, '0')}-${String(this.day).padStart(2, '0')}`;
  }

  toJSON(): string {
    return this.toString();
  }
}
