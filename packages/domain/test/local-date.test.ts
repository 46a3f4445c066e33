import { LocalDate, BadUserInput } from '../src';

describe('LocalDate in Europe/London', () => {
  it('parses only real calendar dates written YYYY-MM-DD, in the years a record can need', () => {
    expect(LocalDate.parse('2024-02-29').toString()).toBe('2024-02-29');
    expect(LocalDate.parse('1900-01-01').toString()).toBe('1900-01-01');
    expect(LocalDate.parse('2199-12-31').toString()).toBe('2199-12-31');
    for (const bad of ['2023-02-29', '2024-13-01', '2024-1-01', '01/02/2024', '2024-02-30T00:00', '0999-01-01', '1899-12-31', '2200-01-01', '9999-12-31']) {
      expect(() => LocalDate.parse(bad, 'dueDate')).toThrow(BadUserInput);
    }
  });

  it('takes today from London, not UTC: 23:30 UTC in summer is already tomorrow', () => {
    expect(LocalDate.inLondon(new Date('2026-07-01T23:30:00Z')).toString()).toBe('2026-07-02');
    expect(LocalDate.inLondon(new Date('2026-12-01T23:30:00Z')).toString()).toBe('2026-12-01');
  });

  it('adds days, weeks and months across month ends and leap years', () => {
    const d = LocalDate.parse('2024-01-31');
    expect(d.plusMonths(1).toString()).toBe('2024-02-29');
    expect(d.plusMonths(13).toString()).toBe('2025-02-28');
    expect(d.plusWeeks(8).toString()).toBe('2024-03-27');
    expect(d.plusDays(-31).toString()).toBe('2023-12-31');
    expect(LocalDate.parse('2025-03-29').plusDays(1).toString()).toBe('2025-03-30');
  });

  it('counts days between dates and compares them', () => {
    const a = LocalDate.parse('2026-03-01');
    const b = LocalDate.parse('2026-03-29');
    expect(a.daysUntil(b)).toBe(28);
    expect(b.daysUntil(a)).toBe(-28);
    expect(a.isBefore(b) && b.isAfter(a) && !a.equals(b)).toBe(true);
  });

  it('knows the day of the week', () => {
    expect(LocalDate.parse('2026-11-23').dayOfWeek).toBe(1);
    expect(LocalDate.parse('2026-11-22').dayOfWeek).toBe(0);
  });
});
