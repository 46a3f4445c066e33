import { BadUserInput } from './errors';

const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;

const PRIVATE_V4: ReadonlyArray<[number, number]> = [
  [0x00000000, 8], // "this" network
  [0x0a000000, 8], // 10/8
  [0x64400000, 10], // 100.64/10, carrier-grade NAT
  [0x7f000000, 8], // loopback
  [0xa9fe0000, 16], // link-local, where cloud metadata answers (169.254.169.254)
  [0xac100000, 12], // 172.16/12
  [0xc0a80000, 16], // 192.168/16
];

function v4(ip: string): number {
  return ip.split('.').reduce((n, part) => (n << 8) + Number(part), 0) >>> 0;
}

/**
 * An address inside the machine or the council's private network: loopback, private and link-local
 * ranges (IPv4 and IPv6, IPv4 mapped into IPv6 too). A webhook must never reach one in production (SSRF).
 */
export function isPrivateAddress(ip: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip)?.[1];
  if (mapped) return isPrivateAddress(mapped);
  if (IPV4.test(ip)) {
    const n = v4(ip);
    return PRIVATE_V4.some(([base, bits]) => n >>> (32 - bits) === base >>> (32 - bits));
  }
  const lower = ip.toLowerCase();
  return lower === '::' || lower === '::1' || /^f[cd]/.test(lower) || /^fe[89ab]/.test(lower);
}

/**
 * R18: where a council's webhooks and links go. In production only `https:` to a public host — never
 * `localhost` or a private or link-local address — so a setting cannot turn the worker on the machine's
 * own services; elsewhere `http:` and loopback too, for local receivers. The worker checks again at send
 * time, after resolving the name.
 */
export function parseWebAddress(raw: string | null | undefined, field: string, production: boolean): string | null {
  const value = raw?.trim();
  if (!value) return null;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new BadUserInput(field, `${field} must be an http(s) address`);
  }
  if (parsed.protocol !== 'https:' && (production || parsed.protocol !== 'http:')) throw new BadUserInput(field, `${field} must be an ${production ? 'https' : 'http(s)'} address`);
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  if (production && (host === 'localhost' || host.endsWith('.localhost') || ((IPV4.test(host) || host.includes(':')) && isPrivateAddress(host)))) {
    throw new BadUserInput(field, `${field} must be a public address, not one inside the council’s network`);
  }
  return parsed.toString();
}
