import { BoundedLabel, createMetricsRegistry } from '../src';

describe('metrics labels stay bounded', () => {
  it('cuts a value to 64 characters and counts any value beyond the cap as "other", while known ones keep their own', () => {
    const label = new BoundedLabel(2);
    expect(label.value('A'.repeat(100))).toBe('A'.repeat(64));
    expect(label.value('B')).toBe('B');
    expect(label.value('C')).toBe('other');
    expect(label.value('B')).toBe('B');
    expect(label.value('A'.repeat(70))).toBe('A'.repeat(64));
  });

  it('gives each process or app its own registry, its service on every series', async () => {
    const [gateway, people] = [createMetricsRegistry('gateway'), createMetricsRegistry('people')];
    expect(gateway).not.toBe(people);
    expect(await people.metrics()).toMatch(/^process_cpu_user_seconds_total\{service="people"\} /m);
    expect(await people.metrics()).not.toContain('service="gateway"');
  });
});
