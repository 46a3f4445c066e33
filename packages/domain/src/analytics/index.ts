import { LocalDate } from '../local-date';

/*
 * Analytics (domain.md §8): what a data team may see of people is aggregates over a pseudonymised read
 * model. These are the rules that decide what reaches that model and what leaves it.
 */

/** Age in bands, so a date of birth never reaches analytics; the bands of the ASCOF and SALT tables. */
export enum AgeBand {
  UNDER_18 = 'UNDER_18',
  AGE_18_24 = 'AGE_18_24',
  AGE_25_64 = 'AGE_25_64',
  AGE_65_74 = 'AGE_65_74',
  AGE_75_84 = 'AGE_75_84',
  AGE_85_PLUS = 'AGE_85_PLUS',
}

/** Whole years of age on a day (a birthday on 29 February falls on 28 February in other years). */
export function ageOn(dateOfBirth: LocalDate, on: LocalDate): number {
  const [by, bm, bd] = dateOfBirth.toString().split('-').map(Number);
  const [y, m, d] = on.toString().split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

export function ageBand(dateOfBirth: LocalDate, on: LocalDate): AgeBand {
  const age = ageOn(dateOfBirth, on);
  if (age < 18) return AgeBand.UNDER_18;
  if (age < 25) return AgeBand.AGE_18_24;
  if (age < 65) return AgeBand.AGE_25_64;
  if (age < 75) return AgeBand.AGE_65_74;
  if (age < 85) return AgeBand.AGE_75_84;
  return AgeBand.AGE_85_PLUS;
}

/** What `careStatistics` can group by. */
export enum StatisticsDimension {
  PRIMARY_SUPPORT_REASON = 'PRIMARY_SUPPORT_REASON',
  AGE_BAND = 'AGE_BAND',
  GENDER = 'GENDER',
  ETHNICITY = 'ETHNICITY',
  TEAM = 'TEAM',
  POSTCODE_DISTRICT = 'POSTCODE_DISTRICT',
  SERVICE_TYPE = 'SERVICE_TYPE',
  DELIVERY_MECHANISM = 'DELIVERY_MECHANISM',
  ELIGIBILITY_OUTCOME = 'ELIGIBILITY_OUTCOME',
  REVIEW_OUTCOME = 'REVIEW_OUTCOME',
  NATION = 'NATION',
}

/**
 * Small-number suppression: any count below this, zero included, is withheld, so that slicing by
 * several dimensions cannot single a person out (and a zero cannot be told from a withheld one).
 */
export const SMALL_COUNT_THRESHOLD = 5;

export interface Suppressible {
  value: number | null;
  suppressed: boolean;
}

/** A count as it may leave analytics. */
export function suppressCount(count: number): Suppressible {
  return count < SMALL_COUNT_THRESHOLD ? { value: null, suppressed: true } : { value: count, suppressed: false };
}

/**
 * The year a council reports on (ASCOF, SALT): 1 April of `year` to 31 March of the next. `asOf` is the
 * day year-end snapshots are taken: the last day, or today while the year is still running.
 */
export function reportingYear(year: number, today: LocalDate = LocalDate.today()): { from: LocalDate; to: LocalDate; asOf: LocalDate } {
  const from = LocalDate.of(year, 4, 1);
  const to = LocalDate.of(year + 1, 3, 31);
  return { from, to, asOf: today.isBefore(to) ? today : to };
}

/** The assessment-timeliness measure counts assessments completed within this many days of the request. */
export const ASSESSMENT_TIMELINESS_DAYS = 28;
