import { LocalDate, currentMilestone, parseReminderSettings, reminderMessage, sweepHorizonDays } from '../src';

const d = (s: string) => LocalDate.parse(s);

describe('R18 reminder settings and wording', () => {
  it('R18 a council may set its own lead times; the sweep looks as far ahead as the longest', () => {
    const settings = parseReminderSettings([7, 42, 7, 14]);
    expect(settings.leadDays).toEqual([42, 14, 7]);
    expect(sweepHorizonDays(settings)).toBe(42);
    expect(currentMilestone(d('2027-01-31'), d('2026-12-25'), settings)).toBe('BEFORE_42');
    expect(currentMilestone(d('2027-01-31'), d('2027-01-20'), settings)).toBe('BEFORE_14');
    expect(currentMilestone(d('2027-01-31'), d('2026-12-19'), settings)).toBeNull();
  });

  it.each([[[]], [[0]], [[91]], [[1.5]], [[1, 2, 3, 4, 5]]])('R18 refuses lead times %j', (leadDays) => {
    expect(() => parseReminderSettings(leadDays)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field: 'reminderLeadDays' } }));
  });

  it.each([
    ['BEFORE_28', false, 'Review due in 28 days (2027-01-31)'],
    ['DUE', false, 'Review due today (2027-01-31)'],
    ['OVERDUE_1', false, 'Review overdue (due 2027-01-31)'],
    ['OVERDUE_3', true, '[Escalation] Review overdue by 3 weeks (due 2027-01-31)'],
  ] as const)('R18 %s reminder (escalation %s) reads "%s"', (milestone, escalation, subject) => {
    const message = reminderMessage(milestone, d('2027-01-31'), escalation, 'https://care.example.gov.uk/reviews/r1');
    expect(message.subject).toBe(subject);
    expect(message.text).toContain('https://care.example.gov.uk/reviews/r1');
    expect(message.text.includes('team manager')).toBe(escalation);
  });
});
