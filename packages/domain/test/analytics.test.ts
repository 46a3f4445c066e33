import { AgeBand, LocalDate, ageBand, ageOn, reportingYear, suppressCount } from '../src';

const d = (s: string) => LocalDate.parse(s);

describe('analytics rules (domain.md §8)', () => {
  it('gives an age band, never the date of birth, counting a birthday only once it has come', () => {
    expect(ageOn(d('1960-06-15'), d('2026-06-14'))).toBe(65);
    expect(ageOn(d('1960-06-15'), d('2026-06-15'))).toBe(66);
    expect(ageBand(d('2001-03-01'), d('2026-02-28'))).toBe(AgeBand.AGE_18_24);
    expect(ageBand(d('2001-03-01'), d('2026-03-01'))).toBe(AgeBand.AGE_25_64);
    expect(ageBand(d('1961-04-02'), d('2026-04-01'))).toBe(AgeBand.AGE_25_64);
    expect(ageBand(d('1961-04-01'), d('2026-04-01'))).toBe(AgeBand.AGE_65_74);
    expect(ageBand(d('1941-01-01'), d('2026-01-01'))).toBe(AgeBand.AGE_85_PLUS);
    expect(ageBand(d('2010-01-01'), d('2026-01-01'))).toBe(AgeBand.UNDER_18);
    // Born on 29 February: 18 on 1 March in a common year.
    expect(ageOn(d('2008-02-29'), d('2026-02-28'))).toBe(17);
    expect(ageOn(d('2008-02-29'), d('2026-03-01'))).toBe(18);
  });

  it('withholds every count below 5, zero included, and shows 5 and above', () => {
    for (const n of [0, 1, 4]) expect(suppressCount(n)).toEqual({ value: null, suppressed: true });
    expect(suppressCount(5)).toEqual({ value: 5, suppressed: false });
    expect(suppressCount(120)).toEqual({ value: 120, suppressed: false });
  });

  it('reports on the year from 1 April, with year-end snapshots on 31 March or today while the year runs', () => {
    expect(reportingYear(2025, d('2026-06-01'))).toEqual({ from: d('2025-04-01'), to: d('2026-03-31'), asOf: d('2026-03-31') });
    expect(reportingYear(2026, d('2026-06-01'))).toEqual({ from: d('2026-04-01'), to: d('2027-03-31'), asOf: d('2026-06-01') });
  });
});
