import { isPrivateAddress, parseWebAddress } from '../src';

describe('R18 where webhooks and links may go (SSRF)', () => {
  it('R18 knows the addresses inside a machine or a private network, IPv4 and IPv6', () => {
    for (const ip of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', '::', 'fd00::1', 'fe80::1', '::ffff:127.0.0.1']) {
      expect([ip, isPrivateAddress(ip)]).toEqual([ip, true]);
    }
    for (const ip of ['8.8.8.8', '172.32.0.1', '193.168.1.1', '2a00:1450:4009:81f::200e', '::ffff:8.8.8.8']) {
      expect([ip, isPrivateAddress(ip)]).toEqual([ip, false]);
    }
  });

  it('R18 in production only https to a public host; elsewhere local receivers too', () => {
    expect(parseWebAddress('https://hooks.hackney.gov.uk/careplan', 'webhookUrl', true)).toBe('https://hooks.hackney.gov.uk/careplan');
    for (const bad of ['http://hooks.hackney.gov.uk/', 'https://127.0.0.1:4001/graphql', 'https://169.254.169.254/latest/meta-data', 'https://[::1]:6379/', 'https://localhost/', 'https://10.0.0.5/hook', 'ftp://x.example/']) {
      expect(() => parseWebAddress(bad, 'webhookUrl', true)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field: 'webhookUrl' } }));
    }
    expect(parseWebAddress('http://127.0.0.1:4001/hook', 'webhookUrl', false)).toBe('http://127.0.0.1:4001/hook');
    expect(parseWebAddress('  ', 'webhookUrl', true)).toBeNull();
    expect(() => parseWebAddress('not a url', 'frontendUrl', false)).toThrow(expect.objectContaining({ details: { field: 'frontendUrl' } }));
  });
});
