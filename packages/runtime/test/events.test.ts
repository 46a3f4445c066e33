import { eventsSigningKey, signEvent, verifyEvent } from '../src';

describe('domain events are signed by the subgraph that published them', () => {
  const event = { id: 'e1', type: 'PlanClosed', authority: 'E09000012', occurredAt: '2026-11-30T12:00:00.000Z', data: { planId: 'p1', personId: 'q1' } } as never;

  it('a signed event verifies; changed, unsigned or signed with another key it does not', () => {
    const key = eventsSigningKey({});
    const signed = signEvent(key, event);
    expect(verifyEvent(key, signed)).toBe(true);
    expect(verifyEvent(key, { ...signed, authority: 'W06000015' })).toBe(false);
    expect(verifyEvent(key, { ...signed, signature: undefined })).toBe(false);
    expect(verifyEvent('x'.repeat(32), signed)).toBe(false);
  });

  it('production refuses to start without a key of its own', () => {
    expect(() => eventsSigningKey({ NODE_ENV: 'production' })).toThrow(/EVENTS_SIGNING_KEY/);
    expect(eventsSigningKey({ NODE_ENV: 'production', EVENTS_SIGNING_KEY: 'k'.repeat(32) })).toBe('k'.repeat(32));
  });
});
