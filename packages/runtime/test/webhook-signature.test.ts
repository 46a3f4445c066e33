import { signWebhook, verifyWebhook } from '../src/webhook-signature';

const secret = 'a-council-secret-of-at-least-32-characters';
const body = JSON.stringify({ event: 'review.reminder', reviewId: 'r1' });

describe('R18 signed webhook deliveries', () => {
  it('verifies a delivery signed with the council secret within five minutes', () => {
    const header = signWebhook(secret, body, 1_800_000_000);
    expect(header).toMatch(/^t=1800000000,v1=[0-9a-f]{64}$/);
    expect(verifyWebhook(secret, body, header, 1_800_000_120)).toBe(true);
  });

  it('refuses another secret, a changed body, a replay after the tolerance, and a missing header', () => {
    const header = signWebhook(secret, body, 1_800_000_000);
    expect(verifyWebhook('another-council-secret-of-32-characters!', body, header, 1_800_000_000)).toBe(false);
    expect(verifyWebhook(secret, body.replace('r1', 'r2'), header, 1_800_000_000)).toBe(false);
    expect(verifyWebhook(secret, body, header, 1_800_000_301)).toBe(false);
    expect(verifyWebhook(secret, body, undefined, 1_800_000_000)).toBe(false);
    expect(verifyWebhook(secret, body, 't=1800000000,v1=abc', 1_800_000_000)).toBe(false);
  });
});
