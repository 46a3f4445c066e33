import { DEFAULTS } from '@careplan/runtime';
import { NhsNumber, Role } from '@careplan/domain';
import { settingsFromEnv } from '../src/backing-services';
import { stackProcesses } from '../src/processes';
import { DEMO_PEOPLE } from '../src/seed';
import { parseRole } from '../src/token';

describe('careplan-dev', () => {
  it('seeds only valid, never-issued (999) NHS numbers, unique across councils', () => {
    const numbers = Object.values(DEMO_PEOPLE).flatMap((people) => people.map((p) => p.nhsNumber!));
    for (const n of numbers) expect(NhsNumber.parse(n).toString()).toMatch(/^999/);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(Object.keys(DEMO_PEOPLE).sort()).toEqual(['E09000012', 'E09000019', 'W06000015']);
  });

  it('defaults to localhost, and derives the superuser connection from DATABASE_URL when only that is set', () => {
    expect(settingsFromEnv({}, DEFAULTS)).toEqual({ adminUrl: DEFAULTS.adminUrl, databaseUrl: DEFAULTS.databaseUrl, redisUrl: DEFAULTS.redisUrl });
    const moved = settingsFromEnv({ DATABASE_URL: 'postgres://careplan_app:pw@db.internal:6543/care' }, DEFAULTS);
    expect(moved.adminUrl).toBe('postgres://postgres@db.internal:6543/postgres');
    expect(settingsFromEnv({ DATABASE_ADMIN_URL: 'postgres://admin@x/postgres' }, DEFAULTS).adminUrl).toBe('postgres://admin@x/postgres');
  });

  it('runs the six subgraphs in one process, or with SUBGRAPH_PROCESSES=each in one each, then the gateway and the worker', () => {
    const together = stackProcesses({ PLANS_PORT: '5003' });
    expect(together.map((p) => p.name)).toEqual(['subgraphs', 'gateway', 'worker']);
    // The last app's main is the entry script; the others load first, each with --require.
    expect(together[0].args.filter((a) => a === '--require')).toHaveLength(5);
    expect(together[0].args.filter((a) => a.endsWith('/dist/main.js')).map((a) => a.split('/').slice(-3)[0])).toEqual(['people', 'assessments', 'plans', 'budgets', 'reviews', 'analytics']);
    expect(together[0].readyUrls).toHaveLength(6);
    expect(together[0].readyUrls).toContain('http://127.0.0.1:5003/ready');
    expect(together.map((p) => p.after)).toEqual([[], ['subgraphs'], ['gateway']]);
    const each = stackProcesses({ SUBGRAPH_PROCESSES: 'each' });
    expect(each.map((p) => p.name)).toEqual(['people', 'assessments', 'plans', 'budgets', 'reviews', 'analytics', 'gateway', 'worker']);
    expect(each.every((p) => p.args.length === 1 && p.readyUrls.length === 1)).toBe(true);
    expect(each.find((p) => p.name === 'gateway')!.after).toEqual(['people', 'assessments', 'plans', 'budgets', 'reviews', 'analytics']);
    expect(() => stackProcesses({ SUBGRAPH_PROCESSES: 'two' })).toThrow('SUBGRAPH_PROCESSES must be "one" or "each", not "two"');
  });

  it('reads roles case-insensitively and names the field of an unknown one', () => {
    expect(parseRole('team_manager')).toBe(Role.TEAM_MANAGER);
    expect(() => parseRole('BOSS')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field: 'role' } }));
  });
});
