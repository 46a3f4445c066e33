import {
  LocalDate,
  ReminderMilestoneKind,
  Role,
  currentMilestone,
  milestoneCode,
  milestoneParts,
  parseReminderSettings,
  reminderKey,
  reminderMessage,
  reminderRecipients,
  sweepHorizonDays,
  type ReminderStaff,
} from '../src';

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

describe('R18 milestones as clients read them, and as reminders are keyed', () => {
  it.each([
    ['BEFORE_42', { kind: ReminderMilestoneKind.BEFORE, daysBefore: 42, weeksOverdue: null }],
    ['DUE', { kind: ReminderMilestoneKind.DUE, daysBefore: null, weeksOverdue: null }],
    ['OVERDUE_3', { kind: ReminderMilestoneKind.OVERDUE, daysBefore: null, weeksOverdue: 3 }],
  ] as const)('R18 %s is its kind and number, and those give back the same code', (code, parts) => {
    expect(milestoneParts(code)).toEqual(parts);
    expect(milestoneCode(parts)).toBe(code);
  });

  it('R18 the key a reminder is recorded under keeps its format: reminder-<review>-<code>-<due date>', () => {
    const code = milestoneCode({ kind: ReminderMilestoneKind.OVERDUE, weeksOverdue: 2 });
    expect(reminderKey('r1', code, d('2027-01-31'))).toBe('reminder-r1-OVERDUE_2-2027-01-31');
  });

  it.each([
    [{ kind: ReminderMilestoneKind.BEFORE }],
    [{ kind: ReminderMilestoneKind.BEFORE, daysBefore: 0 }],
    [{ kind: ReminderMilestoneKind.BEFORE, daysBefore: 91 }],
    [{ kind: ReminderMilestoneKind.BEFORE, daysBefore: 7, weeksOverdue: 1 }],
    [{ kind: ReminderMilestoneKind.DUE, daysBefore: 7 }],
    [{ kind: ReminderMilestoneKind.OVERDUE, weeksOverdue: 1.5 }],
    [{ kind: ReminderMilestoneKind.OVERDUE, daysBefore: 7 }],
  ])('R18 refuses the milestone %j', (parts) => {
    expect(() => milestoneCode(parts)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field: 'milestone' } }));
  });
});

describe('R18 who a reminder goes to', () => {
  const staff = (id: string, teamId: string | null, roles: Role[] = [Role.PRACTITIONER], active = true): ReminderStaff => ({ id, userId: `u-${id}`, active, roles, teamId });
  const council = [
    staff('sw', 't1'),
    staff('tm1', 't1', [Role.TEAM_MANAGER]),
    staff('tm1-left', 't1', [Role.TEAM_MANAGER], false),
    staff('tm2', 't2', [Role.TEAM_MANAGER]),
    staff('sw3', 't3'),
    staff('gone', 't1', [Role.PRACTITIONER], false),
  ];
  const to = (allocatedPractitionerId: string | null, teamId: string | null, escalation: boolean) =>
    reminderRecipients({ allocatedPractitionerId, teamId }, council, escalation).map((r) => `${r.id}${r.escalation ? '!' : ''}`);

  it('R18 the allocated practitioner alone, until the review is overdue', () => {
    expect(to('sw', 't1', false)).toEqual(['sw']);
    expect(to('sw', 't1', true)).toEqual(['sw', 'tm1!']);
  });

  it('R18 the person’s team first, else the practitioner’s; a manager allocated is not told twice', () => {
    expect(to('sw', 't2', true)).toEqual(['sw', 'tm2!']);
    expect(to('tm1', null, true)).toEqual(['tm1']);
  });

  it('R18 nobody active allocated, or nobody managing the team: the council’s managers, never nobody', () => {
    expect(to('gone', null, false)).toEqual(['tm1!']);
    expect(to(null, null, false)).toEqual(['tm1!', 'tm2!']);
    expect(to('sw3', 't3', true)).toEqual(['sw3', 'tm1!', 'tm2!']);
  });
});
